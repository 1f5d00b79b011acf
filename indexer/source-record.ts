/** Where a record came from, for error lines and summaries: `file`, `file:line`, or `file:line (record n)`. */
export interface Origin {
  file: string;
  line?: number;
  /**
   * The record's place (from 1) among the records of a `.json` file's array: the line alone does not tell records
   * apart when the array is written on one line (an indexer review found every skip named `file:1`).
   */
  record?: number;
  /** `file` is a folder that could not be listed: none of the files under it was read. */
  folder?: true;
}

export function describeOrigin(origin: Origin): string {
  const at = origin.line === undefined ? origin.file : `${origin.file}:${origin.line}`;
  return origin.record === undefined ? at : `${at} (record ${origin.record})`;
}

/** An article as a reader found it, before parsing: raw fields, all optional but the text. */
export interface SourceRecord {
  origin: Origin;
  format: 'text' | 'html' | 'json';
  id?: string | undefined;
  title?: string | undefined;
  body: string;
  date?: string | undefined;
  url?: string | undefined;
  source?: string | undefined;
}

/** A record that could not be read or parsed; reported with its origin and skipped. */
export interface Skip {
  origin: Origin;
  reason: string;
  /** The article a skipped record names, when it names one (its id or url): pruning keeps that article, not the file. */
  article?: { id: string | undefined; url: string | undefined };
}
