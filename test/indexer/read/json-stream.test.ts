import { MAX_DEPTH, splitJson, type JsonElement, type SplitJsonOptions } from '../../../indexer/read/json-stream.js';

async function all(chunks: string[], options: SplitJsonOptions = {}) {
  const out: JsonElement[] = [];
  for await (const e of splitJson(chunks, options)) out.push(e);
  return out;
}

/** The text cut into chunks of `size` characters. */
const cut = (text: string, size: number): string[] => text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
/** Each element parsed, with its line: `2 {"id":1}`; `3 too long: element`; `4 error: …`. */
const shown = (elements: JsonElement[]) =>
  elements.map((e) => ('text' in e ? `${e.line} ${JSON.stringify(JSON.parse(e.text))}` : 'tooLong' in e ? `${e.line} too long: ${e.tooLong}` : `${e.line} error: ${e.error}`));

/** The record's id, or "malformed" when its text is no JSON. */
const safeId = (text: string): string => {
  try {
    return (JSON.parse(text) as { id: string }).id;
  } catch {
    return 'malformed';
  }
};

describe('splitJson', () => {
  test('when a top-level array arrives in chunks cut anywhere, then each element comes out whole with its line', async () => {
    const text = '[\n {"id": "a", "body": "x, [y] {z}"},\n {"id": "b", "tags": [1, {"k": "]"}], "s": "q\\"uote"}\n]\n';
    for (const size of [1, 3, 7, text.length]) {
      const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g'))!;
      const elements = await all(chunks);
      expect(elements).toEqual([
        { text: '{"id": "a", "body": "x, [y] {z}"}', line: 2 },
        { text: '{"id": "b", "tags": [1, {"k": "]"}], "s": "q\\"uote"}', line: 3 },
      ]);
    }
  });

  test('when a record of the array has a brace missing or one too many, then it alone is malformed and the records after it are read, however the text is cut (an indexer review)', async () => {
    const extra = '[\n{"id":"b1","body":"One."},\n{"id":"b2","body":"Two."}},\n{"id":"b3","body":"Three."}\n]';
    const missing = '{"articles":[\n{"id":"m1","body":"One."},\n{"id":"m2","body":"Two."\n{"id":"m3","body":"Three."},\n{"id":"m4","body":"Four."\n]}';
    for (const size of [1, 3, 7, 1000]) {
      const ids = (elements: JsonElement[]) => elements.map((e) => ('text' in e ? `${e.line} ${safeId(e.text)}` : `${e.line} ?`));
      expect(ids(await all(cut(extra, size)))).toEqual(['2 b1', '3 malformed', '4 b3']);
      expect(ids(await all(cut(missing, size)))).toEqual(['2 m1', '3 malformed', '4 m3', '5 malformed']);
    }
  });

  test('when records nest objects and arrays over several lines, then no brace is taken for a broken record', async () => {
    const text = '[\n  {\n    "id": "n1",\n    "source": {\n      "name": "Wire",\n      "tags": [\n        {"k": 1},\n        [2, {"k": [3]}]\n      ]\n    },\n    "body": "One."\n  },\n  {"id": "n2", "body": "Two."}\n]';
    for (const size of [1, 5, 1000]) expect((await all(cut(text, size))).map((e) => ('text' in e ? safeId(e.text) : 'error'))).toEqual(['n1', 'n2']);
  });

  test('when the file is an object with an "articles" array, then its elements are streamed and the rest ignored', async () => {
    const elements = await all(['{"status": "ok", "meta": {"articles": 1}, "art', 'icles": [{"id": 1}, {"id": 2}], "total": 2}']);
    expect(elements.map((e) => ('text' in e ? JSON.parse(e.text) : e))).toEqual([{ id: 1 }, { id: 2 }]);
  });

  test('when an export holds its records under "data" or "results", then those are streamed too', async () => {
    for (const key of ['data', 'results']) {
      const elements = await all([`{"page": 1, "${key}": [{"id": 1}, {"id": 2}]}`]);
      expect(elements.map((e) => ('text' in e ? JSON.parse(e.text) : e))).toEqual([{ id: 1 }, { id: 2 }]);
    }
  });

  test('when a single article has a field named like a record array that holds no objects, then it stays one record', async () => {
    const text = '{"title": "Talks", "data": ["politics", "qatar"], "body": "Envoys met."}';
    expect(await all([text])).toEqual([{ text, line: 1, whole: true }]);
  });

  test('when the file is a single object, then it is one record', async () => {
    const elements = await all(['{"id": "one", ', '"body": "text"}\n']);
    expect(elements).toEqual([{ text: '{"id": "one", "body": "text"}', line: 1, whole: true }]);
  });

  test('when the file is truncated or not JSON, then an error names the line', async () => {
    expect(await all(['[{"id": 1},\n{"id": '])).toEqual([{ text: '{"id": 1}', line: 1 }, { error: expect.stringMatching(/unexpected end of file/), line: 2 }]);
    expect(await all(['hello'])).toEqual([{ error: 'expected a JSON array or object', line: 1 }]);
    expect(await all(['  '])).toEqual([{ error: expect.stringMatching(/empty file/), line: 1 }]);
  });

  test('when an element is larger than the limit, then it is named with its own line, never held, and the elements after it are read', async () => {
    const text = `[\n{"id": 1},\n{"id": 2, "body": "${'x'.repeat(200)}", "tags": ["]", {"k": "}"}]},\n{"id": 3}\n]`;
    for (const size of [1, 7, 64, text.length]) {
      expect(shown(await all(cut(text, size), { maxChars: 100 }))).toEqual(['2 {"id":1}', '3 too long: element', '4 {"id":3}']);
    }
  });

  test('when the records are nested below the top level, then --map records=PATH finds them, through array positions too', async () => {
    const solr = '{"responseHeader": {"status": 0}, "response": {"numFound": 2, "docs": [\n{"id": 1},\n{"id": 2}]}, "facets": {}}';
    for (const size of [1, 5, solr.length]) expect(shown(await all(cut(solr, size), { recordsPath: ['response', 'docs'] }))).toEqual(['2 {"id":1}', '3 {"id":2}']);
    expect(shown(await all(['{"pages": [{"docs": [{"id": 1}]}, {"docs": [{"id": 2}]}]}'], { recordsPath: ['pages', '1', 'docs'] }))).toEqual(['1 {"id":2}']);
    // Looked at beside the usual places (a folder may hold both kinds of file): the first found holds the records.
    expect(shown(await all(['{"meta": {"list": [1]}, "payload": {"list": [{"id": 2}]}}'], { recordsPath: ['payload', 'list'] }))).toEqual(['1 {"id":2}']);
    expect(shown(await all(['{"articles": [{"id": 1}]}'], { recordsPath: ['payload', 'list'] }))).toEqual(['1 {"id":1}']);
    // Not there: the object is one record, as without a path.
    expect(shown(await all(['{"id": 1, "body": "B"}'], { recordsPath: ['response', 'docs'] }))).toEqual(['1 {"id":1,"body":"B"}']);
  });

  test('when a response wraps its record array one level down under a known key, then the records are found without a path', async () => {
    for (const text of ['{"response": {"docs": [{"id": 1}, {"id": 2}]}}', '{"status": "ok", "payload": {"total": 2, "stories": [{"id": 1}, {"id": 2}]}}', '{"data": {"items": [{"id": 1}, {"id": 2}]}}']) {
      expect(shown(await all([text]))).toEqual(['1 {"id":1}', '1 {"id":2}']);
    }
    // An article's own nested list under an unknown key, or of strings, stays part of the article.
    const article = '{"title": "T", "media": {"items": [{"url": "x"}]}, "meta": {"stories": ["a"]}, "body": "B"}';
    expect(await all([article])).toEqual([{ text: article, line: 1, whole: true }]);
  });

  test('when a top-level object is larger than the limit and holds no records array, then it is named as such', async () => {
    expect(shown(await all([`\n{"id": 1, "body": "${'x'.repeat(200)}"}`], { maxChars: 100 }))).toEqual(['2 too long: object']);
  });

  test('when JSON Lines are saved as .json, then every line is an element with its line, a bad or long one alone', async () => {
    const text = `{"id": 1, "body": "a"}\n{"id": 2, "body": "b"}\n\n{"id": 3, "body": "${'x'.repeat(200)}"}\r\n{"id": 4,\n{"id": 5}\n`;
    for (const size of [1, 9, text.length]) {
      const found = await all(cut(text, size), { maxChars: 100 });
      expect(found.map((e) => ('text' in e ? `${e.line} ${e.text}` : `${e.line} too long`))).toEqual(['1 {"id": 1, "body": "a"}', '2 {"id": 2, "body": "b"}', '4 too long', '5 {"id": 4,', '6 {"id": 5}']);
    }
    // More on the same line is no JSON Lines: an error, as before.
    expect(shown(await all(['{"id": 1} {"id": 2}']))).toEqual(['1 {"id":1}', '1 error: unexpected text after the end of the JSON value']);
  });

  test('when values spanning several lines follow one another (jq \'.[]\', pages saved end to end), then each is read as the first', async () => {
    const pretty = '{\n  "id": 1,\n  "body": "a"\n}\n{\n  "id": 2,\n  "body": "b"\n}\n';
    for (const size of [1, 5, pretty.length]) expect(shown(await all(cut(pretty, size)))).toEqual(['1 {"id":1,"body":"a"}', '5 {"id":2,"body":"b"}']);
    const pages = '{"page": 1,\n "articles": [{"id": 1}, {"id": 2}]}\n{"page": 2,\n "articles": [{"id": 3}]}\n';
    expect(shown(await all([pages]))).toEqual(['2 {"id":1}', '2 {"id":2}', '4 {"id":3}']);
  });

  test('when the nesting is deeper than any article, then the file is one error, with a frame per level only up to the bound', async () => {
    const deep = '[' + '['.repeat(100_000);
    expect(shown(await all(cut(deep, 4096)))).toEqual([`1 error: nested deeper than ${MAX_DEPTH} levels: the rest of the file is not read`]);
    // Arrays opened under a key, where records arrays are looked for.
    expect(shown(await all(cut('{"a":' + '['.repeat(100_000), 4096)))).toEqual([`1 error: nested deeper than ${MAX_DEPTH} levels: the rest of the file is not read`]);
  });
});
