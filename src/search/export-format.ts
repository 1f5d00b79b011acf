import type { SearchHit } from './search-results.js';
import { articleHref } from './links.js';

/** Articles in one CSV or JSON export file; more come in files of the same size (`page=2`, …). */
export const EXPORT_LIMIT = 1000;

export const EXPORT_COLUMNS = ['articleId', 'title', 'published', 'url', 'source', 'passage', 'countries', 'countryNames', 'actors', 'dates', 'link'] as const;

/** One export row per article: what a citation needs, tags joined with "; ". */
export function exportRow(hit: SearchHit, baseUrl: string): Record<(typeof EXPORT_COLUMNS)[number], string> {
  return {
    articleId: hit.articleId,
    title: hit.title,
    published: hit.published ?? '',
    url: hit.url ?? '',
    source: hit.source ?? '',
    passage: hit.passage,
    countries: hit.countries.map((c) => c.code).join('; '),
    // A spreadsheet reader wants the names; a program filters on the codes.
    countryNames: hit.countries.map((c) => c.name).join('; '),
    actors: hit.actors.join('; '),
    dates: hit.dates.join('; '),
    link: `${baseUrl}${articleHref(hit.articleId, hit.position)}`,
  };
}

/** One JSON export record per article, typed as the API answers: lists as arrays, absent values as null. */
export interface ExportRecord {
  articleId: string;
  title: string;
  published: string | null;
  url: string | null;
  source: string | null;
  passage: string;
  countries: string[];
  actors: string[];
  dates: string[];
  link: string;
}

/** The JSON export's record of a hit: what exportRow gives a spreadsheet, with the types a program expects. */
export function exportRecord(hit: SearchHit, baseUrl: string): ExportRecord {
  return {
    articleId: hit.articleId,
    title: hit.title,
    published: hit.published,
    url: hit.url,
    source: hit.source,
    passage: hit.passage,
    countries: hit.countries.map((c) => c.code),
    actors: [...hit.actors],
    dates: [...hit.dates],
    link: `${baseUrl}${articleHref(hit.articleId, hit.position)}`,
  };
}

/**
 * A CSV cell (RFC 4180): always quoted, quotes doubled. A cell that a spreadsheet would run as a formula (starting
 * with = + - @ or a tab/return) is prefixed with an apostrophe (OWASP's CSV-injection advice).
 *
 * `csvCell('=HYPERLINK("x")')` → `"'=HYPERLINK(""x"")"`
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly Record<string, string>[], columns: readonly string[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c] ?? '')).join(','));
  return lines.join('\r\n') + '\r\n';
}
