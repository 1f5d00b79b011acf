/**
 * Reader for CoNLL-2003 style files: `token POS chunk NER` per line, IOB2 tags, a blank line
 * between sentences and `-DOCSTART-` lines between documents. Only the first (token) and last
 * (NER tag) columns are kept: raw text at run time has no POS or chunk tags, so the model must
 * not learn to depend on them.
 */
import { readFileSync } from 'node:fs';
import type { EntityType } from '../mention.js';

export interface ConllSentence {
  tokens: string[];
  /** IOB2 tags as in the file, e.g. `B-PER`, `I-PER`, `O`. */
  tags: string[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

/** A gold or predicted entity over token indices of one sentence, `end` exclusive. */
export interface TokenSpan {
  type: EntityType;
  start: number;
  end: number;
}

const ENTITY_TYPES: ReadonlySet<string> = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/** Parses CoNLL text. Throws with the line number on a malformed line or tag. */
export function parseConll(text: string, source = 'CoNLL input'): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let sent: ConllSentence = { tokens: [], tags: [] };
  const flushSentence = (): void => {
    if (sent.tokens.length > 0) doc.sentences.push(sent);
    sent = { tokens: [], tags: [] };
  };
  const flushDocument = (): void => {
    flushSentence();
    if (doc.sentences.length > 0) docs.push(doc);
    doc = { sentences: [] };
  };
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] ?? '').trim();
    if (line === '') {
      flushSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    const token = cols[0] ?? '';
    if (token === '-DOCSTART-') {
      flushDocument();
      continue;
    }
    const tag = cols[cols.length - 1] ?? '';
    if (cols.length < 2) throw new Error(`${source}:${n + 1}: expected "token ... TAG", got "${line}"`);
    if (tag !== 'O' && !(/^[BI]-/.test(tag) && ENTITY_TYPES.has(tag.slice(2)))) {
      throw new Error(`${source}:${n + 1}: unknown NER tag "${tag}" (expected O, B-X or I-X with X in PER/ORG/LOC/MISC)`);
    }
    sent.tokens.push(token);
    sent.tags.push(tag);
  }
  flushDocument();
  return docs;
}

/** Reads and parses a CoNLL file, naming the path in any error. */
export function readConll(path: string): ConllDocument[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read CoNLL file ${path}: ${(err as Error).message}`);
  }
  return parseConll(text, path);
}

/**
 * Entity spans of an IOB tag sequence. Accepts IOB1 quirks too (an `I-X` after `O` or after a
 * different type starts a new entity), which is the CoNLL evaluation script's behaviour.
 */
export function iobToSpans(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? 'O';
    const type = tag === 'O' ? null : (tag.slice(2) as EntityType);
    const begins = tag.startsWith('B-') || (type !== null && (cur === null || cur.type !== type));
    if (cur && (type === null || begins)) {
      cur.end = i;
      spans.push(cur);
      cur = null;
    }
    if (type !== null && cur === null) cur = { type, start: i, end: i + 1 };
  }
  if (cur) {
    cur.end = tags.length;
    spans.push(cur);
  }
  return spans;
}
