/**
 * Prints the mentions the shipped recogniser finds in text files, for eyeballing real news:
 *
 *   npx tsx indexer/tag/ner/show-mentions.ts FILE... [--by-type]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recognize } from './recognize.js';

function main(): void {
  const args = process.argv.slice(2);
  const byType = args.includes('--by-type');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) throw new Error('usage: show-mentions.ts FILE... [--by-type]');
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const mentions = recognize(text);
    console.log(`== ${file}: ${mentions.length} mentions`);
    if (byType) {
      const groups = new Map<string, Map<string, number>>();
      for (const m of mentions) {
        const g = groups.get(m.type) ?? new Map<string, number>();
        const surface = text.slice(m.start, m.end);
        g.set(surface, (g.get(surface) ?? 0) + 1);
        groups.set(m.type, g);
      }
      for (const [type, g] of groups) console.log(`${type}: ${[...g].map(([s, n]) => (n > 1 ? `${s} (${n})` : s)).join('; ')}`);
    } else {
      for (const m of mentions) console.log(`${m.type}\t${m.start}-${m.end}\t${text.slice(m.start, m.end)}`);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
