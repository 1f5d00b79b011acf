/**
 * Writes data/plurals.txt, the word pairs a search treats as one word (indexer/plurals.ts): a singular and its plural
 * that Meilisearch's typo tolerance does not already join, both written in lower case in the news of ../shared/corpus
 * (Reuters, Wikinews, CoNLL-2003) at least MIN_COUNT times each. Run it again when the rules below change:
 *
 *   npx tsx scripts/make-plurals.ts > data/plurals.txt
 *
 * Only the corpora's running text is read (never their gold annotations), and only to learn which forms the news
 * writes: the product reads the committed file, not the corpora.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../src/project-root.js';
import { typoJoins } from '../indexer/plurals.js';

const MIN_COUNT = 3;
const corpus = resolve(projectRoot, '../shared/corpus');
const texts: string[] = [];
for (const file of ['reuters21578/reuters-part1.articles.jsonl', 'wikinews/wikinews_economy.jsonl', 'wikinews/wikinews_politics_part1.jsonl']) {
  const path = resolve(corpus, file);
  if (!existsSync(path)) throw new Error(`${path}: no such file (the corpora live in ../shared/corpus)`);
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { body?: string; text?: string; title?: string };
    texts.push(record.body ?? record.text ?? '');
  }
}
for (const file of ['conll2003/train.txt', 'conll2003/valid.txt']) {
  const path = resolve(corpus, file);
  if (!existsSync(path)) throw new Error(`${path}: no such file`);
  texts.push(readFileSync(path, 'utf8').split('\n').map((l) => l.split(' ')[0] ?? '').join(' '));
}

// Words as the news writes them in lower case: a capitalised word may be a name ("Banks", "Rogers").
const counts = new Map<string, number>();
for (const text of texts) for (const [word] of text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Ll}+(?![\p{L}\p{N}-])/gu)) counts.set(word, (counts.get(word) ?? 0) + 1);
const seen = (word: string): boolean => (counts.get(word) ?? 0) >= MIN_COUNT;
// Words the news also writes in capitals inside mixed-case text: an acronym ("AIDS" is no more "aids" than "aid").
const capitals = new Map<string, number>();
for (const text of texts) for (const [word] of text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Lu}{3,}(?![\p{L}\p{N}-])/gu)) capitals.set(word, (capitals.get(word) ?? 0) + 1);
const acronym = (word: string): boolean => {
  const n = capitals.get(word.toUpperCase()) ?? 0;
  return n >= MIN_COUNT && n * 2 >= (counts.get(word) ?? 0);
};

/** Plurals English forms by rule; the irregular ones the news uses are listed. */
const IRREGULAR: Record<string, string> = {
  man: 'men', woman: 'women', child: 'children', foot: 'feet', tooth: 'teeth', mouse: 'mice', crisis: 'crises',
  analysis: 'analyses', thesis: 'theses', hypothesis: 'hypotheses', criterion: 'criteria', phenomenon: 'phenomena',
  ox: 'oxen', goose: 'geese',
};
/** The words in -f or -fe whose plural is in -ves ("beliefs", "chiefs" and "roofs" are not). */
const VES: ReadonlySet<string> = new Set(['calf', 'half', 'hoof', 'knife', 'leaf', 'life', 'loaf', 'self', 'sheaf', 'shelf', 'thief', 'wife', 'wolf']);
/**
 * Pairs whose plural is another word than the singular's plural ("news" is no more than one "new", "goods" are not
 * things that are good, "securities" not safety), or whose forms are everyday function words.
 */
const NOT_PAIRS: ReadonlySet<string> = new Set([
  'new', 'good', 'arm', 'mean', 'work', 'custom', 'security', 'future', 'due', 'manner', 'ground', 'premise', 'spirit',
  'glass', 'content', 'wood', 'letter', 'saving', 'earning', 'holding', 'right', 'return', 'term', 'pain', 'air',
  'authority', 'quarter', 'minute', 'damage', 'provision', 'proceeding', 'regard', 'thank', 'odd', 'affair', 'remain',
  'material', 'communication', 'condition', 'force', 'interest', 'draw', 'lot', 'number', 'pant', 'short', 'still', 'wing',
  'corp', 'corps', 'dos', 'ele', 'knol', 'serie', 'http', 'mild', 'old', 'our', 'that', 'their', 'what', 'over', 'down', 'well',
  'can', 'like', 'last', 'halve', 'one', 'other', 'hi', 'ha', 'wa', 'doe', 'thi', 'plu', 'thu', 'ye', 'u', 'a', 'i',
]);
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['is', 'as', 'us', 'has', 'was', 'his', 'its', 'this', 'does', 'yes', 'thus', 'plus', 'less', 'unless', 'across', 'whereas', 'perhaps', 'always', 'sometimes', 'towards', 'afterwards', 'besides', 'news', 'ones', 'others']);

function plurals(singular: string): string[] {
  const irregular = IRREGULAR[singular];
  if (irregular !== undefined) return [irregular];
  if (/[^aeiou]y$/.test(singular)) return [`${singular.slice(0, -1)}ies`];
  if (/[^aeiou]is$/.test(singular)) return [`${singular.slice(0, -2)}es`];
  if (/(?:s|x|z|ch|sh)$/.test(singular)) return [`${singular}es`];
  if (/o$/.test(singular)) return [`${singular}es`, `${singular}s`];
  if (VES.has(singular)) return [singular.replace(/fe?$/, 'ves')];
  return [`${singular}s`];
}

const pairs: [string, string][] = [];
// A word belongs to one pair: the first one, in alphabetical order of the singulars ("half halves" before "halve").
const paired = new Set<string>();
for (const singular of [...counts.keys()].sort()) {
  if (singular.length < 3 || NOT_PAIRS.has(singular) || FUNCTION_WORDS.has(singular) || !seen(singular) || acronym(singular)) continue;
  for (const plural of plurals(singular)) {
    if (plural === singular || FUNCTION_WORDS.has(plural) || !seen(plural) || acronym(plural)) continue;
    if (paired.has(singular) || paired.has(plural)) break;
    // Already one word to Meilisearch: the typo tolerance joins them both ways.
    if (typoJoins(singular, plural) && typoJoins(plural, singular)) continue;
    pairs.push([singular, plural]);
    paired.add(singular).add(plural);
    break;
  }
}

process.stdout.write(
  `# Singular and plural that a search treats as one word (Meilisearch synonyms both ways: indexer/plurals.ts).\n`
  + `# Made by scripts/make-plurals.ts from the lower-case words of ../shared/corpus (each form seen ${MIN_COUNT} times or more),\n`
  + `# leaving out pairs the typo tolerance already joins. One pair a line: singular, a space, plural. Edit by hand freely.\n`
  + pairs.map(([s, p]) => `${s} ${p}\n`).join(''),
);
process.stderr.write(`${pairs.length} pairs\n`);
