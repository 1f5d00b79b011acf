import { actorAliases, noActorAliases } from '../../src/search/actor-aliases.js';

const aliases = actorAliases([
  { canonical: 'International Monetary Fund', aliases: ['IMF'] },
  { canonical: 'Economic Community of West African States', aliases: ['ECOWAS', 'CEDEAO'] },
  { canonical: 'Federal Reserve', aliases: ['Fed', 'Federal Reserve Board', 'US Federal Reserve'] },
]);

describe('actorAliases', () => {
  test('when a query starts an alias, then the canonical name is matched; case and other words of the alias do not matter', () => {
    expect(aliases.canonicalsMatching('imf')).toEqual(['International Monetary Fund']);
    expect(aliases.canonicalsMatching('ecow')).toEqual(['Economic Community of West African States']);
    expect(aliases.canonicalsMatching('reserve us')).toEqual(['Federal Reserve']);
  });

  test('when the query is one character, or starts no alias, then nothing is matched', () => {
    expect(aliases.canonicalsMatching('e')).toEqual([]);
    expect(aliases.canonicalsMatching('nato')).toEqual([]);
    expect(noActorAliases.canonicalsMatching('imf')).toEqual([]);
  });
});
