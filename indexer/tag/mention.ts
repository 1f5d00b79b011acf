/**
 * A span of text that a recogniser found, in JavaScript string indices of the text it was given
 * (`text.slice(start, end)` is the surface form). Types follow the CoNLL-2003 convention.
 */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface Mention {
  type: EntityType;
  start: number;
  end: number;
}
