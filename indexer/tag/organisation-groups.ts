import { canonicalSpelling, type Group } from './actor-group.js';
import { isNotAnActorName } from './not-actors.js';
import { BODY_KINDS, ORGANISATION_LAST_WORDS } from './body-kinds.js';

// How the organisations of one article resolve into each other: short forms, generic words, cut names, acronyms (actors.ts).

/**
 * The key of the one organisation of the article whose name starts with the folded `word` ("inland" → "Inland Steel
 * Industries"); none when several do ("ford" beside "Ford Motor" and "Ford Motor Credit"): which one is meant is
 * not known. (fold turns "Moody's" into "moody s", so a possessive's first word is the word itself.)
 */
export function onlyOrganisationOpenedBy(word: string, groups: Map<string, Group>, except?: string): string | undefined {
  let only: string | undefined;
  for (const [key, g] of groups) {
    if (key === except || g.kind !== 'organisation' || ![...g.folded].some((n) => n.startsWith(`${word} `))) continue;
    if (only !== undefined) return undefined;
    only = key;
  }
  return only;
}

/** Bodies whose one word is their name, not the short form of a committee: "House" is not "House Banking Committee". */
export const NAMED_ALONE: ReadonlySet<string> = new Set(['house', 'senate', 'congress', 'parliament', 'cabinet', 'treasury', 'pentagon', 'kremlin', 'white', 'ec', 'eu', 'un']);

/**
 * A one-word organisation that opens the name of a longer one of the same article is that one, as news writes a firm
 * in full once and short after: "Salomon Brothers Inc… Salomon said", "Moody's Investors Service… Moody's said". Only
 * when exactly one organisation of the article opens with the word ("Ford" stays itself beside "Ford Motor" and "Ford
 * Motor Credit"), and not for a name written with its legal form, which is a company of its own ("Boeing Co" is not
 * "Boeing Commercial Airplane"), nor for bodies whose one word is their name.
 */
export function resolveShortOrganisations(groups: Map<string, Group>, legalNames: ReadonlySet<string>): void {
  for (const [key, g] of groups) {
    if (g.kind !== 'organisation' || g.canonical !== undefined || !key.startsWith('organisation:')) continue;
    const word = key.slice('organisation:'.length);
    if (word.includes(' ') || NAMED_ALONE.has(word) || legalNames.has(word)) continue;
    const opened = onlyOrganisationOpenedBy(word, groups, key);
    if (opened === undefined) continue;
    groups.get(opened)!.mentions.push(...g.mentions);
    groups.delete(key);
  }
}

/**
 * One-word organisations that only name a kind of body: "the Bank said", "the Commission", "the Board", or the
 * leftover word of a name the model cut ("National"). In a news article such a word refers back to the body named in
 * full ("Bank of Japan"), so it joins the organisation of the article whose name holds the word (the most mentioned,
 * when several do); with none there it names nobody in particular and is left out. Before, "Bank", "Commission" and
 * "Board" were among the commonest actors of the Reuters files (docs/TAGGING.md).
 */
const GENERIC_BODIES: ReadonlySet<string> = new Set([
  ...BODY_KINDS,
  // The last word of a company's name, alone where the model cut the name ("Health Management Associates" →
  // "Associates" 14 articles, "General Electric" → "Electric" 13, of the bench files at rules 50): rules 51.
  'airlines', 'associates', 'affiliates', 'bancorp', 'bankers', 'electric', 'petroleum', 'holdings',
  'enterprises', 'industries', 'motors', 'savings', 'chemical', 'chemicals',
]);

/**
 * A department's field before its head's title, the model having cut the title off: "Defense" of "Defense Secretary
 * Caspar Weinberger", "Commerce" of "Commerce Secretary Malcolm Baldrige". Such a word joins only a department or
 * ministry ("Commerce Department"), not any name that holds it ("Energy Transfer Partners").
 */
const DEPARTMENT_FIELDS: ReadonlySet<string> = new Set([
  'defense', 'defence', 'commerce', 'agriculture', 'interior', 'justice', 'transportation', 'transport', 'education',
  'health', 'energy', 'finance', 'economy',
]);

const DEPARTMENT = /\b(?:department|dept|ministry|secretariat)\b/;

export function resolveGenericOrganisations(groups: Map<string, Group>): void {
  for (const [key, g] of groups) {
    if (g.kind !== 'organisation' || g.canonical !== undefined || !key.startsWith('organisation:')) continue;
    const word = key.slice('organisation:'.length);
    const field = DEPARTMENT_FIELDS.has(word);
    if (!field && !GENERIC_BODIES.has(word)) continue;
    let best: Group | undefined;
    for (const [otherKey, other] of groups) {
      if (otherKey === key || other.kind !== 'organisation') continue;
      const holds = [...other.folded].some((n) => n.split(' ').includes(word) && n !== word && (!field || DEPARTMENT.test(n)));
      if (holds && (best === undefined || other.mentions.length > best.mentions.length)) best = other;
    }
    best?.mentions.push(...g.mentions);
    groups.delete(key);
  }
}

/**
 * A one-word organisation that is a word of the language and ends the name of another organisation of the article is
 * that one, the model having cut its name: "Data" of "Nuclear Data", "Technology" of "Storage Technology" (the most
 * mentioned, when several end with it). With none, it stays: "Power" may be all the article names. Not the bodies of
 * NAMED_ALONE.
 */
