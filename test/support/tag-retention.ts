// Started by test/indexer/tag/tag-retention.test.ts in a process of its own (node --expose-gc): tags `count` articles
// of ~100 KB, each naming a person no other names, and prints how much heap the tagger still holds after them (MB),
// over what it held after one warm-up article.
import { defaultTagger } from '../../indexer/tag/default-tagger.js';

const count = Number(process.argv[2] ?? 60);
const gc = (globalThis as { gc?: () => void }).gc!;
const { tagger } = defaultTagger();
const filler = 'the committee said the plan would be reviewed again next week by officials. '.repeat(1300);
const letters = 'abcdefghijklmnopqrstuvwxyz';
const article = (i: number): string =>
  `Chancellor Gerhard Schroeder${letters[i % 26]}${letters[Math.floor(i / 26) % 26]} met Reuters editors in Berlin on Monday. ${filler}${i}`;
tagger({ title: '', body: article(9999) });
gc();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < count; i++) tagger({ title: '', body: article(i) });
gc();
gc();
process.stdout.write(String((process.memoryUsage().heapUsed - before) / 1e6));
