import type { Mention } from './mention.js';
import { endsWithLegalForm, withoutLegalForm } from './company-suffixes.js';

/**
 * Words that, alone after "and" or "&", end the name of one body rather than name another: the model splits
 * "Cable and Wireless", "Rochester Gas and Electric Co", "Ministry of International Trade and Industry", "Alex. Brown
 * and Sons Inc", "Valley Federal Savings and Loan Association" at the "and" and tags the second half as an
 * organisation of its own. "Wireless" (39 articles), "Industry" (31), "Electric", "Power", "Sons", "Loan
 * Association" (41) were among the commonest actors of the bench index.
 */
const SECOND_HALVES: ReadonlySet<string> = new Set([
  'Industry', 'Trade', 'Commerce', 'Technology', 'Development', 'Electric', 'Power', 'Light', 'Gas', 'Water', 'Steel',
  'Mines', 'Wireless', 'Sons', 'Son', 'Brothers', 'Loan', 'Loan Association', 'Loan Associations', 'Exchange', 'Trust',
]);

/**
 * A second half: one of SECOND_HALVES, or any half a thrift's "Savings and Loan" starts ("Loan Insurance Corp" of
 * the "Federal Savings and Loan Insurance Corp", "Loan Association of the Rockies"): rules 63, where "Federal Savings"
 * was the actor of 9 articles of the bench index.
 *
 * `isSecondHalf('Loan Association of the Rockies')` → true; `isSecondHalf('Mobil')` → false
 */
const isSecondHalf = (half: string): boolean => SECOND_HALVES.has(half) || /^Loans? \p{Lu}/u.test(half);
/** Second halves that, after a person, start a government title of their own ("George Shultz and Commerce Secretary"). */
const DEPARTMENTS: ReadonlySet<string> = new Set(['Industry', 'Trade', 'Commerce', 'Technology', 'Development']);
/** "and" or "&" right before the second half, on its line. */
const CONNECTOR = /[ \t]+(?:and|&)[ \t]+$/;
/** One to three capitalised words right before an offset ("Cable" of "Cable and Wireless"), on one line. */
const WORDS_BEFORE = /(?<![\p{L}\p{N}'’.&-])(?:\p{Lu}[\p{L}\p{N}&'’.-]*[ \t]+){0,2}\p{Lu}[\p{L}\p{N}&'’-]*$/u;

/**
 * Joins a second half (SECOND_HALVES, with or without a legal form) to what stands before its "and": the mention that
 * (an organisation or a MISC) ends there, or the capitalised words before it, a mention they reach into included
 * ("Cable", "Pacific Gas"). After a person, all but a government department ("and Commerce") join. A second half with
 * no capitalised word before it ("savings and Loan Association") is no name and goes. Any other "and" stays two
 * names: "Exxon and Mobil". Then linkToBody.
 *
 * `joinAndNames('Cable and Wireless PLC said', [ORG 10-22])` → `[ORG 0-22]`
 * `joinAndNames('the savings and Loan Association failures', [ORG 16-32])` → `[]`
 */
export function joinAndNames(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== 'ORG' && m.type !== 'PER') {
      out.push(m);
      continue;
    }
    const whole = spelledByAcronym(text, m, out.at(-1));
    if (whole !== undefined) {
      if (out.at(-1)?.end !== undefined && out.at(-1)!.end > whole.start) out.pop();
      out.push(whole);
      continue;
    }
    const surface = text.slice(m.start, m.end);
    const half = withoutLegalForm(surface).trim();
    if (!isSecondHalf(half) && !isOneWordCompany(surface, half)) {
      out.push(m);
      // The model's own "Trade and Development" after "United Nations Conference on": the same name.
      if (/[ \t](?:and|&)[ \t]/.test(half)) linkToBody(text, out);
      continue;
    }
    const lineBefore = text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start);
    const connector = CONNECTOR.exec(lineBefore);
    if (connector === null) {
      out.push(m);
      continue;
    }
    const joinAt = m.start - connector[0].length;
    const previous = out.at(-1);
    // After a person, not a government department: "George Shultz and Commerce Secretary…" is two. Any other half
    // makes the "person" a company the model mistyped: "Orbit Oil and Gas Ltd", "Bozrah Light and Power Co".
    // A first name with its own legal form is a company of its own: "Shearson Lehman Brothers Inc and PaineWebber Inc".
    // (Not after a place either: "between Saudi Arabia and Texaco Inc" is two, if "Gulf and Western Inc" is one.)
    // Before a one-word company, so is a bank "of" a place: "First National Bank of Minneapolis and Salomon Inc" (but
    // "Ministry of International Trade and Industry" is one).
    const complete = previous !== undefined && isWholeCompany(text.slice(previous.start, previous.end), !isSecondHalf(half));
    // A one-word company the words before "and" do not name (after "<GM>" or "Co,") is a company of its own.
    const keep = (): void => {
      if (!isSecondHalf(half)) out.push(m);
    };
    const joins = !complete && (previous?.type === 'ORG' || previous?.type === 'MISC' || (previous?.type === 'PER' && !DEPARTMENTS.has(half)));
    if (previous !== undefined && previous.end === joinAt) {
      if (joins) out[out.length - 1] = { type: 'ORG', start: previous.start, end: m.end };
      else out.push(m);
      linkToBody(text, out);
      continue;
    }
    const words = WORDS_BEFORE.exec(lineBefore.slice(0, lineBefore.length - connector[0].length));
    if (words === null) {
      keep(); // After a word in lower case, a figure or a period: no name.
      continue;
    }
    // Not a word that opens a sentence ("But Cable and Wireless"), nor a possessive and what comes before it
    // ("Britain's Cable and Wireless").
    const opener = /^(?:.*['’]s[ \t]+|(?:The|But|And|A|An|In|At|On|For|With|By|Of|To|From|Its|His|Her|Their|This|That)[ \t]+)?/.exec(words[0])![0].length;
    const start = joinAt - words[0].length + opener;
    if (start >= joinAt || (complete && previous!.end > start)) {
      keep();
      continue;
    }
    if (previous !== undefined && previous.end > start) {
      // The words reach into the mention before ("Pacific" of "Pacific Gas and Electric", tagged as a place): one name.
      out[out.length - 1] = { type: 'ORG', start: Math.min(previous.start, start), end: m.end };
    } else {
      out.push({ type: 'ORG', start, end: m.end });
    }
    linkToBody(text, out);
  }
  return out;
}

