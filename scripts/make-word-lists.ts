/**
 * Writes the two word lists that shape what a search word matches (the indexer gives both to Meilisearch:
 * indexer/word-settings.ts), from the running text of ../shared/corpus (Reuters, Wikinews, CoNLL-2003):
 *
 * - data/exact-words.txt: common words that another common word lies within Meilisearch's typo tolerance of, and not
 *   as a form of the same word: a search for "police" counted every article about "policy", "president" every
 *   "present"; and names that a common word lies a typo from ("Boeing" counted every "being"). Meilisearch searches these words without typos (`disableOnWords`). Typos are counted as Meilisearch
 *   counts them (src/meili/typo-tolerance.ts typoJoins: a swap one, a first letter two).
 * - data/word-forms.txt: two forms of one word (a singular and its plural, two endings of a stem, two spellings),
 *   both written in lower case at least MIN_COUNT times, that the typo tolerance joined until a word of the pair
 *   became exact ("sanctions" still finds "sanction" and "sanctioned"), given to Meilisearch as synonyms where the
 *   typo tolerance no longer joins them.
 *
 *   npx tsx scripts/make-word-lists.ts
 *
 * Only the corpora's running text is read (never their gold annotations), and only to learn which words the news
 * writes: the product reads the committed files, not the corpora. Run it again when the rules below change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../src/project-root.js';
import { typoJoins, typosAllowed } from '../src/meili/typo-tolerance.js';
import { getGazetteer } from '../indexer/tag/countries/gazetteer.js';
import { DEFAULT_EXACT_WORD_FILE, DEFAULT_WORD_FORM_FILE } from '../src/config.js';

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

// Every word, any case, as Meilisearch matches it (folded to lower case): a typo may land on a name too.
const anyCase = new Map<string, number>();
for (const text of texts) for (const [word] of text.matchAll(/(?<![\p{L}\p{N}'’-])\p{L}+(?![\p{L}\p{N}-])/gu)) anyCase.set(word.toLowerCase(), (anyCase.get(word.toLowerCase()) ?? 0) + 1);

/** A common word: written in lower case this often, long enough for a typo. */
const COMMON = 20;
/** A typo neighbour that matters: seen this often, and at least this share of the word's own count. */
const NEIGHBOUR_COUNT = 5;
const NEIGHBOUR_SHARE = 0.05;

/** Words within `distance` deletions of `word`, itself included (two words one typo apart share one: SymSpell). */
function deletions(word: string, distance: number): Set<string> {
  const all = new Set([word]);
  let ring = [word];
  for (let d = 0; d < distance; d++) {
    const next: string[] = [];
    for (const w of ring) for (let i = 0; i < w.length; i++) next.push(w.slice(0, i) + w.slice(i + 1));
    for (const w of next) all.add(w);
    ring = next;
  }
  return all;
}

/**
 * The words a word may be a form of, by English inflection: itself; without "s", or "es" after s, x, z, ch or sh
 * ("taxes" → "tax"); without "d" or "ed", with a doubled consonant undone ("planned" → "plan"); without "ing", or with
 * its "e" back ("closing" → "close"); "ies"/"ied" → "y". Not agent nouns or comparatives: "driver" is no form of
 * "drive", "broker" none of "broke", "factor" none of "facto" (a black-box review found such pairs joined as one word).
 *
 * `lemmas('planned')` → `['planned', 'plann', 'planne', 'plan']`; `lemmas('planes')` → `['planes', 'plane']`
 */
function lemmas(w: string): string[] {
  const out = [w];
  const add = (base: string): void => {
    if (base.length >= 3) out.push(base);
  };
  if (/[^s]s$/.test(w)) add(w.slice(0, -1));
  if (/(?:s|x|z|ch|sh)es$/.test(w)) add(w.slice(0, -2));
  if (/ies$/.test(w) || /ied$/.test(w)) add(`${w.slice(0, -3)}y`);
  for (const ending of ['ed', 'ing']) {
    if (!w.endsWith(ending)) continue;
    const base = w.slice(0, -ending.length);
    add(base);
    add(`${base}e`);
    // Not a double l, s, f or z: "fill", "pass" are written so ("filled" is no form of "file").
    if (/([b-dghj-kmnpqrtv-y])\1$/.test(base)) add(base.slice(0, -1));
  }
  return out;
}

