import { readdir, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { basename, extname, relative, resolve } from 'node:path';
import type { Origin, SourceRecord, Skip } from '../source-record.js';
import { readCsv } from './csv.js';
import { readFeed } from './feed.js';
import type { FieldMap } from './field-map.js';
import { fileFormat } from './formats.js';
import { openText, readText, TextTooLongError } from './gzip.js';
import { MAX_ARTICLE_CHARS, tooLongReason } from '../parse/parse-article.js';
import { readHtml } from './html.js';
import { splitJson } from './json-stream.js';
import { recordFromFields } from './records.js';

export type ReadItem = { record: SourceRecord } | { skip: Skip };

/**
 * An HTML file is one article page: markup, scripts and styles included, anything larger is not one. A text file
 * is read no further than the longest article (MAX_ARTICLE_CHARS), so a huge one never fills memory.
 */
const MAX_HTML_FILE_CHARS = 64 * 1024 * 1024;

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

/** Every supported file under the given paths (folders recursively, in name order); unreadable paths named. */
export async function* walkFiles(paths: readonly string[]): AsyncGenerator<InputFile | { skip: Skip }> {
  for (const input of paths) {
    const root = resolve(input);
    let info;
    try {
      info = await stat(root);
    } catch (error) {
      yield { skip: { origin: { file: input }, reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` } };
      continue;
    }
    if (info.isFile()) {
      if (isSupported(root)) yield { file: root, root: resolve(root, '..'), bytes: info.size };
      else yield { skip: { origin: { file: input }, reason: `unsupported file type ${JSON.stringify(extname(root) || basename(root))}` } };
      continue;
    }
    try {
      for await (const file of walkDir(root)) {
        if (isSupported(file.path)) yield { file: file.path, root, bytes: file.bytes };
      }
    } catch (error) {
      yield { skip: { origin: { file: input }, reason: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? String(error)}` } };
    }
  }
}

async function* walkDir(dir: string): AsyncGenerator<{ path: string; bytes: number }> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = resolve(dir, entry.name);
    if (entry.isDirectory()) yield* walkDir(path);
    else if (entry.isFile()) yield { path, bytes: (await stat(path)).size };
  }
}

export interface ReadOptions {
  /** `--map field=path`: where fields are in JSON, CSV and feed records. */
  fieldMap?: FieldMap;
  /** Hears every byte read from disk, for progress. */
  onBytes?: (n: number) => void;
}

/**
 * The records of one file, streamed. A text or HTML file is one article whose source id is its path (relative to
 * the folder given, without extension), so editing the file replaces the article. `.json` is streamed element by
 * element; JSON Lines, CSV and feeds record by record; `.gz` is gunzipped on the way. Every bad record is a skip
 * with its line; reading goes on.
 */
export async function* readRecords(file: string, root: string, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const format = fileFormat(file);
  const shown = relative(process.cwd(), file) || file;
  if (format === undefined) {
    yield { skip: { origin: { file: shown }, reason: `unsupported file type ${JSON.stringify(extname(file))}` } };
    return;
  }
  const map = options.fieldMap ?? {};
  const at = (line?: number): Origin => (line === undefined ? { file: shown } : { file: shown, line });
  const fromFields = (value: unknown, origin: Origin): ReadItem => {
    const fields = recordFromFields(value, map);
    return typeof fields === 'string' ? { skip: { origin, reason: fields } } : { record: { origin, format: 'json', ...fields } };
  };
  try {
    switch (format.format) {
      case 'text': {
        const fileId = relative(root, file).slice(0, -format.suffix.length);
        const body = await readText(file, format.gzip, MAX_ARTICLE_CHARS, options.onBytes);
        yield { record: { origin: at(), format: 'text', id: fileId, body } };
        break;
      }
      case 'html': {
        const fileId = relative(root, file).slice(0, -format.suffix.length);
        const fields = readHtml(await readText(file, format.gzip, MAX_HTML_FILE_CHARS, options.onBytes));
        if (typeof fields === 'string') yield { skip: { origin: at(), reason: fields } };
        else yield { record: { origin: at(), format: 'html', ...fields, id: fileId } };
        break;
      }
      case 'json': {
        for await (const element of splitJson(openText(file, format.gzip, options.onBytes))) {
          if ('error' in element) {
            yield { skip: { origin: at(element.line), reason: `malformed JSON: ${element.error}` } };
            continue;
          }
          let parsed: unknown;
          try {
            parsed = JSON.parse(element.text);
          } catch (error) {
            yield { skip: { origin: at(element.line), reason: `malformed JSON: ${(error as Error).message}` } };
            continue;
          }
          yield fromFields(parsed, at(element.line));
        }
        break;
      }
      case 'jsonl': {
        const lines = createInterface({ input: openText(file, format.gzip, options.onBytes), crlfDelay: Infinity });
        let line = 0;
        for await (const text of lines) {
          line++;
          if (text.trim() === '') continue;
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch (error) {
            yield { skip: { origin: at(line), reason: `malformed JSON line: ${(error as Error).message}` } };
            continue;
          }
          yield fromFields(parsed, at(line));
        }
        break;
      }
      case 'csv': {
        for await (const row of readCsv(openText(file, format.gzip, options.onBytes))) {
          if ('error' in row) yield { skip: { origin: at(row.line), reason: row.error } };
          else yield fromFields(row.row, at(row.line));
        }
        break;
      }
      case 'feed': {
        for await (const item of readFeed(openText(file, format.gzip, options.onBytes), map)) {
          if ('error' in item) yield { skip: { origin: at(item.line), reason: item.error } };
          else yield { record: { origin: at(item.line), format: 'json', ...item.fields } };
        }
        break;
      }
    }
  } catch (error) {
    if (error instanceof TextTooLongError) {
      const reason = format.format === 'text' ? tooLongReason() : `not one article page: ${error.message}`;
      yield { skip: { origin: at(), reason } };
      return;
    }
    const e = error as NodeJS.ErrnoException;
    const reason = e.code === 'Z_DATA_ERROR' || e.code === 'Z_BUF_ERROR' ? `not valid gzip: ${e.message}` : `cannot read: ${e.code ?? e.message}`;
    yield { skip: { origin: at(), reason } };
  }
}