/** An acronym in brackets right after a name: "(JEM)". */
const BRACKETED_ACRONYM = /^[ \t]*\(([A-Z]{2,8})\)/;

/**
 * A name followed by its acronym in brackets starts where the acronym says: "Justice and Equality Movement (JEM)",
 * "Australian Competition and Consumer Commission (ACCC)", which the model cuts at "and" into two names, and
 * "American Petroleum Institute (API)", whose first word it reads as a people's (tagging rules 60). The name is taken
 * back over the capitalised words before it (over an "and" too) as far as its acronym's first letter; an acronym that
 * spells no such name ("Socialism and Freedom Party (PSOL)", Portuguese initials) changes nothing.
 *
 * `spelledByAcronym('the Justice and Equality Movement (JEM)', ORG 20-37)` → `ORG 4-37`
 * `spelledByAcronym('the American Petroleum Institute (API)', ORG 13-32)` → `ORG 4-32`
 */
function spelledByAcronym(text: string, m: Mention, previous: Mention | undefined): Mention | undefined {
  const acronym = BRACKETED_ACRONYM.exec(text.slice(m.end, m.end + 12))?.[1];
  if (acronym === undefined || initials(text.slice(m.start, m.end)) === acronym) return undefined;
  const lineBefore = text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start);
  const gap = CONNECTOR.exec(lineBefore)?.[0] ?? /[ \t]+$/.exec(lineBefore)?.[0];
  if (gap === undefined) return undefined;
  const joinAt = m.start - gap.length;
  const words = WORDS_BEFORE.exec(lineBefore.slice(0, lineBefore.length - gap.length));
  const starts = [
    ...(previous !== undefined && previous.end === joinAt ? [previous.start] : []),
    ...(words === null ? [] : [...words[0].matchAll(/\S+/g)].map((w) => joinAt - words[0].length + w.index)),
  ];
  const start = starts.find((at) => initials(text.slice(at, m.end)) === acronym);
  return start === undefined ? undefined : { type: 'ORG', start, end: m.end };
}

/** The first letters of a name's capitalised words: `initials('Justice and Equality Movement')` → `'JEM'`. */
function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** A company's whole name: with its legal form ("Exxon Corp"), or, with `ofPlace`, a body of a place ("Bank of Minneapolis"). */
function isWholeCompany(name: string, ofPlace: boolean): boolean {
  return endsWithLegalForm(name) || (ofPlace && /[ \t]of[ \t]/.test(name));
}

/**
 * One capitalised word and its legal form ("Telegraph Co", "Gamble Co", "Dubilier Inc"): after "and", the second name of
 * a firm, not a company of its own. Reuters names a company of a list with its own legal form ("Ford Motor Co and
 * Chrysler Corp"); of the names "X and Y" + legal form in its first part, the commonest are all one firm ("American
 * Telephone and Telegraph Co" 18, "Cable and Wireless Plc" 13, "Goodyear Tire and Rubber Co" 4).
 */
function isOneWordCompany(surface: string, half: string): boolean {
  return half !== surface.trim() && /^\p{Lu}[\p{L}'’-]+$/u.test(half);
}

/**
 * A name of two fields joined by "and" that an organisation's name continues over "of", "on" or "for" is the rest of
 * it: "United Nations Conference" + " on " + "Trade and Development" → one organisation. Acts on the last two mentions
 * of `out`.
 *
 * `linkToBody('United Nations Conference on Trade and Development', [ORG 0-25, ORG 29-50])` → `[ORG 0-50]`
 */
function linkToBody(text: string, out: Mention[]): void {
  const joined = out.at(-1)!;
  const body = out.at(-2);
  if (joined.type !== 'ORG' || body?.type !== 'ORG' || !/^[ \t]+(?:of|on|for)[ \t]+$/.test(text.slice(body.end, joined.start))) return;
  out.splice(-2, 2, { type: 'ORG', start: body.start, end: joined.end });
}
