import type { Mention } from './mention.js';
import { FORM } from './company-suffixes.js';

/**
 * What Reuters writes in angle brackets on one line, no bracket inside: a company ("<Crowley Maritime Corp>") or a
 * ticker ("<VOLV ST>"). Only a name with a letter in lower case is taken: a ticker has none, nor does a headline's
 * company in capitals, which wire-title.ts reads.
 */
const BRACKETED = /<([^<>\n]{2,120})>/g;
/** Initials after a dash at the end of a bracketed name: " - IRI" of "<Istituto per la Ricostruzione Industriale - IRI>". */
const INITIALS_AFTER = /[ \t]+[-–][ \t]+(\p{Lu}{2,8})[ \t]*$/u;
/**
 * Legal forms at the end of a bracketed name: the tagger's (company-suffixes.ts), and those of banks and firms abroad
 * that the wire writes there and that list does not hold ("<Citibank NA>", "<Gulf International Bank BSC>", "<Teck
 * Hock and Co (Pte) Ltd>"): off the name, so that it is the firm's name as the text writes it elsewhere ("Citibank"),
 * with the "and" they leave.
 */
const LEGAL_TAIL = new RegExp(
  String.raw`(?:[ \t]+(?:and|&))?(?:(?:[ \t]*,)?[ \t]+(?:${FORM}|\((?:Pte|Pty|Private)\)|(?:Limited|S\.p\.A|S\.P\.A|A\.G|NA|N\.A|BSC|B\.S\.C|Bhd|Berhad|Sdn|Pte|Pty|Sarl|SARL|KK|K\.K|AB|ASA|Oy|Oyj|Ltda|SE|AS|A\/S)\.?))+[ \t,;.]*$`,
);

/**
 * A company the wire marks with angle brackets is one organisation, whatever pieces the model made of it: it read
 * "<Banque Commerciale pour l'Europe du Nord>" as a bank and a person "Nord", "<Maserati>" as a person, and
 * "<Compagnie Generale Constructions Telephoniques>" as a company and a person "Telephoniques" (an audit of the
 * Reuters bench file: of 854 one-word "people" in its articles, 46 were such pieces). The names, organisations and other names inside
 * the brackets give way to one organisation spanning what the brackets hold; places inside stay, for the country
 * tagger ("<Banque Paribas (Luxembourg)>"), and leave the company's mention as it is. A bracket the model found no
 * name in is left alone: the bracket tells which words are one name, not that they name an actor.
 *
 * `bracketedCompanies('15 pct of <Maserati>, which', [PER 11-19])` → `[ORG 11-19]`
 * `bracketedCompanies('<Banque Commerciale pour l'Europe du Nord> and', [ORG 1-19, PER 37-41])` → `[ORG 1-41]`
 */
export function bracketedCompanies(text: string, mentions: readonly Mention[]): Mention[] {
  if (!text.includes('<')) return [...mentions];
  // Each company's name, and the whole of its brackets: the model's pieces of a legal form go too ("Pte").
  const companies: { name: Mention; also: Mention[]; from: number; to: number }[] = [];
  for (const match of text.matchAll(BRACKETED)) {
    const name = match[1]!;
    if (!/\p{Ll}/u.test(name)) continue;
    const leading = name.length - name.trimStart().length;
    const start = match.index + 1 + leading;
    // "<Banca Nazionale del Lavoro - BNL>": the name, and its initials as a name of their own (mergeAcronyms joins them).
    const initials = INITIALS_AFTER.exec(name);
    const named = initials === null ? name : name.slice(0, initials.index);
    const end = match.index + 1 + named.length - (LEGAL_TAIL.exec(named)?.[0].length ?? named.length - named.trimEnd().length);
    if (start >= end) continue;
    const initialsAt = initials === null ? -1 : match.index + 1 + initials.index + initials[0].indexOf(initials[1]!);
    const also: Mention[] = initials === null ? [] : [{ type: 'ORG', start: initialsAt, end: initialsAt + initials[1]!.length }];
    companies.push({ name: { type: 'ORG', start, end }, also, from: match.index + 1, to: match.index + 1 + name.length });
  }
  if (companies.length === 0) return [...mentions];
  const within = (m: Mention): (typeof companies)[number] | undefined => companies.find((c) => m.start < c.to && c.from < m.end);
  const out: Mention[] = [];
  const taken = new Set<(typeof companies)[number]>();
  for (const m of mentions) {
    const company = m.type === 'LOC' ? undefined : within(m);
    if (company === undefined) {
      out.push(m);
      continue;
    }
    // A span that reaches into the brackets from a name before them keeps its part before them.
    const open = company.from - 1;
    if (m.start < open) {
      const end = trimEnd(text, m.start, open);
      if (end > m.start) out.push({ type: m.type, start: m.start, end });
    }
    if (!taken.has(company)) {
      taken.add(company);
      out.push(company.name, ...company.also);
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Where `text.slice(start, end)` ends without its trailing white space. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/**
 * Whether `text.slice(start, end)` is a company's name in the wire's brackets written with its legal form, which
 * bracketedCompanies left out of the span: "<Goldman, Sachs and Co>" is written with one, like "Goldman Sachs Inc"
 * (actors.ts then drops the old commas between partners and counts the name a company's own).
 *
 * `isBracketedWithLegalForm('<Goldman, Sachs and Co>', 1, 15)` → true
 */
export function isBracketedWithLegalForm(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== '<') return false;
  const close = text.indexOf('>', end);
  if (close < 0 || close - end > 40) return false;
  const tail = text.slice(end, close);
  return tail.trim() !== '' && LEGAL_TAIL.exec(tail)?.[0].length === tail.length;
}
