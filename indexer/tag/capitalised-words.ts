import type { AliasTable } from './aliases.js';
import type { Surface } from './actor-group.js';

// Capitalised words of the language that open sentences, read by the model as names (actors.ts).

/** Institutions a sentence often opens with whose names are also common words ("Congress voted…", "a party congress"). */
const INSTITUTIONS: ReadonlySet<string> = new Set(['Congress', 'Senate', 'House', 'Parliament', 'Treasury', 'Cabinet', 'Government']);

/**
 * A one-word organisation that the article capitalises only where any word would be (a sentence's or paragraph's
 * first word, after a dateline's dash) and writes in lower case elsewhere is a common word, not an actor: "Tariffs
 * rose…" with "tariffs" further on, "Industry sources said" with "the industry". A model trained on CoNLL-2003 reads
 * such sentence-initial nouns as organisations (in the bench corpus: "Electric", "News", "Internet", "Aviation", 35
 * values in 65 articles). Names of the alias file stay. Removes them from `surfaces` in place.
 */
export function dropCapitalisedCommonWords(text: string, surfaces: Surface[], aliases?: AliasTable): void {
  const names = new Map<string, boolean>();
  for (const s of surfaces) {
    if (s.kind !== 'organisation' || !/^\p{Lu}\p{Ll}+$/u.test(s.name)) continue;
    names.set(s.name, (names.get(s.name) ?? true) && startsSentence(text, s.start));
  }
  const common = new Set<string>();
  for (const [name, onlyAtStarts] of names) {
    if (!onlyAtStarts || INSTITUTIONS.has(name) || aliases?.lookup(name) !== undefined) continue;
    if (writesInLowerCase(text, name)) common.add(name);
  }
  // Some wire copy is all lower case bar each sentence's first letter ("…company petroleos de venezuela (pdvsa).
  // Pdvsa last april…"): there every name is also written in lower case, and nothing can be told.
  if (common.size === 0 || isLowerCasedCopy(text)) return;
  const kept = surfaces.filter((s) => !(s.kind === 'organisation' && common.has(s.name)));
  surfaces.splice(0, surfaces.length, ...kept);
}

/**
 * Whether the text writes `word` in lower case as a word of running text: not inside a web or e-mail address
 * ("pdvsa.com", "/putin-visit"). (The plain search first: this runs for every article, the regex only where the word
 * is there at all.) `writesInLowerCase('the currency fell', 'Currency')` → true
 */
function writesInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  return text.includes(lower) && new RegExp(`(?<![\\p{L}\\p{N}/.@_-])${lower}(?![\\p{L}\\p{N}/@_-])`, 'u').test(text);
}

/** Copy with hardly a capital inside its sentences: fewer than one word in 200 capitalised after a lower-case word. */
function isLowerCasedCopy(text: string): boolean {
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  const inner = text.match(/\p{Ll},? \p{Lu}/gu)?.length ?? 0;
  return inner * 200 < words;
}

/** Whether `start` begins a sentence: only opening quotes or brackets between it and a line start, `.`, `!`, `?`, `:` or a dash after a space. */
function startsSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[\s"'“‘(\[]/.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  if (i < 0) return true;
  const c = text[i]!;
  if (c === '.' || c === '!' || c === '?' || c === ':') return true;
  return (c === '-' || c === '–' || c === '—') && i > 0 && /\s/.test(text[i - 1]!);
}
