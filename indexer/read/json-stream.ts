import { readLines } from './lines.js';
import { MAX_RECORD_CHARS } from './record-limits.js';

/**
 * Keys under which API dumps and exports hold their records (`articles` for NewsAPI, `data`, `results`, …): an array
 * of objects under one of them is the file's records; an array of anything else (`"data": ["politics"]` in a single
 * article) is an ordinary field.
 */
export const RECORD_ARRAY_KEYS = ['articles', 'data', 'items', 'results', 'records', 'documents', 'stories'] as const;
const RECORD_ARRAYS = new Set<string>(RECORD_ARRAY_KEYS);
/**
 * Keys that wrap a response one level down (`{"response": {"docs": [...]}}` from Solr, `{"data": {"items": [...]}}`):
 * a record array under one of them counts too. Only these, so that an article's own nested object
 * (`"media": {"items": [{"url": …}]}`) is not taken for a list of articles.
 */
const WRAPPERS = new Set(['response', 'payload', 'data', 'result']);
const WRAPPED_RECORD_ARRAYS = new Set([...RECORD_ARRAYS, 'docs']);

/**
 * One element of a streamed JSON document: its text and the line it starts on (`whole`: the top-level object, in which
 * no records array was found); an element larger than any record,
 * or a top-level object as large without a records array in it (passed over unread); or what was wrong.
 */
export type JsonElement = { text: string; line: number; whole?: true } | { tooLong: 'element' | 'object'; line: number } | { error: string; line: number };

export interface SplitJsonOptions {
  /** `--map records=response.docs`, split: the keys (array positions as numbers) to the records array. */
  recordsPath?: readonly string[];
  /** Elements larger than this many characters are skipped, not held (default MAX_RECORD_CHARS). */
  maxChars?: number;
}

/** An open array or object: the key (object) or position (array) of the value being read in it. */
interface Frame {
  array: boolean;
  key: string;
  index: number;
  expectKey: boolean;
}

/** Nesting a `.json` file may have: far more than any article record, far less than what would cost memory. */
export const MAX_DEPTH = 1000;

/**
 * The records of a `.json` file, streamed, one at a time, so memory holds one record, not the file:
 * - the elements of a top-level array;
 * - in a top-level object, the elements of the first records array: at `recordsPath` if given, or in a usual place
 *   (`{ "status": "ok", "articles": [...] }`, see RECORD_ARRAYS; or one level down under a WRAPPERS key,
 *   `{ "response": { "docs": [...] } }`); the rest of the object is ignored;
 * - else the top-level object itself, as one record;
 * - and when more values follow the first on later lines: if the first was one line, the file is JSON Lines saved as
 *   `.json`, and each later line is one more element; else each later value is read as the first was.
 * Only structure is scanned here (strings, nesting, commas); each element's text is left to `JSON.parse`, so a
 * malformed element is one skip, not a lost file; an element larger than `maxChars` is passed over unread and named.
 *
 * `splitJson(['[{"a":1},', '\n{"a":2}]'])` yields `{ text: '{"a":1}', line: 1 }`, `{ text: '{"a":2}', line: 2 }`;
 * `splitJson(['{"response": {"docs": [{"a":1}]}}'])` yields `{ text: '{"a":1}', line: 1 }`.
 */
