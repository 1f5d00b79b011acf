import type { AliasTable } from './aliases.js';
import { isPlaceName } from './actor-names.js';
import type { Mention } from './mention.js';

/**
 * Bare surnames the model left untagged, found in the text itself: the model reads "Bush" alone as the common word
 * (a black-box review: 219 of 723 bare "Bush" in articles tagged George W. Bush linked nothing, and a 2005 story of
 * "President Bush" throughout, "Bush signs historic Schiavo bill", named no Bush at all; "a conversation between Bush
 * and Tony Blair" did not name both). Two kinds of word are looked for, as written (case matters):
 *
 * - the surname of a person the model found in full in the article ("George W. Bush … Bush said");
 * - a one-word name the alias file's eras give a person on the story's day ("Bush" in 2005, `day`), which then
 *   resolves as a surname the model found would (canonicalActors: by a title before it, the article's full names,
 *   the era).
 *
 * A word that touches another capitalised word is part of another name ("Laura Bush", "Bush Administration") and is
 * left to the model; so is a word of the language opening a sentence ("Young people…" beside "Andrew Young") unless a
 * verb of a person or a possessive follows it ("Bush said"), and a place's name ("Jordan", "Paris"), which the country
 * tagger reads.
 *
 * `withSurnameMentions('George W. Bush spoke. Later Bush left.', [PER 0-14])` → `[PER 0-14, PER 28-32]`
 */
export function withSurnameMentions(text: string, mentions: readonly Mention[], options: SurnameOptions = {}): Mention[] {
  const wanted = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const words = text.slice(m.start, m.end).replace(/['’]s?$/u, '').split(/\s+/u);
    if (words.length < 2) continue;
    // (A regnal number or a generation is no surname: "Benigno Aquino III" is an Aquino.)
    const last = words.length > 2 && AFTER_SURNAME.test(words.at(-1)!) ? words.at(-2)! : words.at(-1)!;
    if (SURNAME.test(last)) wanted.add(last);
  }
  if (options.aliases !== undefined && options.day !== undefined) for (const name of eraSurnamesOn(options.aliases, options.day)) wanted.add(name);
  for (const name of wanted) if (isPlaceName(name)) wanted.delete(name);
  if (wanted.size === 0) return [...mentions];
  const found: Mention[] = [];
  // indexOf per name, not one pattern of them all: a regular expression compiled for every article cost 15 % of the
  // tagger (a CPU profile of bench/tag-bench.ts).
  for (const name of wanted) {
    for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + 1)) {
      const end = start + name.length;
      if (!standsAlone(text, start, end)) continue;
      if (mentions.some((m) => m.start < end && start < m.end)) continue;
      if (touchesAnotherName(text, start, end)) continue;
      if (options.isCommonWord?.(name) === true && opensSentence(text, start) && !ACTING_AFTER.test(text.slice(end, end + 12))) continue;
      found.push({ type: 'PER', start, end });
    }
  }
  if (found.length === 0) return [...mentions];
  return [...mentions, ...found].sort((a, b) => a.start - b.start);
}

/** Whether `start..end` is a word of its own: no letter, figure or joining mark against it; a possessive after it. */
function standsAlone(text: string, start: number, end: number): boolean {
  if (start > 0 && /[\p{L}\p{N}'’.&-]/u.test(text[start - 1]!)) return false;
  const after = text[end];
  if (after === undefined) return true;
  if (after === "'" || after === '’') return text[end + 1] === 's' && !/[\p{L}\p{N}]/u.test(text[end + 2] ?? ' ');
  return !/[\p{L}\p{N}&-]/u.test(after);
}

export interface SurnameOptions {
  aliases?: AliasTable | undefined;
  /** The story's publication day (ISO), for the alias file's eras. */
  day?: string | undefined;
  /** Whether a word is mostly written in lower case: such a word opening a sentence is no surname. */
  isCommonWord?: ((word: string) => boolean) | undefined;
}

/** A surname as a pattern may hold it: a capital, then letters, an apostrophe or a hyphen ("O'Neill", "Smith-Jones"). */
const SURNAME = /^\p{Lu}[\p{L}'’-]*\p{Ll}$/u;
/** What may follow a surname in a full name: a regnal number or a generation. */
const AFTER_SURNAME = /^(?:[IVX]+|Jr\.?|Sr\.?)$/;

/**
 * Capitalised words that may stand right before a surname without being part of another name: titles, and words that
 * open sentences.
 */
const BEFORE_A_SURNAME = new RegExp(
  '^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord|Madame|President|Vice|Premier|Minister|Chancellor|Secretary|Senator|Sen|Rep|'
  + 'Representative|Governor|Gov|Mayor|General|Gen|Judge|Justice|Chairman|King|Queen|Prince|Pope|Ambassador|Speaker|'
  + 'Leader|Candidate|Nominee|Commissioner|Director|Professor|Prof|The|A|An|In|At|By|For|From|On|To|With|And|But|Or|'
  + 'Of|As|If|When|While|After|Before|Since|Under|Both|Then|That|Asked|Said|Says|Told|Meanwhile|However|Later|Also)\\.?$',
);

/** Whether the word at `start..end` is written against another capitalised word ("Laura Bush", "Bush Administration"). */
function touchesAnotherName(text: string, start: number, end: number): boolean {
  const before = /(\p{Lu}[\p{L}.'’-]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  // (A word that ends a sentence does not touch it: "on Monday. Bush said"; an initial does, "George W. Bush".)
  if (before !== undefined && !BEFORE_A_SURNAME.test(before) && !/^\p{Lu}\p{Ll}+\.$/u.test(before)) return true;
  return /^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3));
}

/** What a person's surname opening a sentence is followed by, where a word of the language is not: "Bush said", "Bush's". */
const ACTING_AFTER = /^(?:['’]s\b|,|\s+(?:said|says|told|added|asked|has|had|is|was|will|would|could|did|does|signed|met|spoke|called|urged|warned|announced|wants|wanted|declined|denied)\b)/u;

/** Whether `start` opens a sentence, a paragraph or the text. */
function opensSentence(text: string, start: number): boolean {
  return /(?:^|[.!?:;"“”]|\n)[ \t]*$/u.test(text.slice(Math.max(0, start - 4), start));
}

/** Per table, its one-word era names as written, with the days each means its person ("Bush", 1999-06-12..2009-01-20). */
const eraSurnames = new WeakMap<AliasTable, { name: string; from: string; to: string }[]>();

/** The one-word names of the alias file's eras that mean someone on `day`: `eraSurnamesOn(table, '2005-03-21')` → `['Bush', …]` */
function eraSurnamesOn(aliases: AliasTable, day: string): string[] {
  let all = eraSurnames.get(aliases);
  if (all === undefined) {
    all = aliases.entries.flatMap((entry) => (entry.kind !== 'person' ? [] : (entry.eras ?? []).flatMap((era) => era.names.filter((n) => SURNAME.test(n)).map((name) => ({ name, from: era.from, to: era.to })))));
    eraSurnames.set(aliases, all);
  }
  return all.filter((e) => e.from <= day && day <= e.to).map((e) => e.name);
}