export function resolveCutOrganisations(groups: Map<string, Group>, isCommonWord: (word: string) => boolean): void {
  for (const [key, g] of groups) {
    if (g.kind !== 'organisation' || g.canonical !== undefined || !key.startsWith('organisation:')) continue;
    const word = key.slice('organisation:'.length);
    // Not a body whose one word is its name: "House" is not "White House".
    // (A word the lexicon finds rare is a name of its own, but not one only organisations end with: "the Foundation".)
    if (word.includes(' ') || NAMED_ALONE.has(word) || !(isCommonWord(word) || ORGANISATION_LAST_WORDS.has(word))) continue;
    let best: Group | undefined;
    for (const [otherKey, other] of groups) {
      if (otherKey === key || other.kind !== 'organisation') continue;
      const ends = [...other.folded].some((n) => n.endsWith(` ${word}`));
      if (ends && (best === undefined || other.mentions.length > best.mentions.length)) best = other;
    }
    if (best === undefined) continue;
    best.mentions.push(...g.mentions);
    groups.delete(key);
  }
}

/**
 * An acronym joins the organisation of the article it stands for: the one whose initials it spells ("ECOWAS" of
 * "Economic Community of West African States"), or, whatever its letters, the one written right before it in
 * brackets: "Revolutionary Armed Forces of Colombia (FARC)", whose Spanish initials no English name spells (a review
 * found both values on the same article). An acronym of a name that names no actor (`notActors`, spans of `text`:
 * "International Natural Rubber Agreement (INRA)") names none either, and goes.
 */
export function mergeAcronyms(groups: Map<string, Group>, text = '', notActors: readonly { name: string; end: number }[] = []): void {
  // Where each organisation's mentions end, for "Name (ACRONYM)".
  const endingAt = new Map<number, Group>();
  for (const g of groups.values()) if (g.kind === 'organisation') for (const m of g.mentions) endingAt.set(m.end, g);
  for (const [acronymKey, acronym] of groups) {
    const spelling = canonicalSpelling(acronym);
    if (acronym.kind !== 'organisation' || !/^[A-Z]{2,8}$/.test(spelling)) continue;
    const bracketedAfter = (m: { start: number; end: number }): number | undefined => (text[m.start - 1] === '(' && text[m.end] === ')' ? endBefore(text, m.start - 1) : undefined);
    if (notActors.some((n) => spellsInitials(n.name, spelling) || acronym.mentions.some((m) => bracketedAfter(m) === n.end))) {
      groups.delete(acronymKey);
      continue;
    }
    const bracketed = acronym.mentions.map((m) => { const end = bracketedAfter(m); return end === undefined ? undefined : endingAt.get(end); }).find((g) => g !== undefined && g !== acronym);
    if (bracketed !== undefined) {
      bracketed.mentions.push(...acronym.mentions);
      groups.delete(acronymKey);
      continue;
    }
    for (const [key, g] of groups) {
      if (key === acronymKey || g.kind !== 'organisation') continue;
      if (spellsInitials(canonicalSpelling(g), spelling)) {
        g.mentions.push(...acronym.mentions);
        groups.delete(acronymKey);
        break;
      }
    }
  }
}

/**
 * Whether `acronym` spells the initials of `name`'s words, or of its capitalised words alone:
 * `spellsInitials('Economic Community of West African States', 'ECOWAS')` → true (with "of"'s "O").
 */
function spellsInitials(name: string, acronym: string): boolean {
  const words = name.split(/[\s-]+/).filter((w) => w !== '');
  const initials = words.map((w) => w[0]!.toUpperCase()).join('');
  const significant = words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials === acronym || significant === acronym;
}

/**
 * An organisation that starts a name of the article that names no actor (`notActors`), and is written only where it
 * starts another such name, goes: it was the model's piece of "the Paris agreement" and "the Paris accord" beside
 * "the Paris Agreement" (5 articles), which merged into the whole name while that was an actor. Written otherwise
 * even once ("Conrail shares" beside the "Conrail Privatization Act"), it stays.
 * `dropPiecesOfNotActors('the Paris Agreement… the Paris accord', {Paris: [22-27]}, [{ name: 'Paris Agreement' }, { name: 'Paris Accord' }])` → {}
 */
export function dropPiecesOfNotActors(text: string, groups: Map<string, Group>, notActors: readonly { name: string }[]): void {
  if (notActors.length === 0) return;
  for (const [key, g] of groups) {
    if (g.kind !== 'organisation' || g.canonical !== undefined) continue;
    const name = canonicalSpelling(g);
    if (!notActors.some((n) => n.name.startsWith(`${name} `))) continue;
    const piece = (m: { start: number; end: number }): boolean => {
      const next = /^\s+(\p{L}+)/u.exec(text.slice(m.end, m.end + 40))?.[1];
      return next !== undefined && isNotAnActorName(`${text.slice(m.start, m.end)} ${next[0]!.toUpperCase()}${next.slice(1)}`);
    };
    if (g.mentions.every(piece)) groups.delete(key);
  }
}

/** Where the text before `at` ends once white space is skipped: `endBefore('Forces  (', 8)` → 6. */
function endBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}
