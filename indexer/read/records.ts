import type { SourceRecord } from '../source-record.js';

/**
 * Common field names of news records, mapped to ours (first present wins).
 * `recordFromFields({ headline: 'A', text: 'B', pubDate: 'Mon, 1 Jan 2024' }, origin)`
 *   → `{ title: 'A', body: 'B', date: 'Mon, 1 Jan 2024', … }`
 */
const FIELD_NAMES = {
  id: ['id', 'guid', '_id', 'uuid'],
  title: ['title', 'headline', 'name'],
  body: ['body', 'text', 'content', 'article', 'description', 'summary'],
  date: ['date', 'published', 'pubDate', 'publishedAt', 'published_at', 'datePublished', 'created_at'],
  url: ['url', 'link', 'href'],
  source: ['source', 'site', 'publisher', 'feed'],
} as const;

export type RecordFields = Omit<SourceRecord, 'origin' | 'format'>;

export function recordFromFields(value: unknown): RecordFields | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object with a body/text/content field';
  const obj = value as Record<string, unknown>;
  const pick = (names: readonly string[]): string | undefined => {
    for (const name of names) {
      const v = obj[name];
      if (typeof v === 'string' && v.trim() !== '') return v;
      if (typeof v === 'number') return String(v);
      if (typeof v === 'object' && v !== null && 'name' in v && typeof (v as { name: unknown }).name === 'string') return (v as { name: string }).name;
    }
    return undefined;
  };
  const body = pick(FIELD_NAMES.body);
  if (body === undefined) return `no text: expected one of the fields ${FIELD_NAMES.body.join(', ')}`;
  return {
    id: pick(FIELD_NAMES.id),
    title: pick(FIELD_NAMES.title),
    body,
    date: pick(FIELD_NAMES.date),
    url: pick(FIELD_NAMES.url),
    source: pick(FIELD_NAMES.source),
  };
}