/**
 * Whether two words a typo apart are forms of one word, which the typo tolerance rightly joins: inflections of one
 * word (lemmas: "increase", "increased", "increases"; "sanctions", "sanctioned"; "country", "countries"), a participle
 * in "n"/"en" ("taken"), or British and American spelling ("organise", "organize"; "defence", "defense"; "labour",
 * "labor"; "centre", "center"; "travelled", "traveled": the double l only after a stem of two syllables, so "filled"
 * is no spelling of "filed"). Not an adverb and its adjective ("generally" is no "general"), nor an agent noun and
 * its verb ("producer", "produce"; "driver", "drive"): other words to a reader.
 */
function sameWord(a: string, b: string, byStem = true): boolean {
  const spelling = (w: string): string => w.replace(/z/g, 's').replace(/our/g, 'or').replace(/re$/, 'er').replace(/ence$/, 'ense');
  const oneL = (w: string): string => w.replace(/([aeiou][^aeiou]*[aeiou][^aeiou]*)ll(ed|ing|er|ers)$/, '$1l$2');
  const [x, y] = [spelling(a), spelling(b)];
  if (x === y || oneL(x) === oneL(y)) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const ending = long.startsWith(short) ? long.slice(short.length) : undefined;
  // A participle in "n" or "en" ("taken", "given"); an ending of "s", "es", "d" or "ed" only where it is the shorter
  // word's ("plans" is "plan" + s, "planes" is "plane" + s, not "plan" + es: lemmas says which).
  if (ending === 'n' || ending === 'en') return true;
  if (ending !== undefined && /^(?:s|es|d|ed)$/.test(ending) && lemmasMeet(short, long)) return true;
  if (short.endsWith('y') && (long === `${short.slice(0, -1)}ies` || long === `${short.slice(0, -1)}ied`)) return true;
  return byStem && lemmasMeet(x, y);
}

/** Whether two words share a lemma: `lemmasMeet('accused', 'accuses')` → true (both "accuse"). */
function lemmasMeet(x: string, y: string): boolean {
  const mine = new Set(lemmas(x));
  return lemmas(y).some((l) => mine.has(l));
}