export async function* splitJson(chunks: AsyncIterable<string> | Iterable<string>, options: SplitJsonOptions = {}): AsyncGenerator<JsonElement> {
  const maxChars = options.maxChars ?? MAX_RECORD_CHARS;
  const recordsPath = options.recordsPath;
  const frames: Frame[] = [];
  let inString = false;
  let escape = false;
  let line = 1;
  /** Nothing read yet; the top-level value is read; it ended (on `endLine`). */
  let phase: 'start' | 'value' | 'after' = 'start';
  /** Where the current top-level value started and where it ended. */
  let startLine = 0;
  let endLine = 0;
  let topIsObject = false;
  /** The records array: the depth of its elements (frames.length inside it), once found; -1 before, 0 after. */
  let elementDepth = -1;
  /** A candidate record array (by its key) was just opened: its first element decides. */
  let pending = false;
  // A key being read, when a string starts where an object expects a key.
  let keyParts: string[] | undefined;
  let keyFrom = 0;
  /** The last character read outside strings and whitespace (`"` for a string): what may come next depends on it. */
  let previous = 0;
  const element = capture(maxChars, 'element');
  /** The top-level object, kept whole while no records array is found in it (it may be the one record). */
  const whole = capture(maxChars, 'object');

  const source = (async function* () {
    yield* chunks;
  })();
  try {
    for (let next = await source.next(); next.done !== true; next = await source.next()) {
      const chunk = next.value;
      const out: JsonElement[] = [];
      element.from = whole.from = 0;
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk.charCodeAt(i);
        if (c === 10) line++;
        if (inString) {
          if (escape) escape = false;
          else if (c === 92 /* \ */) escape = true;
          else if (c === 34 /* " */) {
            inString = false;
            previous = 34;
            if (keyParts !== undefined) {
              keyParts.push(chunk.slice(keyFrom, i));
              frames.at(-1)!.key = keyText(keyParts.join(''));
              keyParts = undefined;
            }
          }
          continue;
        }
        if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) continue;
        if (phase === 'after') {
          if (line > endLine && startLine === endLine) {
            // JSON Lines saved as `.json` (the first value was one line): the rest of the file, line by line from
            // this one, so that one broken line costs only itself.
            yield* out;
            yield* jsonLines(restOf(chunk.slice(i), source), line, maxChars);
            return;
          }
          if (line > endLine && (c === 91 || c === 123)) {
            // Values written one after another over several lines each (`jq '.[]' > out.json`, or pages of an API
            // saved end to end): each is read as the first was.
            phase = 'start';
            elementDepth = -1;
            pending = false;
          } else {
            out.push({ error: 'unexpected text after the end of the JSON value', line });
            yield* out;
            return;
          }
        }
        if (phase === 'start') {
          if (c !== 91 /* [ */ && c !== 123 /* { */) {
            yield { error: 'expected a JSON array or object', line };
            return;
          }
          phase = 'value';
          startLine = line;
          topIsObject = c === 123;
          frames.push({ array: c === 91, key: '', index: 0, expectKey: c === 123 });
          if (topIsObject) whole.start(i, line);
          else elementDepth = 1;
          continue;
        }
        if (pending) {
          pending = false;
          if (c === 123) {
            elementDepth = frames.length;
            whole.drop();
          }
        }
        // Inside a record of the records array, a bracket that cannot stand where it is means the record is broken (a
        // brace missing or one too many, as hand-edited exports have). The record ends there, as the malformed record
        // it is (one skip at its line), and reading goes on with the next one: the records after it are not lost.
        if (elementDepth > 0 && frames.length > elementDepth) {
          const top = frames[frames.length - 1]!;
          const opensAmiss = (c === 123 || c === 91) && (top.array ? previous !== 91 && previous !== 44 : previous !== 58);
          const closesAmiss = (c === 93 && !top.array) || (c === 125 && top.array);
          if (opensAmiss || closesAmiss) {
            if (element.active) out.push(element.finish(chunk, i));
            frames.length = elementDepth;
            // A "}" one too many is dropped; an opening bracket starts the next record, "]" ends the array.
            if (c === 125) {
              previous = c;
              continue;
            }
          }
        } else if (elementDepth > 0 && frames.length === elementDepth && c === 125 && element.active) {
          // A "}" one too many after a record's own: the record's text keeps it, so the record is one skip, and the
          // array goes on.
          previous = c;
          continue;
        }
        const depth = frames.length;
        const frame = frames[depth - 1]!;
        // Directly inside the records array: a separator or the array's end closes the current element.
        if (depth === elementDepth && (c === 44 /* , */ || c === 93 /* ] */)) {
          if (element.active) out.push(element.finish(chunk, i));
          if (c === 93) elementDepth = 0; // the records are over; the rest of the object is ignored
        } else if (depth === elementDepth && !element.active) {
          element.start(i, line);
        }
        if (c === 34) {
          inString = true;
          if (!frame.array && frame.expectKey) {
            keyParts = [];
            keyFrom = i + 1;
          }
        } else if (c === 123 || c === 91) {
          if (depth >= MAX_DEPTH) {
            // Nothing news-like nests this deep; without a bound a file of "[[[[…" would hold a frame per level.
            out.push({ error: `nested deeper than ${MAX_DEPTH} levels: the rest of the file is not read`, line });
            yield* out;
            return;
          }
          const records = c === 91 && elementDepth === -1 && topIsObject && recordsArray(frames, recordsPath);
          if (records === 'path') {
            elementDepth = depth + 1;
            whole.drop();
          } else if (records === 'usual') pending = true;
          frames.push({ array: c === 91, key: '', index: 0, expectKey: c === 123 });
        } else if (c === 125 || c === 93) {
          frames.pop();
          if (frames.length === 0) {
            phase = 'after';
            endLine = line;
            if (whole.active) {
              const finished = whole.finish(chunk, i + 1);
              out.push('text' in finished ? { ...finished, whole: true } : finished);
            }
          }
        } else if (c === 44) {
          if (frame.array) frame.index++;
          else frame.expectKey = true;
        } else if (c === 58 /* : */ && !frame.array) {
          frame.expectKey = false;
        }
        previous = c;
      }
      if (keyParts !== undefined) {
        keyParts.push(chunk.slice(keyFrom));
        keyFrom = 0;
        // A key this long names no records array: not kept.
        if (keyParts.reduce((n, p) => n + p.length, 0) > 1000) {
          frames.at(-1)!.key = '';
          keyParts = undefined;
        }
      }
      element.keep(chunk);
      whole.keep(chunk);
      yield* out;
    }
  } finally {
    await source.return(undefined);
  }
  if (phase === 'start') yield { error: 'empty file: expected a JSON array or object', line };
  else if (phase === 'value') yield { error: 'unexpected end of file: the JSON array or object is not closed', line };
}

