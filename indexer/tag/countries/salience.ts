/**
 * Salience of a country in one article.
 *
 * Why these signals: a country in the headline or the dateline is what the story is about;
 * the lead (first two sentences) states the news; later mentions add evidence with
 * diminishing returns (the tenth "Niger" says less than the second). A country named
 * outright counts more than one only implied by a demonym, capital or city.
 *
 *   raw = 3.0 · [in title] + 2.5 · [in dateline] + 1.5 · [in lead]
 *       + log2(1 + Σ over body mentions of kindWeight)
 *   kindWeight: name/abbrev 1.0, demonym/capital/institution 0.7, city/subdivision/stateAbbrev 0.5
 *   (title and lead bonuses are scaled by the best kindWeight found there; a dateline is not)
 *   salience = raw / (raw + 2), in (0, 1): 0.6 for a title-only country, 0.33 for one name
 *   in the last paragraph, 0.23 for one city mention there.
 *
 * Example: title "Niger junta meets Russia", France named once in the last paragraph →
 *   NE 0.60, RU 0.60, FR 0.33.
 */

import type { EntryKind } from './gazetteer-types.js';

export type Field = 'text' | 'title' | 'dateline';

export interface MentionEvidence {
  field: Field;
  kind: EntryKind;
  /** True when the mention lies in the lead (first two sentences of the text). */
  inLead: boolean;
}

export function kindWeight(kind: EntryKind): number {
  switch (kind) {
    case 'name':
    case 'abbrev':
      return 1;
    case 'demonym':
    case 'capital':
    case 'institution':
      return 0.7;
    default:
      return 0.5;
  }
}

/** Combine the evidence for one country into a salience in (0, 1) (formula in the module comment). */
export function salience(evidence: readonly MentionEvidence[]): number {
  let title = 0;
  let dateline = 0;
  let lead = 0;
  let body = 0;
  for (const e of evidence) {
    const w = kindWeight(e.kind);
    if (e.field === 'title') title = Math.max(title, w);
    else if (e.field === 'dateline') dateline = 1; // a dateline city is the norm: not scaled
    else {
      body += w;
      if (e.inLead) lead = Math.max(lead, w);
    }
  }
  const raw = 3 * title + 2.5 * dateline + 1.5 * lead + Math.log2(1 + body);
  return raw / (raw + 2);
}
