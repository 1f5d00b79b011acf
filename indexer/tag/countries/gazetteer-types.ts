/**
 * Shared types of the country gazetteer.
 *
 * `kind` says how a name points at a country; it sets the default case rule and the weight
 * of a mention in salience (a country named outright weighs more than one implied by a city).
 */
export type EntryKind =
  | 'name' // "Niger", "Republic of Niger", "Burma"
  | 'abbrev' // "U.S.", "UK", "USSR" (matched with exact case)
  | 'demonym' // "Nigerien", "Russians", "Soviet"
  | 'capital' // "Niamey", "Peking"
  | 'city' // "Lagos", "New York"
  | 'subdivision' // "Texas", "Ontario" (a state or province that implies its country)
  | 'stateAbbrev' // "Calif.", "Nev." (only after "<Place>,", see ambiguity.ts)
  | 'institution' // "Kremlin", "Wall Street"
  | 'block'; // phrase that must not tag anything ("Latin America", "guinea pig")

/**
 * How the surface must be cased to match:
 * - 'exact': every token exactly as in the entry ("US" matches "US", not "us" or "Us");
 * - 'cap': tokens capitalised in the entry must be capitalised in the text ("Chad" not "chad");
 * - 'any': case-insensitive (blockers such as "guinea pig").
 */
export type CaseRule = 'exact' | 'cap' | 'any';

export interface GazetteerEntry {
  /** Canonical surface as written in the source list, e.g. "U.S.". */
  surface: string;
  /** Folded surface tokens (original case), used by the case check. */
  tokens: string[];
  /** ISO 3166-1 alpha-2, or null for a blocker. */
  code: string | null;
  kind: EntryKind;
  caseRule: CaseRule;
}
