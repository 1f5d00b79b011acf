/** Where a record came from, for error lines and summaries: `file` or `file:line`. */
export interface Origin {
  file: string;
  line?: number;
  /** `file` is a folder that could not be listed: none of the files under it was read. */
  folder?: true;
}

export function describeOrigin(origin: Origin): string {
  return origin.line === undefined ? origin.file : `${origin.file}:${origin.line}`;
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
