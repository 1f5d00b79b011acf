import { countryCodeByName } from '../../src/search/country-names.js';
import { fold } from '../../src/text/fold.js';
import type { Surface } from './actor-group.js';
import type { AliasTable } from './aliases.js';
import { isFunctionWord } from './actor-names.js';
import { MONTH_NAMES, oneOf, WEEKDAY_NAMES } from '../../src/text/calendar-words.js';

// Spans the model ran on past a person's name, read against the article's other people (actors.ts; tagging rules 48).

const WEEKDAY_OR_MONTH = new RegExp(`^(?:${oneOf(WEEKDAY_NAMES)}|${oneOf(MONTH_NAMES)})$`);

/** The article's people's names of one word, folded: one-word people as written, and the last word of every longer name. */
function personWords(surfaces: readonly Surface[]): Set<string> {
  const words = new Set<string>();
  for (const s of surfaces) if (s.kind === 'person') words.add(fold(s.name.slice(s.name.lastIndexOf(' ') + 1)));
  return words;
}

/** The article's people named in full, folded, and the last words of those names ("donald rumsfeld", "rumsfeld"). */
function fullNames(surfaces: readonly Surface[]): Set<string> {
  const names = new Set<string>();
  for (const s of surfaces) {
    if (s.kind !== 'person' || !s.name.includes(' ')) continue;
    const folded = fold(s.name);
    names.add(folded);
    names.add(folded.slice(folded.lastIndexOf(' ') + 1));
  }
  return names;
}

/**
 * A person's span that opens with the name of another person of the article and runs on over words no name holds is
 * that person: "Reagan Iran" (of "REAGAN IRAN SPEECH…"; the alias file's one Reagan), and in a headline written in
 * title case "Rumsfeld Skips Munich Security Conference" (beside "Donald Rumsfeld") or "George W. Bush Has Intuition".
 * The opening words must be a full name of the article, its surname, or a surname the alias file gives one person.
 * What follows must open with a country's name, a weekday or a month after a surname (a company's name may end with
 * its country: "Aerospace Industries Malaysia"); or, in the headline (from `titleFrom` on), open with a word such as
 * "Has" after a full name, or hold two words of the language after a surname ("Kim Young Sam" beside
 * another "Kim" stays whole). In running text the model seldom runs into words of the language, and there the names
 * it reads as people's are often companies' or places' ("Midland Montagu Capital Markets", "Palo Verde Nuclear
 * Generating Station"). The long span had been a person of its own, and the article's "Rumsfeld said" could join it.
 * Changes `surfaces` in place.
 *
 * `cutRunOnPeople([Donald Rumsfeld, Rumsfeld Skips Munich Security Conference (title)], …)` → the second is "Rumsfeld"
 */
export function cutRunOnPeople(surfaces: Surface[], options: { isCommonWord?: (word: string) => boolean; aliases?: AliasTable; titleFrom?: number }): void {
  let names: Set<string> | undefined;
  for (const s of surfaces) {
    if (s.kind !== 'person') continue;
    const words = s.name.split(' ');
    if (words.length < 2) continue;
    names ??= fullNames(surfaces);
    const inTitle = options.titleFrom !== undefined && s.start >= options.titleFrom;
    // The longest opening words that name a person of the article (not the span itself: its own last word is in
    // `names` only as another name's).
    for (let n = words.length - 1; n >= 1; n--) {
      const head = fold(words.slice(0, n).join(' '));
      const known = names.has(head) ? !(n === 1 && isOwnLastWordOnly(surfaces, s, head)) : n === 1 && options.aliases?.personBySurname(head) !== undefined;
      if (!known) continue;
      const next = words[n]!;
      // (After a surname only: a company's name may end with its country, "Aerospace Industries Malaysia".)
      let cut = n === 1 && (WEEKDAY_OR_MONTH.test(next) || countryCodeByName(next) !== undefined);
      if (!cut && inTitle) {
        if (n > 1) cut = isFunctionWord(next);
        else cut = words.slice(n).filter((w) => options.isCommonWord?.(w) === true).length >= 2;
      }
      if (cut) {
        const name = words.slice(0, n).join(' ');
        s.name = name;
        s.end = s.start + name.length;
      }
      break;
    }
  }
}

