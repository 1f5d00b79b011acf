import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { MAX_ARTICLE_CHARS, tooLongReason } from '../parse/parse-article.js';
import { parsePublishedDate } from '../parse/published-date.js';
import type { Origin, SourceRecord, Skip } from '../source-record.js';
import { isWithin } from '../prune.js';
import { readCsv } from './csv.js';
import { readFeed } from './feed.js';
import type { FieldMap } from './field-map.js';
import { fileFormat } from './formats.js';
import { openText, readBytes, TextTooLongError } from './gzip.js';
import { decodeHtml, decodeText } from './charset.js';
import { looksBinary } from './binary.js';
import { readHtml } from './html.js';
import { RECORD_ARRAY_KEYS, splitJson } from './json-stream.js';
import { readLines } from './lines.js';
import { readMarkdown } from './markdown.js';
import { MAX_RECORD_CHARS } from './record-limits.js';
import { articleNamesOf, FIELD_NAMES, recordFromFields } from './records.js';

/** The skip of a text or HTML file that holds binary data (binary.ts). */
const NOT_TEXT = 'not text: binary data (NUL or control bytes), not an article';

export type ReadItem = { record: SourceRecord } | { skip: Skip };

/**
 * An HTML file is one article page: scripts, styles and inline data included, anything larger is not one (its
 * markup is then bounded again, see MAX_PAGE_MARKUP_CHARS). A text file is read no further than the longest article
 * (MAX_ARTICLE_CHARS), so a huge one never fills memory.
 */
const MAX_HTML_FILE_CHARS = 16 * 1024 * 1024;

export function isSupported(path: string): boolean {
  return fileFormat(path) !== undefined;
}

export interface InputFile {
  /** Absolute path. */
  file: string;
  /** The folder given (or the file's folder when a file was given): text file ids are relative to it. */
  root: string;
  /** Bytes on disk (compressed size for `.gz`), for progress. */
  bytes: number;
}

/**
 * Every supported file under the given paths (folders recursively, in name order); unreadable paths named.
 * `visitedDirs` gets the real path of every folder walked (for --prune's scope: prune.ts).
 */
export async function* walkFiles(paths: readonly string[], visitedDirs = new Set<string>()): AsyncGenerator<InputFile | { skip: Skip }> {
  // Each file once per run, however many given paths, links or nested folders reach it (`docs docs/sub`, a link to
  // a folder), under its real path (once).
  const seenFiles = new Set<string>();
  for (const input of paths) {
    const root = resolve(input);
    let info;
    try {
      info = await stat(root);
    } catch (error) {
      // A relative path names the folder it was looked for in: "cannot read: ENOENT" alone left the user guessing.
      const where = isAbsolute(input) ? '' : ` (looked for ${root})`;
      yield { skip: { origin: { file: input }, reason: `cannot read: ${errorCode(error)}${where}` } };
      continue;
    }
    if (info.isFile()) {
      if (!isSupported(root)) yield { skip: { origin: { file: input }, reason: `unsupported file type ${JSON.stringify(extname(root) || basename(root))}` } };
      else yield* once({ path: root, bytes: info.size }, undefined, seenFiles);
      continue;
    }
    const realRoot = await realpath(root).catch(() => root);
    for await (const file of walkDir(root, visitedDirs)) {
      if ('skip' in file) yield file;
      else if (isSupported(file.path)) yield* once(file, realRoot, seenFiles);
    }
  }
}

/**
 * The file under its real path, unless a path already walked reached it; a file gone meanwhile is a skip. A file is
 * named by its real path, in this run and the next, whatever link reaches it: named by the link, a folder indexed
 * as `news/` and again through a link `latest/` to it was two articles of each file, and `--prune news/` did not see
 * the articles filed under `latest/` (a black-box review). Its root (`realRoot`, the given folder's real path) names
 * text files' ids; a file a link leads to outside that folder is named from its own folder, as when that is given.
 */
