import { actorAliases, noActorAliases, withCanonicalActors } from '../../src/search/actor-aliases.js';
import { emptySearch } from '../../src/search/search-state.js';
import { aliasTable, isSearchSynonym } from '../../indexer/tag/aliases.js';

const aliases = actorAliases(aliasTable([
  { canonical: 'International Monetary Fund', kind: 'organisation', aliases: ['IMF'] },
  { canonical: 'Economic Community of West African States', kind: 'organisation', aliases: ['ECOWAS', 'CEDEAO'] },
  { canonical: 'Federal Reserve', kind: 'organisation', aliases: ['Fed', 'Federal Reserve Board', 'US Federal Reserve'] },
  { canonical: 'Organization of the Petroleum Exporting Countries', kind: 'organisation', aliases: ['OPEC'] },
  { canonical: 'George H. W. Bush', kind: 'person', aliases: [], eras: [{ from: '1980-07-16', to: '1993-01-20', names: ['George Bush', 'Bush'] }] },
  { canonical: 'George W. Bush', kind: 'person', aliases: ['George Walker Bush'], eras: [{ from: '1999-06-12', to: '2009-01-20', names: ['George Bush', 'Bush'] }] },
]));

describe('actorAliases', () => {
  test('when a query starts an alias, then the canonical name is matched; case and other words of the alias do not matter', () => {
    expect(aliases.canonicalsMatching('imf')).toEqual(['International Monetary Fund']);
    expect(aliases.canonicalsMatching('ecow')).toEqual(['Economic Community of West African States']);
    expect(aliases.canonicalsMatching('reserve us')).toEqual(['Federal Reserve']);
  });

  test('when a query starts a name the alias file gives two people in different years, then both are offered; in a filter it stays as written', () => {
    expect(aliases.canonicalsMatching('george bu')).toEqual(['George H. W. Bush', 'George W. Bush']);
    expect(aliases.canonicalOf('George Bush')).toBe('George Bush');
    expect(aliases.actorNamedBy('George Bush')).toBeNull();
  });

  test('when a query is an alias that is no search synonym, then it names the actor only as written with a capital', () => {
    const named = actorAliases(aliasTable([
      { canonical: 'Islamic State', kind: 'organisation', aliases: ['IS', 'ISIS'] },
      { canonical: 'Federal Reserve', kind: 'organisation', aliases: ['Fed'] },
    ]), isSearchSynonym);
    expect(named.actorNamedBy('IS')).toBe('Islamic State');
    expect(named.actorNamedBy('Fed')).toBe('Federal Reserve');
    expect(named.actorNamedBy('is')).toBeNull();
    expect(named.actorNamedBy('fed')).toBeNull();
    expect(named.actorNamedBy('isis')).toBe('Islamic State');
  });

  test('when the query is one character, or starts no alias, then nothing is matched', () => {
    expect(aliases.canonicalsMatching('e')).toEqual([]);
    expect(aliases.canonicalsMatching('nato')).toEqual([]);
    expect(noActorAliases.canonicalsMatching('imf')).toEqual([]);
  });
});

describe('canonical actor names', () => {
  test('when a name is an alias in any case or accents, then its canonical name stands for it; other names stay', () => {
    expect(aliases.canonicalOf('imf')).toBe('International Monetary Fund');
    expect(aliases.canonicalOf('Cedeao')).toBe('Economic Community of West African States');
    expect(aliases.canonicalOf('Kofi Annan')).toBe('Kofi Annan');
    // As the tagger resolves it: by the alias table's loose key too (British spelling, no article).
    expect(aliases.canonicalOf('Organisation of Petroleum Exporting Countries')).toBe('Organization of the Petroleum Exporting Countries');
  });

  test('when a search filters by aliases, then it filters by canonical names, once each; an unchanged search is the same object', () => {
    const asked = { ...emptySearch, actors: ['ECOWAS', 'CEDEAO', 'Kofi Annan'], notActors: ['fed'] };
    expect(withCanonicalActors(asked, aliases)).toEqual({ ...asked, actors: ['Economic Community of West African States', 'Kofi Annan'], notActors: ['Federal Reserve'] });
    const plain = { ...emptySearch, actors: ['Kofi Annan'] };
    expect(withCanonicalActors(plain, aliases)).toBe(plain);
  });

  test('when one actor is asked for and left out under two of its names, then it is a 400 that names it', () => {
    const both = { ...emptySearch, actors: ['IMF'], notActors: ['International Monetary Fund'] };
    expect(() => withCanonicalActors(both, aliases)).toThrow(/actor and notActor both name "International Monetary Fund", under two of its names/);
    expect(() => withCanonicalActors({ ...both, notActors: ['World Bank'] }, aliases)).not.toThrow();
  });
});

describe('short forms of long names in queries', () => {
  const table = aliasTable([
    { canonical: 'North Atlantic Treaty Organization', kind: 'organisation', aliases: ['NATO', 'North Atlantic Treaty Organisation'] },
    { canonical: 'Organization of the Petroleum Exporting Countries', kind: 'organisation', aliases: ['OPEC'] },
    { canonical: 'International Monetary Fund', kind: 'organisation', aliases: ['IMF'] },
  ]);
  const short = actorAliases(table, (name) => name.length > 2);

  test('when a query holds a name of four words or more, in any case, then it carries the short form instead', () => {
    expect(short.withShortForms('North Atlantic Treaty Organisation summit')).toBe('NATO summit');
    expect(short.withShortForms('"organization of the petroleum exporting countries" output')).toBe('OPEC output');
    // Inside a longer phrase the name stays: "the NATO summit" would miss the articles that write it in full.
    expect(short.withShortForms('"the North Atlantic Treaty Organization summit"')).toBe('"the North Atlantic Treaty Organization summit"');
  });

  test('when a name has three words or fewer, or the query names none, then it stays as written', () => {
    expect(short.withShortForms('International Monetary Fund loan to Greece')).toBe('International Monetary Fund loan to Greece');
    expect(short.withShortForms('Atlantic treaty talks')).toBe('Atlantic treaty talks');
  });
});

describe('hyphenated names of the alias file in queries', () => {
  const table = aliasTable([{ canonical: 'al-Qaeda', kind: 'organisation', aliases: ['al Qaeda', 'al-Qaida'] }]);
  const aliases = actorAliases(table);

  test('when a query writes a hyphenated alias name, in any case, then it carries spaces, so that the search synonyms apply', () => {
    expect(aliases.withShortForms('al-Qaida cells')).toBe('al Qaida cells');
    expect(aliases.withShortForms('AL-QAEDA')).toBe('AL QAEDA');
  });

  test('when the name is quoted, part of a longer hyphenated word, or not in the alias file, then it stays as written', () => {
    expect(aliases.withShortForms('"al-Qaida" cells')).toBe('"al-Qaida" cells');
    expect(aliases.withShortForms('pro-al-Qaida groups')).toBe('pro-al-Qaida groups');
    expect(aliases.withShortForms('anti-war march')).toBe('anti-war march');
  });
});
