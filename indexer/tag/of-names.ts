import type { Mention } from './mention.js';
import { isFunctionWord } from './actor-names.js';

/**
 * Words a body's name ends with before "of" and what it is of: "Alliance of Sahel States", "Times of Zambia",
 * "Congress of South African Trade Unions", "University of Lagos".
 */
const HEADS = new Set([
  'Alliance', 'Union', 'League', 'Federation', 'Association', 'Organisation', 'Organization', 'Council', 'Community',
  'Confederation', 'Coalition', 'Front', 'Movement', 'Bank', 'Times', 'University', 'Institute', 'Academy', 'Commission',
  'Court', 'Ministry', 'Department', 'Chamber', 'Assembly', 'Congress', 'Church', 'Society', 'Party', 'Fund', 'Agency',
  'Office', 'Board', 'Authority', 'Foundation', 'Bureau', 'Corporation', 'Company', 'Group', 'Club', 'Conference',
  // "Stock Exchange of Hong Kong", "Stock Exchange of Singapore" (rules 39).
  'Exchange',
]);

/**
 * Bodies named "for" what they work for: "People's Alliance for Democracy" (the model kept "Democracy": 8 articles),
 * "Commission for Racial Equality" (tagging rules 39). Fewer heads than for "of", and no "the" after it: "asked
 * Congress for the Contras aid", "the European Union for Latin America" are no names.
 */
const FOR_HEADS = new Set(['Alliance', 'Coalition', 'Commission', 'Council', 'Institute', 'Centre', 'Center', 'Committee', 'Movement', 'Fund', 'Foundation', 'Bank', 'Association', 'Front', 'League', 'Society']);
const FOR_RUN = /^ for (\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,8})/u;

/** A company's legal form ending a name: "Canada Ltd", "America Inc". */
const LEGAL_FORM_AT_END = /\s(?:Inc|Ltd|Corp|Co|LLC|Plc|PLC|Limited|Corporation|SA|AG|NV|BV)\.?$/;

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
export function joinOfNames(text: string, mentions: readonly Mention[], isPlace: (name: string) => boolean = () => false): Mention[] {
  const sorted = withUnitsOfPlaces(text, [...mentions].sort((a, b) => a.start - b.start), isPlace);
  const out: Mention[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    const lastWord = /(\p{Lu}[\p{L}]*)$/u.exec(text.slice(m.start, m.end))?.[1];
    const next = sorted[i + 1];
    const after = text.slice(m.end, m.end + 120);
    const run =
      m.type !== 'ORG' || lastWord === undefined ? null : ((HEADS.has(lastWord) ? OF_RUN.exec(after) : null) ?? (FOR_HEADS.has(lastWord) ? FOR_RUN.exec(after) : null));
    if (run === null || next === undefined) {
      out.push(m);
      continue;
    }
    const runStart = m.end + run[0].length - run[1]!.length;
    const runEnd = runStart + withinSentence(run[1]!).length;
    // The words after "of" must be where the model's next mention starts, and hold it whole. After "for", not an
    // organisation: "TCS Global Development Center for General Motors" is a centre working for a company.
    if (next.start !== runStart || next.end > runEnd || (!run[0].startsWith(' of ') && next.type === 'ORG')) {
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

/** Capitalised words right before " of ": the parent's name of a unit "of" a place ("Aluminum Co of"). */
const PARENT_BEFORE_OF = /(?:^|[^\p{L}\p{N}.&'-])((?:\p{Lu}[\p{L}\p{N}&'.-]*[^\S\n]+){1,5})of[^\S\n]+$/u;

/**
 * A company's unit "of" a place (`isPlace`) with its own legal form is one name, whatever the model read of the
 * parent's words before "of": "Ford Motor Co of Canada Ltd", "Mitsubishi Motor Sales of America Inc", "Aluminum Co of
 * Canada Ltd" after a dateline ("Co" a place, "Aluminum" no name). The model's "Canada Ltd" and "America Inc" had been
 * the actors "Canada" and "America" (16 articles, and 13 more where it misread the parent: tagging rules 39). One ORG
 * from the parent's first capitalised word after any function word ("The"), taking in the mentions inside it. Not a
 * division "of" another company ("Electric Boat Division of General Dynamics Corp"), which stays an actor of its own.
 */
function withUnitsOfPlaces(text: string, sorted: Mention[], isPlace: (name: string) => boolean): Mention[] {
  let out = sorted;
  for (const unit of sorted) {
    const legalForm = LEGAL_FORM_AT_END.exec(text.slice(unit.start, unit.end));
    if (legalForm === null || !isPlace(text.slice(unit.start, unit.start + legalForm.index))) continue;
    const parent = PARENT_BEFORE_OF.exec(text.slice(Math.max(0, unit.start - 80), unit.start));
    if (parent === null) continue;
    const words = [...parent[1]!.matchAll(/\S+/g)];
    const afterFunctionWord = words.findLastIndex((w) => isFunctionWord(w[0])) + 1;
    if (afterFunctionWord >= words.length) continue;
    const start = unit.start - parent[0].length + parent[0].indexOf(parent[1]!) + words[afterFunctionWord]!.index!;
    out = [...out.filter((m) => m.end <= start || m.start >= unit.end), { type: 'ORG' as const, start, end: unit.end }].sort((a, b) => a.start - b.start);
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
