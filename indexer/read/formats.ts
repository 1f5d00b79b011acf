import { extname } from 'node:path';

/** How a file's records are read. `feed` is RSS or Atom. */
export type Format = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'csv' | 'feed';

const BY_EXTENSION: Record<string, Format> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.tsv': 'csv',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.rdf': 'feed', // RSS 1.0
};

export interface FileFormat {
  format: Format;
  /** Gzip-compressed (`.gz` after the format's own extension). */
  gzip: boolean;
  /** The extension that names the format, with `.gz` if any: what to strip to make a file id. */
  suffix: string;
}

/**
 * The format of a file from its name, looking through a final `.gz`.
 * `fileFormat('feeds/world.xml.gz')` → `{ format: 'feed', gzip: true, suffix: '.xml.gz' }`;
 * `fileFormat('notes.pdf')` → `undefined`.
 */
export function fileFormat(path: string): FileFormat | undefined {
  let name = path;
  let gzip = false;
  if (extname(name).toLowerCase() === '.gz') {
    gzip = true;
    name = name.slice(0, -3);
  }
  const ext = extname(name).toLowerCase();
  const format = BY_EXTENSION[ext];
  if (format === undefined) return undefined;
  return { format, gzip, suffix: gzip ? `${ext}.gz` : ext };
}

export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION);
