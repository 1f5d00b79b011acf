/**
 * Meilisearch reads at most 10 words of a query and silently ignores the rest (a hard limit: docs, "Known
 * limitations"); a word it splits in two ("pro-Syrian") counts twice. A pasted sentence then searched for its first
 * ten words only, and a `-word` at the end excluded nothing, with no sign of it on the page or in the API.
 */
export const MAX_QUERY_WORDS = 10;

/** A part of a query as Meilisearch reads it: a phrase in quotes, an excluded word or phrase, a word. */
interface Part {
  text: string;
  excluded: boolean;
  words: number;
}

const wordCount = (text: string): number => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '').length;
/** The words of a quoted phrase, as written: `phraseWords('"price war"')` → `['price', 'war']` */
const phraseWords = (phrase: string): string[] => phrase.replace(/"/g, ' ').split(/\s+/).filter((w) => w !== '');

/** `parts('oil -"price war" Iraq')` → `oil`, `-"price war"` (excluded, 2 words), `Iraq` */
function parts(q: string): Part[] {
  const found: Part[] = [];
  for (const m of q.matchAll(/(-?)"([^"]*)"?|(\S+)/g)) {
    const excluded = m[1] === '-' || (m[3] ?? '').startsWith('-');
    const words = wordCount(m[2] ?? m[3] ?? '');
    if (words > 0) found.push({ text: m[0], excluded, words });
  }
  return found;
}

/**
 * The query Meilisearch should get, and what of it goes beyond its 10 words. Within the limit the query goes as it
 * is. Beyond it, exclusions come first (a `-word` is a promise the results keep), then the words and phrases in the
 * order written, as many as fit; the rest is named back to the user rather than dropped unseen.
 *
 * `withinWordLimit('a b c d e f g h i j k -Iraq')` → `{ q: '-Iraq a b c d e f g h i', ignored: ['j', 'k'] }`
 * `withinWordLimit('coup Niger')` → `{ q: 'coup Niger', ignored: [] }`
 */
export function withinWordLimit(q: string): { q: string; ignored: string[] } {
  const all = parts(q);
  if (all.reduce((n, p) => n + p.words, 0) <= MAX_QUERY_WORDS) return { q, ignored: [] };
  const kept: Part[] = [];
  const ignored: string[] = [];
  let words = 0;
  for (const p of [...all.filter((x) => x.excluded), ...all.filter((x) => !x.excluded)]) {
    if (words + p.words <= MAX_QUERY_WORDS) {
      kept.push(p);
      words += p.words;
    } else if (kept.length === 0 && !p.excluded && p.text.startsWith('"')) {
      // A quoted phrase longer than the limit is searched for its first words, never dropped whole (a pasted quote
      // of eleven words searched for nothing and listed every article).
      const fit = phraseWords(p.text).slice(0, MAX_QUERY_WORDS - words);
      kept.push({ text: `"${fit.join(' ')}"`, excluded: false, words: fit.length });
      words += fit.length;
      ignored.push(phraseWords(p.text).slice(fit.length).join(' '));
    } else ignored.push(p.text);
  }
  return { q: kept.map((p) => p.text).join(' '), ignored };
}

/**
 * A possessive is the name: Meilisearch reads "Blair's" as the words "blair" and "s", so it found only the passages
 * writing "Blair's" (69 articles where 87 name Blair). Inside quotes a phrase stays as written.
 *
 * `withoutPossessives("Blair's government")` → `'Blair government'`; `withoutPossessives('"Blair\'s government"')` → unchanged
 */
export function withoutPossessives(q: string): string {
  if (!/['’]s/.test(q)) return q;
  return q
    .split(/("[^"]*"?)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?<=\p{L})['’]s(?![\p{L}\p{N}])/gu, '')))
    .join('');
}