const neighbourhood = new Map<string, string[]>();
for (const [word, n] of anyCase) {
  if (n < NEIGHBOUR_COUNT) continue;
  for (const d of deletions(word, 2)) {
    const list = neighbourhood.get(d);
    if (list === undefined) neighbourhood.set(d, [word]);
    else list.push(word);
  }
}
const exact: string[] = [];
for (const [word, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const distance = typosAllowed(word);
  if (n < COMMON || distance === 0) continue;
  const own = anyCase.get(word) ?? n;
  const near = new Set<string>();
  for (const d of deletions(word, distance)) for (const other of neighbourhood.get(d) ?? []) near.add(other);
  const clash = [...near].some((other) => other !== word && typoJoins(word, other) && !sameWord(word, other) && (anyCase.get(other) ?? 0) >= Math.max(NEIGHBOUR_COUNT, NEIGHBOUR_SHARE * own));
  if (clash) exact.push(word);
}
// Names the news writes with a capital that a common word lies a typo from: "Boeing" found every "being" (1,682
// articles where 97 name Boeing), "Warner" "warned", "Walter" "water", "Carter" "career" and "charter" (a black-box
// review). Only a word written in lower case is a clash here: a name a typo from another name is often its other
// spelling ("Mohammed", "Mohamed"), which a search should keep finding. Nor is a stem a name shares with a word
// ("Turner", "turned") one word.
const exactSoFar = new Set(exact);
for (const [word, n] of [...anyCase].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const distance = typosAllowed(word);
  if (n < COMMON || distance === 0 || exactSoFar.has(word) || (counts.get(word) ?? 0) * 2 >= n) continue;
  const near = new Set<string>();
  for (const d of deletions(word, distance)) for (const other of neighbourhood.get(d) ?? []) near.add(other);
  const clash = [...near].some((other) => other !== word && typoJoins(word, other) && !sameWord(word, other, false) && (counts.get(other) ?? 0) >= Math.max(NEIGHBOUR_COUNT, NEIGHBOUR_SHARE * n));
  if (clash) exact.push(word);
}
// Places of different countries whose one-word names lie a typo apart ("Iceland" and "Ireland", "Austria" and
// "Australia", "Nigerian" and "Nigerien"): a place never stands for another's (a black-box review: "Iceland" found 66
// Irish articles among its first 100). From the country tagger's gazetteer, not the corpora.
const places = new Map<string, string>();
for (const [word, node] of getGazetteer().root.next ?? []) if (node.entry?.code && /^\p{L}+$/u.test(word)) places.set(word, node.entry.code);
for (const [a, code] of places) {
  const clash = [...places].some(([b, other]) => other !== code && (typoJoins(a, b) || typoJoins(b, a)));
  if (clash && !exact.includes(a)) exact.push(a);
}
exact.sort((a, b) => (a < b ? -1 : 1));
const exactSet = new Set(exact);
// A pair the typo tolerance joined one way or both, until a word of it became exact: the exact word would no longer
// find its other form. Pairs the typo tolerance never joined ("coup", "coups"; "party", "parties") are left out: as
// synonyms they made every search slower (bench:search, docs/BENCHMARKS.md), past the server's bar.
const lostToExactness = (a: string, b: string): boolean => (exactSet.has(a) && typoJoins(a, b)) || (exactSet.has(b) && typoJoins(b, a));

const pairs: [string, string][] = [];
const pairKeys = new Set<string>();
const addPair = (a: string, b: string): void => {
  const key = a < b ? `${a} ${b}` : `${b} ${a}`;
  if (pairKeys.has(key)) return;
  pairKeys.add(key);
  pairs.push([a, b]);
};
const formless = (w: string): boolean => w.length < 3 || NOT_PAIRS.has(w) || FUNCTION_WORDS.has(w) || !seen(w) || acronym(w);
// A singular and its plural: a word belongs to one such pair, the first one in alphabetical order of the singulars
// ("half halves" before "halve").
const paired = new Set<string>();
for (const singular of [...counts.keys()].sort()) {
  if (formless(singular)) continue;
  for (const plural of plurals(singular)) {
    if (plural === singular || formless(plural)) continue;
    if (paired.has(singular) || paired.has(plural)) break;
    if (!lostToExactness(singular, plural)) continue;
    addPair(singular, plural);
    paired.add(singular).add(plural);
    break;
  }
}
// Other forms of an exact word that a typo joined to it: endings of one stem, spellings ("sanctions", "sanctioned").
for (const word of exact) {
  if (formless(word)) continue;
  const near = new Set<string>();
  for (const d of deletions(word, typosAllowed(word))) for (const other of neighbourhood.get(d) ?? []) near.add(other);
  for (const other of [...near].sort()) {
    if (other !== word && !formless(other) && sameWord(word, other) && lostToExactness(word, other)) addPair(word, other);
  }
}
pairs.sort(([a, b], [c, d]) => (a === c ? (b < d ? -1 : 1) : a < c ? -1 : 1));

writeFileSync(
  DEFAULT_WORD_FORM_FILE,
  `# Forms of one word that a search treats as one word (Meilisearch synonyms, each way the typo tolerance does not\n`
  + `# join: indexer/word-forms.ts). Made by scripts/make-word-lists.ts from the lower-case words of ../shared/corpus\n`
  + `# (each form seen ${MIN_COUNT} times or more): the pairs a typo joined until a word of them became exact (data/exact-words.txt).\n`
  + `# Any pair may be added by hand ("coup coups"): each entry costs every search a little. One pair a line: a word, a\n`
  + `# space, another form of it.\n`
  + pairs.map(([a, b]) => `${a} ${b}\n`).join(''),
);
writeFileSync(
  DEFAULT_EXACT_WORD_FILE,
  `# Words searched without typos (Meilisearch's disableOnWords: indexer/exact-words.ts): common words that another common\n`
  + `# word lies a typo away from ("police" and "policy", "president" and "present"). Made by scripts/make-word-lists.ts from\n`
  + `# the words of ../shared/corpus (written in lower case ${COMMON} times or more; the other word seen ${NEIGHBOUR_COUNT} times or more, and at\n`
  + `# least ${NEIGHBOUR_SHARE * 100} % as often), names written with a capital ${COMMON} times or more that such a lower-case word lies a typo\n`
  + `# from ("boeing" and "being"), and places of different countries a typo apart ("iceland" and "ireland").\n`
  + `# One word a line. Edit by hand freely.\n`
  + exact.map((w) => `${w}\n`).join(''),
);
process.stderr.write(`${pairs.length} pairs of forms, ${exact.length} exact words\n`);