/**
 * Whether an array opened at this point (inside `frames`, the top-level object first) holds the records: `'path'`
 * when it is at `recordsPath`; `'usual'` when it is under a RECORD_ARRAYS key of the top-level object, or under one
 * one level down in a WRAPPERS object (records if its first element is an object); else false.
 * With frames for `{"response": {"docs": [`: → `'usual'`; with recordsPath `['response', 'docs']` → `'path'`.
 */
function recordsArray(frames: readonly Frame[], recordsPath: readonly string[] | undefined): 'path' | 'usual' | false {
  // Deeper than any records array can be: answered without looking at every level (an array opened at each of
  // thousands of levels would otherwise cost the square of the depth).
  if (frames.length > Math.max(2, recordsPath?.length ?? 0)) return false;
  const at = frames.map((f) => (f.array ? String(f.index) : f.key));
  if (recordsPath !== undefined && at.length === recordsPath.length && at.every((k, n) => k === recordsPath[n])) return 'path';
  if (frames.some((f) => f.array)) return false;
  if (at.length === 1) return RECORD_ARRAYS.has(at[0]!) && 'usual';
  return at.length === 2 && WRAPPERS.has(at[0]!) && WRAPPED_RECORD_ARRAYS.has(at[1]!) && 'usual';
}

/** A key's text, its escapes read (`"a\u0062"` is the key `ab`); one that cannot be read matches no path. */
function keyText(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return '';
  }
}

/**
 * A span of the text being kept across chunks, at most `maxChars` long: longer, it is dropped and only its line is
 * told. `from` is where it goes on in the current chunk.
 */
function capture(maxChars: number, kind: 'element' | 'object') {
  let parts: string[] = [];
  let chars = 0;
  let tooLong = false;
  let line = 0;
  return {
    active: false,
    from: 0,
    start(at: number, atLine: number): void {
      this.active = true;
      this.from = at;
      parts = [];
      chars = 0;
      tooLong = false;
      line = atLine;
    },
    drop(): void {
      this.active = false;
      parts = [];
    },
    /** The end of the chunk: what it holds of the span is kept, unless the span is too long by now. */
    keep(chunk: string): void {
      if (!this.active || tooLong) return;
      chars += chunk.length - this.from;
      if (chars > maxChars) {
        tooLong = true;
        parts = [];
      } else parts.push(chunk.slice(this.from));
    },
    finish(chunk: string, end: number): JsonElement {
      this.active = false;
      if (tooLong || chars + end - this.from > maxChars) return { tooLong: kind, line };
      parts.push(chunk.slice(this.from, end));
      const text = parts.join('').trimEnd();
      parts = [];
      return { text, line };
    },
  };
}

/** The rest of a text: `first`, then what `source` still holds. */
async function* restOf(first: string, source: AsyncGenerator<string>): AsyncGenerator<string> {
  yield first;
  for (let next = await source.next(); next.done !== true; next = await source.next()) yield next.value;
}

/** Non-blank lines as elements, numbered from `firstLine`; a line longer than `maxChars` is passed over unread. */
async function* jsonLines(text: AsyncIterable<string>, firstLine: number, maxChars: number): AsyncGenerator<JsonElement> {
  for await (const item of readLines(text, maxChars)) {
    const line = item.line + firstLine - 1;
    if ('tooLong' in item) yield { tooLong: 'element', line };
    else if (item.text.trim() !== '') yield { text: item.text, line };
  }
}
