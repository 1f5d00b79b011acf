import { splitJson } from '../../../indexer/read/json-stream.js';

async function all(chunks: string[]) {
  const out = [];
  for await (const e of splitJson(chunks)) out.push(e);
  return out;
}

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
    expect(await all([text])).toEqual([{ text, line: 1 }]);
  });

  test('when the file is a single object, then it is one record', async () => {
    const elements = await all(['{"id": "one", ', '"body": "text"}\n']);
    expect(elements).toEqual([{ text: '{"id": "one", "body": "text"}', line: 1 }]);
  });

  test('when the file is truncated or not JSON, then an error names the line', async () => {
    expect(await all(['[{"id": 1},\n{"id": '])).toEqual([{ text: '{"id": 1}', line: 1 }, { error: expect.stringMatching(/unexpected end of file/), line: 2 }]);
    expect(await all(['hello'])).toEqual([{ error: 'expected a JSON array or object', line: 1 }]);
    expect(await all(['  '])).toEqual([{ error: expect.stringMatching(/empty file/), line: 1 }]);
  });
});