/** Whether the only full name ending with `word` is the span `s` itself. */
function isOwnLastWordOnly(surfaces: readonly Surface[], s: Surface, word: string): boolean {
  for (const o of surfaces) {
    if (o === s || o.kind !== 'person' || !o.name.includes(' ')) continue;
    if (fold(o.name.slice(o.name.lastIndexOf(' ') + 1)) === word || fold(o.name) === word) return false;
  }
  return true;
}

/** Words of a name that are no names of their own ("Carlos Alberto de Almeida", "Mohammed Sabah Al Salem Al Sabah"). */
const NAME_PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ten', 'ter', 'y', 'e', 'bin', 'bint', 'ibn', 'al', 'el', 'abu', 'ben']);
/**
 * The most words a person's name holds, particles aside. The longest names of the bench corpus hold six ("Syed Zainal
 * Abidin Syed Mohamed Tahir").
 */
const MOST_NAME_WORDS = 8;

/**
 * A "person" of more than eight names is a list of people written without commas: Wikinews' lists of a letter's
 * signatories, one a line in the wiki, reach the text as "Rafael Hernández Manuel López Oliva Santiago Pujol …" (23
 * names), and the model reads the list as one name. Where the people start and end cannot be told, so the span is
 * dropped, not filed as a person no one is (a black-box review, tagging rules 67). Changes `surfaces` in place.
 *
 * `dropListsOfPeople([Rafael Hernández Manuel López Oliva Santiago Pujol Aurelio Alonso Tejada (person)])` → `[]`
 */
export function dropListsOfPeople(surfaces: Surface[]): void {
  for (let i = surfaces.length - 1; i >= 0; i--) {
    const s = surfaces[i]!;
    if (s.kind !== 'person') continue;
    const names = s.name.split(' ').filter((w) => !NAME_PARTICLES.has(w.toLowerCase()));
    if (names.length > MOST_NAME_WORDS) surfaces.splice(i, 1);
  }
}

/**
 * An "organisation" of two names joined by a lower-case "and", each of them a person of the article ("both Bush and
 * Ahmadinejad" of a headline, beside "President Bush" and "President Ahmadinejad"), is those two people. The article's
 * "Bush" had joined the organisation. A firm named for its partners ("Bausch and Lomb") stays one, unless the article
 * names both as people. Changes `surfaces` in place.
 */
export function splitPairsOfPeople(surfaces: Surface[]): void {
  let words: Set<string> | undefined;
  for (let i = 0; i < surfaces.length; i++) {
    const s = surfaces[i]!;
    if (s.kind !== 'organisation') continue;
    const and = s.name.indexOf(' and ');
    if (and < 0) continue;
    const first = s.name.slice(0, and);
    const second = s.name.slice(and + 5);
    if (first.includes(' ') || second.includes(' ') || fold(first) === fold(second)) continue;
    words ??= personWords(surfaces);
    if (!words.has(fold(first)) || !words.has(fold(second))) continue;
    surfaces.splice(
      i,
      1,
      { name: first, kind: 'person', start: s.start, end: s.start + first.length },
      { name: second, kind: 'person', start: s.end - second.length, end: s.end },
    );
    i++;
  }
}

/**
 * An "organisation" that is countries' names before a person's name of two or three words, whose surname the article
 * gives a person: "USA United States Barack Obama stated Monday" (a Wikinews infobox's labels run into the lead, beside
 * "US president Obama") is Barack Obama. A body named for its country ("United States Postal Service") ends with no
 * person's surname of the article, and no name holds a word such as "Is" ("Turkiye Is Bankasi" is a bank). Changes
 * `surfaces` in place.
 */
export function peopleAfterCountries(surfaces: Surface[]): void {
  let words: Set<string> | undefined;
  for (const s of surfaces) {
    if (s.kind !== 'organisation') continue;
    const parts = s.name.split(' ');
    if (parts.length < 3) continue;
    let i = 0;
    // Countries' names of up to three words, one after another.
    while (i < parts.length) {
      let j = Math.min(parts.length, i + 3);
      while (j > i && countryCodeByName(parts.slice(i, j).join(' ')) === undefined) j--;
      if (j === i) break;
      i = j;
    }
    const rest = parts.length - i;
    if (i === 0 || rest < 2 || rest > 3 || !parts.slice(i).every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isFunctionWord(w))) continue;
    words ??= personWords(surfaces);
    if (!words.has(fold(parts[parts.length - 1]!))) continue;
    const name = parts.slice(i).join(' ');
    s.kind = 'person';
    s.start = s.end - name.length;
    s.name = name;
  }
}
