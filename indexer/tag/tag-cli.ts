import { createInterface } from 'node:readline';
import { defaultTagger } from './default-tagger.js';
import { tagText } from './tag-text.js';

/**
 * `npm run --silent tag < in.jsonl > out.jsonl`: one JSON object a line in (`{"id","text"}`, optional `"title"`,
 * `"date"`), one out, same order. Nothing else on stdout; a bad line is named on stderr with its line number and
 * answered with `{"id": …, "error": "…"}` so the output stays aligned with the input.
 */
const { tagger } = defaultTagger();
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let lineNumber = 0;
let failures = 0;
for await (const line of lines) {
  lineNumber++;
  if (line.trim() === '') continue;
  let out: unknown;
  try {
    const input = JSON.parse(line) as { id?: unknown; text?: unknown; title?: unknown; date?: unknown };
    if (typeof input.text !== 'string') throw new Error('expected a "text" string');
    const id = typeof input.id === 'string' || typeof input.id === 'number' ? String(input.id) : String(lineNumber);
    out = tagText(
      {
        id,
        text: input.text,
        ...(typeof input.title === 'string' ? { title: input.title } : {}),
        ...(typeof input.date === 'string' ? { date: input.date } : {}),
      },
      tagger,
    );
  } catch (error) {
    failures++;
    process.stderr.write(`tag: stdin line ${lineNumber}: ${(error as Error).message}\n`);
    out = { id: null, error: (error as Error).message };
  }
  if (!process.stdout.write(JSON.stringify(out) + '\n')) await new Promise((r) => process.stdout.once('drain', r));
}
process.exitCode = failures > 0 ? 2 : 0;
