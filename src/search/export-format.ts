import type { SearchHit } from './search-results.js';
import { articleHref } from './links.js';
import { countryName } from './country-names.js';
import { MAX_EXPORTED_HITS, type SearchState } from './search-state.js';
import { fold } from '../text/fold.js';

/** Articles in one CSV or JSON export file; more come in files of the same size (`page=2`, …). */
export const EXPORT_LIMIT = 1000;

/**
 * Which of a search's export files of `size` articles this is, and which of its results it holds (numbered from 1, in the search's
 * order), so that a file read on its own says what part of the results it is; `first` and `last` are null for a
 * file past the results. The files reach the first MAX_EXPORTED_HITS.
 *
 * `exportSlice(2, 1000, 1123, 123)` → `{ file: 2, files: 2, first: 1001, last: 1123 }`
 * `exportSlice(3, 1000, 1123, 0)` → `{ file: 3, files: 2, first: null, last: null }`
 */
export function exportSlice(page: number, size: number, total: number, exported: number): { file: number; files: number; first: number | null; last: number | null } {
  const files = Math.ceil(Math.min(total, MAX_EXPORTED_HITS) / size);
  const first = (page - 1) * size + 1;
  return { file: page, files, first: exported > 0 ? first : null, last: exported > 0 ? first + exported - 1 : null };
}

/**
 * Why a file past the last one of the results is none, or null: a 404's message that says how many there are (a
 * black-box review found a 200 of a header row alone). The first file of no results is an empty file, not this.
 *
 * `pastLastFile(5, 1000, 120)` → `'page 5 is past the last file of these results: 1 file of up to 1,000 articles (page=1)'`; `pastLastFile(1, 1000, 0)` → null
 */
export function pastLastFile(page: number, size: number, total: number): string | null {
  const { files } = exportSlice(page, size, total, 0);
  if (page === 1 || page <= files) return null;
  return `page ${page} is past the last file of these results: ${files === 0 ? 'no results' : `${files} file${files === 1 ? '' : 's'} of up to ${size.toLocaleString('en')} article${size === 1 ? '' : 's'} (page=1${files === 1 ? '' : ` to page=${files}`})`}`;
}

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

/**
 * The name an export is saved under: the search it holds, so that three exports of one session are three files a
 * reader can tell apart (every export had been "dispatch-export.csv": a black-box review). Letters and digits only,
 * accents folded, at most ~80 characters; a search of nothing is the collection's export.
 *
 * `exportFileName({ …emptySearch, q: 'coup', countries: ['NE'], from: '2023-07-01' }, 'csv')`
 *   → `'dispatch-coup-niger-from-2023-07-01.csv'`
 * `exportFileName({ …emptySearch, actors: ['Hugo Chávez'], page: 2 }, 'json')` → `'dispatch-hugo-chavez-part-2.json'`
 * `exportFileName({ …emptySearch, q: '"interest rates" -Fed' }, 'csv')` → `'dispatch-interest-rates-not-fed.csv'`
 * `exportFileName(emptySearch, 'csv')` → `'dispatch-export.csv'`
 */
export function exportFileName(state: SearchState, extension: 'csv' | 'json'): string {
  const parts = [
    // An excluded word says so: "-Fed" had read as the Fed included (a black-box review).
    state.q.replace(/(^|\s)-(?=[^\s-])/g, '$1not '),
    ...state.countries.map(countryName),
    ...state.actors,
    ...state.notCountries.map((c) => `not ${countryName(c)}`),
    ...state.notActors.map((a) => `not ${a}`),
    state.from === null ? '' : `from ${state.from}`,
    state.to === null ? '' : `to ${state.to}`,
    state.undated ? 'undated' : '',
    state.mentioned === null ? '' : `mentioning ${state.mentioned}`,
  ];
  // fold keeps letters of every script; a file name keeps the ASCII ones, which every file system and mail client takes.
  const words = fold(parts.join(' ')).replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter((w) => w !== '');
  let slug = '';
  for (const word of words) {
    if (slug.length + word.length + 1 > FILE_NAME_CHARACTERS) break;
    slug = slug === '' ? word : `${slug}-${word}`;
  }
  const page = state.page > 1 ? `-part-${state.page}` : '';
  return `dispatch-${slug === '' ? 'export' : slug}${page}.${extension}`;
}

const FILE_NAME_CHARACTERS = 80;
