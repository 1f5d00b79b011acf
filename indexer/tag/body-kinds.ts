/**
 * Words that name a kind of body rather than one body: "Bank", "Commission", "Council". Alone as an organisation, such
 * a word is a longer name the model cut ("the Commission" of "European Commission"), and before a cut name's last
 * word it is part of that name. Folded (lower case).
 */
export const BODY_KINDS: readonly string[] = [
  'bank', 'commission', 'board', 'union', 'council', 'committee', 'ministry', 'department', 'agency', 'fund', 'group',
  'company', 'exchange', 'court', 'party', 'authority', 'corporation', 'association', 'organisation', 'organization',
  'office', 'institute', 'federation', 'government', 'administration', 'bureau', 'secretariat', 'assembly', 'chamber',
  'national', 'federal', 'united', 'central', 'international',
];

/**
 * Last words that end an organisation's name and no person's: "Kaupthing Bank", "Wikimedia Foundation", "Tiger
 * Airways", "Thames Valley Police", which the model read as people (250 articles' tags in the bench corpus, tagging
 * rules 60).
 * Not the words people are also called ("Church", "Court", "Banks"). Folded (lower case).
 */
export const ORGANISATION_LAST_WORDS: ReadonlySet<string> = new Set([
  'bank', 'party', 'ministry', 'council', 'commission', 'committee', 'agency', 'authority', 'association', 'corporation',
  'company', 'university', 'institute', 'foundation', 'federation', 'airlines', 'airways', 'bureau', 'department', 'group',
  'union', 'organisation', 'organization', 'fund', 'trust', 'police', 'society', 'hospital', 'school', 'college',
  'network', 'service', 'services', 'office', 'league', 'coalition', 'alliance',
]);

/**
 * Whether a name ends with a word only organisations end with, capitalised, or is one: "the Foundation" is the
 * article's Elton John AIDS Foundation, which a person of that name had been.
 * `endsAsOrganisation('Kaupthing Bank')` → `true`; `endsAsOrganisation('Foundation')` → `true`; `endsAsOrganisation('Desmond Church')` → `false`;
 * `endsAsOrganisation('Landsbanki')` → `true`; `endsAsOrganisation('Chris Eubank')` → `false`
 */
export function endsAsOrganisation(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return /^\p{Lu}\p{Ll}/u.test(last) && (ORGANISATION_LAST_WORDS.has(last.toLowerCase()) || NORDIC_BANK.test(last));
}

/**
 * A bank in one Nordic word, "bank" with its article: "Landsbanki", "Landsbankinn", "Handelsbanken", "Nordbanken",
 * which the model read as people (tagging rules 62). Not a word that merely ends in "bank": "Eubank", "Fairbank" are
 * people.
 */
const NORDIC_BANK = /\p{Ll}bank(?:i|inn|en)$/u;
