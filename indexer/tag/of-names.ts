import type { Mention } from './mention.js';

/**
 * Words a body's name ends with before "of" and what it is of: "Alliance of Sahel States", "Times of Zambia",
 * "Congress of South African Trade Unions", "University of Lagos".
 */
const HEADS = new Set([
  'Alliance', 'Union', 'League', 'Federation', 'Association', 'Organisation', 'Organization', 'Council', 'Community',
  'Confederation', 'Coalition', 'Front', 'Movement', 'Bank', 'Times', 'University', 'Institute', 'Academy', 'Commission',
  'Court', 'Ministry', 'Department', 'Chamber', 'Assembly', 'Congress', 'Church', 'Society', 'Party', 'Fund', 'Agency',
  'Office', 'Board', 'Authority', 'Foundation', 'Bureau', 'Corporation', 'Company', 'Group', 'Club', 'Conference',
]);

/** " of " or " of the ", then capitalised words: what the body is of (not over "and": another name may follow). */
const OF_RUN = /^ of (?:the )?(\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,8})/u;

/**
 * The model cuts names of the shape "<body> of <name>" at the "of", and reads the two halves apart: "Alliance" and
 * "Sahel States" (a person, even), "Times" and Zambia (a place). An organisation that ends with a body's word
 * (HEADS) right before "of", followed by capitalised words that start a mention of the model, is one organisation
 * with them: "Alliance of Sahel States", "Times of Zambia". The mentions it swallows go; the country tagger still
 * reads "Zambia" as a place on its own.
 *
 * `joinOfNames('formed the Alliance of Sahel States in 2023', [ORG Alliance, ORG Sahel States])`
 *   → `[ORG 'Alliance of Sahel States']`
 */
export function joinOfNames(text: string, mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    const lastWord = /(\p{Lu}[\p{L}]*)$/u.exec(text.slice(m.start, m.end))?.[1];
    const run = m.type === 'ORG' && lastWord !== undefined && HEADS.has(lastWord) ? OF_RUN.exec(text.slice(m.end, m.end + 120)) : null;
    const next = sorted[i + 1];
    if (run === null || next === undefined) {
      out.push(m);
      continue;
    }
    const runStart = m.end + run[0].length - run[1]!.length;
    const runEnd = runStart + withinSentence(run[1]!).length;
    // The words after "of" must be where the model's next mention starts, and hold it whole.
    if (next.start !== runStart || next.end > runEnd) {
      out.push(m);
      continue;
    }
    // Untagged capitalised words after that mention belong to the name ("Congress of South African Trade Unions"),
    // unless the model reads another name further on in the run: then the name ends with the mention.
    const following = sorted[i + 2];
    const end = following !== undefined && following.start < runEnd ? next.end : runEnd;
    out.push({ type: 'ORG', start: m.start, end });
    i++;
  }
  return out;
}

/**
 * The words of a run up to the end of its sentence: a full stop after a word of four letters or more ends it
 * ("Board of Public Utilities. The …"), one after an abbreviation or an initial does not ("U.S.", "Co.", "W.").
 * `withinSentence('South African Trade Unions. The Board')` → `'South African Trade Unions'`
 */
function withinSentence(run: string): string {
  const stop = /\p{L}{4}\./u.exec(run);
  return stop === null ? run : run.slice(0, stop.index + stop[0].length - 1);
}
