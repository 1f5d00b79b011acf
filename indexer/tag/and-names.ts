import type { Mention } from './mention.js';
import { withoutLegalForm } from './company-suffixes.js';

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
const FAMILY: ReadonlySet<string> = new Set(['Sons', 'Son', 'Brothers']);
/** "and" or "&" right before the second half, on its line. */
const CONNECTOR = /[ \t]+(?:and|&)[ \t]+$/;
/** One to three capitalised words right before an offset ("Cable" of "Cable and Wireless"), on one line. */
const WORDS_BEFORE = /(?<![\p{L}\p{N}'’.&-])(?:\p{Lu}[\p{L}\p{N}&'’.-]*[ \t]+){0,2}\p{Lu}[\p{L}\p{N}&'’-]*$/u;

/**
 * Joins a second half (SECOND_HALVES, with or without a legal form) to what stands before its "and": the mention that
 * ends there, or the capitalised words the model left untagged ("Cable"). A second half with nothing of the kind
 * before it ("savings and Loan Association") is no name and goes. Any other "and" stays two names: "Exxon and Mobil".
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
    const half = withoutLegalForm(text.slice(m.start, m.end)).trim();
    if (!SECOND_HALVES.has(half)) {
      out.push(m);
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
    // After a person only a family firm's "Sons" or "Brothers": "George Shultz and Commerce Secretary…" is two.
    const joins = previous?.type === 'ORG' || previous?.type === 'MISC' || (previous?.type === 'PER' && FAMILY.has(half));
    if (previous !== undefined && previous.end === joinAt) {
      if (joins) out[out.length - 1] = { type: 'ORG', start: previous.start, end: m.end };
      else out.push(m);
      continue;
    }
    const words = WORDS_BEFORE.exec(lineBefore.slice(0, lineBefore.length - connector[0].length));
    if (words !== null && (previous === undefined || previous.end <= joinAt - words[0].length)) {
      out.push({ type: 'ORG', start: joinAt - words[0].length, end: m.end });
    }
    // Else a second half after a word in lower case: no name.
  }
  return out;
}
