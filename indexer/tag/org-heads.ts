import type { Mention } from './mention.js';

/**
 * Government bodies named by a nationality: "Russian Defense Ministry", "French Foreign Ministry", "Malian Army".
 * The model tags the adjective alone (MISC, as CoNLL does); the body after it is the organisation.
 * `extendOrganisations('the Russian Defense Ministry said', [MISC 4-11])` → `[ORG 4-28]`
 */
const BODY_AFTER = /^(?:\s+[A-Z][\p{L}-]+){0,2}?\s+(?:Ministry|Army|Navy|Air Force|Armed Forces|Government|Parliament|Senate|Embassy|Central Bank|Foreign Office|Defence Ministry|Defense Ministry|Interior Ministry|Coast Guard|National Guard)\b/u;

export function extendOrganisations(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.type !== 'MISC') return m;
    const after = BODY_AFTER.exec(text.slice(m.end, m.end + 60));
    return after ? { type: 'ORG', start: m.start, end: m.end + after[0].length } : m;
  });
}
