import type { Mention } from './mention.js';
import { isFunctionWord } from './actor-names.js';

/**
 * Government bodies named by a nationality: "Russian Defense Ministry", "French Foreign Ministry", "Malian Army".
 * The model tags the adjective alone (MISC, as CoNLL does); the body after it is the organisation.
 */
const BODY_AFTER = /^(?:[^\S\n]+[A-Z][\p{L}-]+){0,2}?[^\S\n]+(?:Ministry|Army|Navy|Air Force|Armed Forces|Government|Parliament|Senate|Embassy|Central Bank|Foreign Office|Defence Ministry|Defense Ministry|Interior Ministry|Coast Guard|National Guard)\b/u;

/**
 * Other organisations named with a nationality: "Brazilian Coffee Institute", "Australian Wheat Board", "Canadian
 * Imperial Bank". One to three capitalised words between the adjective and a word that ends an organisation's name.
 * (Neither crosses a line: a headline's last word is no nationality of the text's first name.)
 */
const NAME_AFTER = /^((?:[^\S\n]+[A-Z][\p{L}-]+){1,3}?)[^\S\n]+(?:Board|Institute|Authority|Commission|Council|Association|Federation|Confederation|Corporation|Company|Agency|Bureau|Organisation|Organization|Office|Society|Exchange|Bank|Foundation|Institution|League|Administration|Service|Union|Party|Committee)\b/u;

/**
 * Where the model read a nationality (MISC) and left the organisation it names cut or unread, one ORG over both:
 * - a body every government has, always: `extendOrganisations('the Russian Defense Ministry said', [MISC 4-11])` →
 *   `[ORG 4-28]`;
 * - another organisation, when the model missed some word of its name (it read "Australian Wheat Board" as MISC
 *   "Australian" and ORG "Board", and "Brazilian Coffee Institute" as "Brazilian" alone: 11 and 16 Reuters articles
 *   lost the actor): `extendOrganisations('the Australian Wheat Board said', [MISC 4-14, ORG 21-26])` → `[ORG 4-26]`.
 *   A model's mention that starts inside the name and runs past it is taken in ("Canadian Imperial Bank of
 *   Commerce"). Where the model read the words after the adjective as a name of their own ("Japanese" + "Fair
 *   Trade Commission"), its reading stands: the adjective may only describe it.
 */
export function extendOrganisations(text: string, mentions: readonly Mention[]): Mention[] {
  const result: Mention[] = [];
  let skipUntil = -1;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.start < skipUntil) continue;
    if (m.type !== 'MISC') {
      result.push(m);
      continue;
    }
    const following = text.slice(m.end, m.end + 80);
    const body = BODY_AFTER.exec(following);
    if (body) {
      result.push({ type: 'ORG', start: m.start, end: m.end + body[0].length });
      continue;
    }
    const name = NAME_AFTER.exec(following);
    const words = name?.[1]!.trim().split(/\s+/) ?? [];
    if (name === null || words.some(isFunctionWord)) {
      result.push(m);
      continue;
    }
    let end = m.end + name[0].length;
    const firstWord = m.end + name[1]!.length - name[1]!.trimStart().length;
    // The model's own reading of the words after the adjective, whole: it stands.
    const next = mentions[k + 1];
    if (next !== undefined && next.start === firstWord && next.end >= end) {
      result.push(m);
      continue;
    }
    let last = k;
    for (let j = k + 1; j < mentions.length && mentions[j]!.start < end; j++) {
      end = Math.max(end, mentions[j]!.end);
      last = j;
    }
    result.push({ type: 'ORG', start: m.start, end });
    skipUntil = last === k ? -1 : mentions[last]!.end;
  }
  return result;
}
