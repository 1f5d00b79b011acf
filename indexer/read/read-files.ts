import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { SourceRecord, Skip } from '../source-record.js';
import { readHtml } from './html.js';
import { recordFromFields } from './records.js';

export type ReadItem = { record: SourceRecord } | { skip: Skip };

const TEXT = new Set(['.txt', '.md']);
const HTML = new Set(['.html', '.htm']);
const JSON_FILES = new Set(['.json']);
const JSON_LINES = new Set(['.jsonl', '.ndjson']);

export function isSupported(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return TEXT.has(ext) || HTML.has(ext) || JSON_FILES.has(ext) || JSON_LINES.has(ext);
}

/** Every supported file under the given paths (folders recursively, in name order); unsupported files named. */
export async function* walkFiles(paths: readonly string[]): AsyncGenerator<{ file: string; root: string } | { skip: Skip }> {
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
      if (isSupported(root)) yield { file: root, root: resolve(root, '..') };
      else yield { skip: { origin: { file: input }, reason: `unsupported file type ${JSON.stringify(extname(root) || basename(root))}` } };
      continue;
    }
    for await (const file of walkDir(root)) {
      if (isSupported(file)) yield { file, root };
    }
  }
}

async function* walkDir(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = resolve(dir, entry.name);
    if (entry.isDirectory()) yield* walkDir(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * The records of one file. A text or HTML file is one article whose source id is its path (relative to the folder
 * given, without extension), so editing the file replaces the article. JSON holds one record or an array;
 * JSON Lines one record a line, read as a stream, each bad line a skip with its line number.
 */
export async function* readRecords(file: string, root: string): AsyncGenerator<ReadItem> {
  const ext = extname(file).toLowerCase();
  const shown = relative(process.cwd(), file) || file;
  const fileId = relative(root, file).slice(0, -ext.length || undefined);
  try {
    if (TEXT.has(ext)) {
      yield { record: { origin: { file: shown }, format: 'text', id: fileId, body: await readFile(file, 'utf8') } };
    } else if (HTML.has(ext)) {
      const fields = readHtml(await readFile(file, 'utf8'));
      if (typeof fields === 'string') yield { skip: { origin: { file: shown }, reason: fields } };
      else yield { record: { origin: { file: shown }, format: 'html', ...fields, id: fileId } };
    } else if (JSON_FILES.has(ext)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        yield { skip: { origin: { file: shown }, reason: `malformed JSON: ${(error as Error).message}` } };
        return;
      }
      const items = Array.isArray(parsed) ? parsed : Array.isArray((parsed as { articles?: unknown })?.articles) ? (parsed as { articles: unknown[] }).articles : [parsed];
      for (const [i, item] of items.entries()) {
        const origin = items.length > 1 ? { file: shown, line: i + 1 } : { file: shown };
        const fields = recordFromFields(item);
        if (typeof fields === 'string') yield { skip: { origin, reason: fields } };
        else yield { record: { origin, format: 'json', ...fields } };
      }
    } else if (JSON_LINES.has(ext)) {
      const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
      let line = 0;
      for await (const text of lines) {
        line++;
        if (text.trim() === '') continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch (error) {
          yield { skip: { origin: { file: shown, line }, reason: `malformed JSON line: ${(error as Error).message}` } };
          continue;
        }
        const fields = recordFromFields(parsed);
        if (typeof fields === 'string') yield { skip: { origin: { file: shown, line }, reason: fields } };
        else yield { record: { origin: { file: shown, line }, format: 'json', ...fields } };
      }
    }
  } catch (error) {
    yield { skip: { origin: { file: shown }, reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` } };
  }
}
