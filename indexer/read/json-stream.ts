import { MAX_RECORD_CHARS } from './record-limits.js';

/**
 * Keys under which API dumps and exports hold their records (`articles` for NewsAPI, `data`, `results`, …): an array
 * of objects under one of them is the file's records; an array of anything else (`"data": ["politics"]` in a single
 * article) is an ordinary field.
 */
const RECORD_ARRAYS = new Set(['articles', 'data', 'items', 'results', 'records', 'documents', 'stories']);

/** One element of a streamed JSON document: its text and the line it starts on, or what was wrong. */
export type JsonElement = { text: string; line: number } | { error: string; line: number };

/**
 * The records of a `.json` file, streamed: the elements of a top-level array, or of the first record array of a
 * top-level object (`{ "status": "ok", "articles": [...] }`; see RECORD_ARRAYS), one at a time, so memory holds one
 * record, not the file.
 * A top-level object without such an array is one record. Only structure is scanned here (strings, nesting,
 * commas); each element's text is left to `JSON.parse`, so a malformed element is one skip, not a lost file.
 *
 * `splitJson(['[{"a":1},', '\n{"a":2}]'])` yields `{ text: '{"a":1}', line: 1 }`, `{ text: '{"a":2}', line: 2 }`.
 */
export async function* splitJson(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<JsonElement> {
  let mode: 'start' | 'array' | 'object' | 'done' = 'start';
  let depth = 0;
  let inString = false;
  let escape = false;
  let line = 1;
  /** Depth of the target array's elements (1: top-level array; 2: a record array inside an object). */
  let elementDepth = -1;
  // Object mode: the text so far (in case it is a single record), the last key seen at depth 1.
  let whole: string[] = [];
  let wholeChars = 0;
  let keyStart = -1;
  let keyText = '';
  let lastKey = '';
  let expectKey = false;
  /** A record-array key's `[` was just seen: its first element decides (objects: records; else an ordinary field). */
  let pendingArray = false;
  // The element being captured.
  let capturing = false;
  let captured: string[] = [];
  let capturedChars = 0;
  let elementLine = 0;

  for await (const chunk of chunks) {
    let from = 0;
    const out: JsonElement[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) line++;
      if (inString) {
        if (escape) escape = false;
        else if (c === 92 /* \ */) escape = true;
        else if (c === 34 /* " */) {
          inString = false;
          if (keyStart !== -1) {
            keyText += chunk.slice(keyStart, i);
            lastKey = keyText;
            keyStart = -1;
          }
        }
        continue;
      }
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) continue;
      if (mode === 'done') {
        out.push({ error: 'unexpected text after the end of the JSON value', line });
        mode = 'done';
        break;
      }
      if (mode === 'start') {
        if (c === 91 /* [ */) {
          mode = 'array';
          elementDepth = 1;
        } else if (c === 123 /* { */) {
          mode = 'object';
          expectKey = true;
          whole = [];
          wholeChars = 0;
          from = i;
        } else {
          out.push({ error: 'expected a JSON array or object', line });
          mode = 'done';
          break;
        }
        depth = 1;
        continue;
      }
      if (pendingArray) {
        pendingArray = false;
        if (c === 123 /* { */) {
          elementDepth = 2;
          whole = [];
          wholeChars = -1; // no longer a single-record object
        }
      }
      // Inside the target array, directly: a separator or the array's end closes the current element.
      if (depth === elementDepth && (c === 44 /* , */ || c === 93 /* ] */)) {
        if (capturing) {
          captured.push(chunk.slice(from, i));
          out.push({ text: captured.join('').trimEnd(), line: elementLine });
          capturing = false;
          captured = [];
          capturedChars = 0;
        }
        if (c === 93) {
          depth--;
          elementDepth = -1; // the target array is over; the rest (of an object) is ignored
          if (depth === 0) mode = 'done';
        }
        continue;
      }
      if (depth === elementDepth && !capturing) {
        capturing = true;
        from = i;
        elementLine = line;
      }
      if (c === 34) {
        inString = true;
        if (mode === 'object' && depth === 1 && expectKey && elementDepth === -1) {
          keyStart = i + 1;
          keyText = '';
        }
      } else if (c === 123 || c === 91) {
        if (mode === 'object' && depth === 1 && c === 91 && !expectKey && RECORD_ARRAYS.has(lastKey) && elementDepth === -1 && wholeChars !== -1) pendingArray = true;
        depth++;
      } else if (c === 125 || c === 93) {
        depth--;
        if (depth === 0) {
          if (mode === 'object' && wholeChars !== -1) {
            whole.push(chunk.slice(from, i + 1));
            out.push({ text: whole.join(''), line: 1 });
            whole = [];
          }
          mode = 'done';
        }
      } else if (mode === 'object' && depth === 1) {
        if (c === 44) expectKey = true;
        else if (c === 58 /* : */) expectKey = false;
      }
    }
    if (keyStart !== -1) {
      keyText += chunk.slice(keyStart);
      keyStart = 0;
    }
    if (capturing) {
      captured.push(chunk.slice(from));
      capturedChars += chunk.length - from;
      if (capturedChars > MAX_RECORD_CHARS) throw new Error(`line ${elementLine}: a record larger than ${MAX_RECORD_CHARS.toLocaleString('en')} characters`);
    } else if (mode === 'object' && wholeChars !== -1 && depth > 0) {
      whole.push(chunk.slice(from));
      wholeChars += chunk.length - from;
      if (wholeChars > MAX_RECORD_CHARS) throw new Error(`a JSON object larger than ${MAX_RECORD_CHARS.toLocaleString('en')} characters without a record array (${[...RECORD_ARRAYS].join(', ')})`);
    }
    from = 0;
    yield* out;
    if (mode === 'done' && out.some((e) => 'error' in e)) return;
  }
  if (mode === 'start') yield { error: 'empty file: expected a JSON array or object', line };
  else if (depth > 0 || inString) yield { error: 'unexpected end of file: the JSON array or object is not closed', line };
}
