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