async function* once(file: { path: string; bytes: number }, realRoot: string | undefined, seen: Set<string>): AsyncGenerator<InputFile | { skip: Skip }> {
  let real;
  try {
    real = await realpath(file.path);
  } catch (error) {
    yield entrySkip(file.path, error, 'cannot read');
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  const root = realRoot !== undefined && isWithin(real, [realRoot]) ? realRoot : dirname(real);
  yield { file: real, root, bytes: file.bytes };
}

/**
 * Files under `dir`, in name order. Links are followed (a linked folder once, so a loop of links ends). An entry
 * that cannot be read (a link that leads nowhere, a subfolder that cannot be listed, a file gone between listing and
 * reading, a name that is not UTF-8) is a skip naming that entry, and the rest of the folder is still walked: one
 * bad entry must not hide its siblings. A folder that cannot be listed is a skip whose origin has `folder: true`.
 */
async function* walkDir(dir: string, visited: Set<string>): AsyncGenerator<{ path: string; bytes: number } | { skip: Skip }> {
  let entries;
  try {
    const real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    yield entrySkip(dir, error, 'cannot read folder');
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = resolve(dir, entry.name);
    if (entry.isDirectory()) {
      yield* walkDir(path, visited);
      continue;
    }
    if (!entry.isFile() && !entry.isSymbolicLink()) continue; // a FIFO, socket or device holds no articles
    let target;
    try {
      target = await stat(path);
    } catch (error) {
      // A link that leads nowhere is a skip whatever its name: `archive` may have led to a folder of articles (a moved
      // or unmounted disk), which a prune or a rebuild must not take for gone. Otherwise only files the indexer would
      // have read are worth a skip; a vanished `notes.pdf` is not.
      if (entry.isSymbolicLink()) yield entrySkip(path, error, 'broken link');
      else if (isSupported(path)) yield entrySkip(path, error, 'cannot read');
      continue;
    }
    if (target.isFile()) yield { path, bytes: target.size };
    else if (target.isDirectory()) yield* walkDir(path, visited);
  }
}

/**
 * A skip for one entry of a walk, named by its own path (as shown on stderr, relative to the working folder).
 * `entrySkip('/w/news/sub', { code: 'EACCES' }, 'cannot read folder')` from `/w`
 *   → `{ skip: { origin: { file: 'news/sub', folder: true }, reason: 'cannot read folder: EACCES' } }`
 */
function entrySkip(path: string, error: unknown, what: 'cannot read' | 'cannot read folder' | 'broken link'): { skip: Skip } {
  const folder = what === 'cannot read folder';
  // readdir() decodes a name that is not UTF-8 with U+FFFD, and that string names no file: say so, not just ENOENT.
  const name = basename(path).includes('\uFFFD') ? ' (its name is not valid UTF-8: rename it)' : '';
  const origin = { file: shownPath(path), ...(folder ? { folder: true as const } : {}) };
  return { skip: { origin, reason: `${what}: ${errorCode(error)}${name}` } };
}

/**
 * A path as messages show it: from the working folder, or absolute where that is shorter: a corpus given as
 * `/work/shared/corpus/…` was named `../../../work/shared/corpus/…` on every skip line (a user review), while
 * `../shared/corpus/…` stays so.
 *
 * `shownPath('/w/news/a.jsonl', '/w')` → `'news/a.jsonl'`; `shownPath('/w/news/a.jsonl', '/tmp/x/y')` → `'/w/news/a.jsonl'`
 */
export function shownPath(path: string, cwd: string = process.cwd()): string {
  const absolute = resolve(cwd, path);
  const fromHere = relative(cwd, absolute);
  if (fromHere === '' || isAbsolute(fromHere)) return absolute;
  return fromHere.length <= absolute.length ? fromHere : absolute;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

export interface ReadOptions {
  /** `--map field=path`: where fields are in JSON, CSV and feed records. */
  fieldMap?: FieldMap;
  /** Hears every byte read from disk, for progress. */
  onBytes?: (n: number) => void;
}

/**
 * Why a CSV file is not read when its header names no text column.
 * `headerWithoutText(['a1', 'Junta closes airspace'])`
 *   → `'no text column in the header row: expected one of body, text, …, got "a1", "Junta closes airspace"; …'`
 */
function headerWithoutText(columns: string[], mapped: string | undefined): string {
  const expected = `${mapped !== undefined ? `the mapped column ${mapped} or ` : ''}one of ${FIELD_NAMES.body.join(', ')}`;
  const got = columns.slice(0, 6).map((c) => JSON.stringify(c.length > 40 ? `${c.slice(0, 40)}…` : c)).join(', ');
  return `no text column in the header row: expected ${expected}, got ${got}${columns.length > 6 ? ', …' : ''}; a CSV file needs a header row of field names, or --map body=COLUMN; the file is not read`;
}

/**
 * A text, Markdown or HTML file's source id: its path from the folder given, extension included, under that folder's
 * name: `fileSourceId('/data/inputs', '/data/inputs/world/a1.txt')` → `'inputs/world/a1.txt'`. Without the folder's
 * name and the extension, `inputs/a1.txt` and `other/a1.html` were both "a1": indexing the second silently replaced
 * the first, and three files `a1.txt`, `a1.md`, `a1.html` of one folder were one article and two skips.
 */
export function fileSourceId(root: string, file: string): string {
  return [basename(root), ...relative(root, file).split(sep)].join('/');
}

/**
 * The records of one file, streamed. A text or HTML file is one article whose source id is its path (fileSourceId),
 * so editing the file replaces the article. `.json` is streamed element by
 * element; JSON Lines, CSV and feeds record by record; `.gz` is gunzipped on the way. Every bad record is a skip
 * with its line; reading goes on.
 */
export async function* readRecords(file: string, root: string, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const format = fileFormat(file);
  const shown = shownPath(file);
  if (format === undefined) {
    yield { skip: { origin: { file: shown }, reason: `unsupported file type ${JSON.stringify(extname(file))}` } };
    return;
  }
  const map = options.fieldMap ?? {};
  const at = (line?: number, record?: number): Origin => (line === undefined ? { file: shown } : record === undefined ? { file: shown, line } : { file: shown, line, record });
  const fromFields = (value: unknown, origin: Origin): ReadItem => {
    const fields = recordFromFields(value, map);
    if (typeof fields !== 'string') return { record: { origin, format: 'json', ...fields } };
    const article = articleNamesOf(value, map);
    return { skip: { origin, reason: fields, ...(article !== undefined ? { article } : {}) } };
  };
  try {
    switch (format.format) {
      case 'text':
      case 'markdown': {
        const fileId = fileSourceId(root, file);
        // Bytes first: a file that is not UTF-8 is read as windows-1252 (charset.ts), not with U+FFFD in its words.
        const text = decodeText(await readBytes(file, format.gzip, MAX_ARTICLE_CHARS * 3, MAX_ARTICLE_CHARS, options.onBytes));
        if (text.length > MAX_ARTICLE_CHARS) throw new TextTooLongError(MAX_ARTICLE_CHARS);
        if (looksBinary(text)) {
          yield { skip: { origin: at(), reason: NOT_TEXT } };
          break;
        }
        if (format.format === 'text') {
          yield { record: { origin: at(), format: 'text', id: fileId, body: text } };
          break;
        }
        const { title, date, url, body } = readMarkdown(text);
        // A front-matter date the parser cannot read is left out rather than refusing the article for it.
        const readable = date !== undefined && parsePublishedDate(date) !== undefined ? date : undefined;
        yield { record: { origin: at(), format: 'text', id: fileId, body, ...(title !== undefined ? { title } : {}), ...(readable !== undefined ? { date: readable } : {}), ...(url !== undefined ? { url } : {}) } };
        break;
      }
      case 'html': {
        const fileId = fileSourceId(root, file);
        // Bytes first: a page is read in the encoding it declares (charset.ts), not always as UTF-8.
        const html = decodeHtml(await readBytes(file, format.gzip, MAX_HTML_FILE_CHARS * 3, MAX_HTML_FILE_CHARS, options.onBytes));
        if (html.length > MAX_HTML_FILE_CHARS) throw new TextTooLongError(MAX_HTML_FILE_CHARS);
        if (looksBinary(html)) {
          yield { skip: { origin: at(), reason: NOT_TEXT } };
          break;
        }
        const fields = readHtml(html);
        if (typeof fields === 'string') yield { skip: { origin: at(), reason: fields } };
        else yield { record: { origin: at(), format: 'html', ...fields, id: fileId } };
        break;
      }
      case 'json': {
        const recordsPath = map.records?.split('.');
        let records = 0;
        for await (const element of splitJson(openText(file, format.gzip, options.onBytes), recordsPath ? { recordsPath } : {})) {
          if ('error' in element) {
            yield { skip: { origin: at(element.line), reason: `malformed JSON: ${element.error}` } };
            continue;
          }
          // The record's place in the file's array (not for a file that is one record).
          const origin = 'whole' in element ? at(element.line) : at(element.line, ++records);
          if ('tooLong' in element) {
            const where = map.records !== undefined ? `at ${map.records}` : `(${RECORD_ARRAY_KEYS.join(', ')}, or --map records=PATH)`;
            const reason =
              element.tooLong === 'element'
                ? `record longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters: not one article record`
                : `a JSON object longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters with no records array ${where} in it: not one article record`;
            yield { skip: { origin, reason } };
            continue;
          }
          let parsed: unknown;
          try {
            parsed = parseRecord(element.text);
          } catch (error) {
            yield { skip: { origin, reason: `malformed JSON: ${(error as Error).message}` } };
            continue;
          }
          const item = fromFields(parsed, origin);
          // Records asked for at a path this file does not have, and the file is no article by itself either: say so,
          // not "no text" of the whole object read as one record. (A file of one article stays one, whatever --map.)
          // An API's page with no results (`{"status": "ok", "articles": []}`) holds no record, not one bad record: a skip
          // at every run of a feed folder that happens to hold an empty page (an indexer review).
          if ('skip' in item && element.whole === true && hasEmptyRecordArray(parsed)) continue;
          if ('skip' in item && element.whole === true && map.records !== undefined) {
            yield { skip: { origin, reason: `no records array at ${map.records} (--map records=${map.records}) nor in the usual places, and the file is no article by itself: ${item.skip.reason}` } };
          } else yield item;
        }
        break;
      }
      case 'jsonl': {
        let records = 0;
        for await (const item of readLines(openText(file, format.gzip, options.onBytes), MAX_RECORD_CHARS)) {
          if ('tooLong' in item) {
            records++;
            yield { skip: { origin: at(item.line), reason: `line longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters: not one article record` } };
            continue;
          }
          if (item.text.trim() === '') continue;
          records++;
          let parsed: unknown;
          try {
            parsed = parseRecord(item.text);
          } catch (error) {
            yield { skip: { origin: at(item.line), reason: `malformed JSON line: ${(error as Error).message}` } };
            continue;
          }
          yield fromFields(parsed, at(item.line));
        }
        if (records === 0) yield { skip: { origin: at(), reason: 'empty file: no JSON lines' } };
        break;
      }
      case 'csv': {
        let rows = 0;
        for await (const row of readCsv(openText(file, format.gzip, options.onBytes))) {
          rows++;
          if ('error' in row) {
            yield { skip: { origin: at(row.line), reason: row.error } };
            continue;
          }
          const item = fromFields(row.row, at(row.line));
          // No column of the header is a text field: every row would be the same skip. Most likely the file has no
          // header row and its first article was read as one (an indexer review): one skip says so, for the file.
          if (rows === 1 && 'skip' in item && item.skip.reason.startsWith('no text: expected')) {
            yield { skip: { origin: at(1), reason: headerWithoutText(Object.keys(row.row), map.body) } };
            break;
          }
          yield item;
        }
        if (rows === 0) yield { skip: { origin: at(), reason: 'empty file: no CSV rows under the header' } };
        break;
      }
      case 'feed': {
        for await (const item of readFeed(openText(file, format.gzip, options.onBytes), map)) {
          if ('error' in item) yield { skip: { origin: at(item.line), reason: item.error, ...(item.article !== undefined ? { article: item.article } : {}) } };
          else yield { record: { origin: at(item.line), format: 'json', ...item.fields } };
        }
        break;
      }
    }
  } catch (error) {
    if (error instanceof TextTooLongError) {
      const reason = format.format === 'text' || format.format === 'markdown' ? tooLongReason() : `not one article page: ${error.message}`;
      yield { skip: { origin: at(), reason } };
      return;
    }
    const e = error as NodeJS.ErrnoException;
    const reason = e.code === 'Z_DATA_ERROR' || e.code === 'Z_BUF_ERROR' ? `not valid gzip: ${e.message}` : `cannot read: ${e.code ?? e.message}`;
    yield { skip: { origin: at(), reason } };
  }
}

/**
 * Whether a JSON object holds an empty array under a usual records key, at its top or one level down:
 * `hasEmptyRecordArray({ status: 'ok', articles: [] })` → true; `hasEmptyRecordArray({ data: { items: [] } })` → true.
 */
function hasEmptyRecordArray(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).some(([key, field]) => (Array.isArray(field) && field.length === 0 && (RECORD_ARRAY_KEYS as readonly string[]).includes(key.toLowerCase())) || (depth === 0 && hasEmptyRecordArray(field, 1)));
}

/** An id written as a number with more digits than a double holds exactly (16 or more): quoted before parsing. */
const LONG_NUMERIC_ID = /(?<!\\)("(?:id|guid|_id|uuid|article_id|articleId)"\s*:\s*)(-?\d{16,})(?=\s*[,}\]])/gi;

/**
 * A record's JSON, with ids written as long numbers kept as their digits: `JSON.parse` rounds 9007199254740993 to
 * ...992, so two records got one id and the second was dropped as a duplicate (an indexer review).
 *
 * `parseRecord('{"id": 9007199254740993}')` → `{ id: '9007199254740993' }`
 */
export function parseRecord(text: string): unknown {
  return JSON.parse(text.replace(LONG_NUMERIC_ID, '$1"$2"'));
}
