import type { AliasTable } from './aliases.js';
import { withoutLegalForm } from './company-suffixes.js';
import type { Mention } from './mention.js';

/**
 * Names of the alias file found in the text itself, where the model split or missed them: "Standard and Poor's"
 * was an organisation "Standard" (91 articles) and another "Poor" (113) in the Reuters and Wikinews files. Only names of more than one word, and
 * codes of capitals and a number ("G7", "G-7": the model read them as miscellany or not at all), are looked for, as
 * written (case matters), so that "IS", "UN" or "Wagner" are still only taken where the model tags them; a found name
 * replaces the model's mentions it overlaps, unless one of them holds it and more.
 *
 * `withAliasMentions("Standard and Poor's Corp said", [ORG 13-17 "Poor"], table)` → `[ORG 0-24 "Standard and Poor's Corp"]`
 * when the table lists "Standard and Poor's Corp".
 */
export function withAliasMentions(text: string, mentions: readonly Mention[], aliases: AliasTable | undefined): Mention[] {
  const pattern = aliases === undefined ? null : namesPattern(aliases);
  if (pattern === null) return [...mentions];
  let found: Mention[] = [];
  pattern.lastIndex = 0;
  const indexes: Mention[] = [];
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    // "Standard and Poor's 500 stock index" names an index, not the agency: neither it nor the model's pieces of it.
    if (AN_INDEX_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) {
      indexes.push({ type: 'ORG', start: m.index, end: m.index + m[0].length });
      continue;
    }
    const entry = aliases!.lookup(m[0]);
    // Part of a longer name the model did not tag whole: "New York State Department of Health" holds "State
    // Department", which is then no name of the table's (a code review of tagging rules 27 found it). Organisations
    // only: before a person's name stands a title ("President Luiz Inácio Lula da Silva").
    if (entry?.kind === 'organisation' && insideLongerName(text, m.index, m.index + m[0].length)) continue;
    if (entry !== undefined) found.push({ type: entry.kind === 'person' ? 'PER' : 'ORG', start: m.index, end: m.index + m[0].length });
  }
  // A longer name of the model's that reaches past one of the table is more specific: "United Nations Security
  // Council", "Federal Reserve Bank of New York" stay whole (a legal form or a possessive after it does not count).
  found = found.filter((f) => !mentions.some((m) => m.start < f.end && f.start < m.end && reachesPast(text, m, f)));
  if (found.length === 0 && indexes.length === 0) return [...mentions];
  const covered = [...found, ...indexes];
  const kept = mentions.filter((m) => !covered.some((f) => m.start < f.end && f.start < m.end));
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}

/** Words that may stand capitalised right before a name without being part of it (a sentence's first word). */
const OPENING_WORDS = /^(?:The|A|An|In|At|By|For|From|On|To|With|And|But|Or|Of|As|If|When|While|After|Before|Since|Under|Both|Former|Then)$/;

/**
 * Whether `start..end` of `text` is inside a longer capitalised name: right after a capitalised word that opens no
 * sentence and is no possessive ("York State Department"), or right before "of" or "for" and a capital ("State
 * Department of Health"). `insideLongerName('New York State Department of Health', 9, 25)` → true;
 * `insideLongerName('The State Department said', 4, 20)` → false
 */
function insideLongerName(text: string, start: number, end: number): boolean {
  const before = /(\p{Lu}[\p{L}.&-]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  // (A country's name before a federal body's is no longer name: "the United States Labor Department".)
  if (before !== undefined && !OPENING_WORDS.test(before) && !/^(?:States|U\.S\.|US|USA|American|Federal)$/.test(before)) return true;
  return /^[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?\p{Lu}/u.test(text.slice(end, end + 30));
}

/** After a name, what makes it the name of a market index ("S&P 500", "Standard and Poor's 100 index"). */
const AN_INDEX_AFTER = /^(?:['’]s)?[ \t]+(?:\d|index\b|stock index\b|composite\b|futures\b)/i;

/**
 * Whether the model's mention `m` holds more than the table's name `f` around it: words before it, or after it more
 * than a legal form and a possessive ("Standard and Poor's Corp" holds "Standard and Poor's" and nothing more).
 */
function reachesPast(text: string, m: Mention, f: Mention): boolean {
  if (text.slice(m.start, f.start).trim() !== '') return true;
  if (m.end <= f.end) return false;
  return withoutLegalForm(text.slice(f.start, m.end)).replace(/['’]s$/, '') !== text.slice(f.start, f.end).replace(/['’]s$/, '');
}

const patterns = new WeakMap<AliasTable, RegExp | null>();

/** A name that is a code of capitals and a number: `G7`, `G-7`, `G20` (not `F-16`-like words of the text: only the table's). */
const CODE_NAME = /^\p{Lu}{1,3}-?\d{1,3}$/u;

/**
 * One pattern of the names of more than one word and the code names in the table, longest first, whole words only;
 * built once a table.
 */
function namesPattern(aliases: AliasTable): RegExp | null {
  let pattern = patterns.get(aliases);
  if (pattern !== undefined) return pattern;
  const names = aliases.entries
    .flatMap((e) => [e.canonical, ...e.aliases])
    // Names of more than one word, starting with a capital ("the United Nations" would start a match at "the"), and codes.
    .filter((n) => (/\s|&/.test(n.trim()) && /^[\p{Lu}\p{N}]/u.test(n.trim())) || CODE_NAME.test(n.trim()))
    .sort((a, b) => b.length - a.length)
    .map((n) => n.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  pattern = names.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  patterns.set(aliases, pattern);
  return pattern;
}
