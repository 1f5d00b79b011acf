import type { ActorTag } from '../../../indexer/tag/actors.js';
import { defaultTagger } from '../../../indexer/tag/default-tagger.js';
import { bodyName, fallbackCountry, qualifyNationalBodies, type Place } from '../../../indexer/tag/national-bodies.js';

/** Every occurrence of `surface` in `text`, as mentions. */
const spans = (text: string, surface: string) => [...text.matchAll(new RegExp(surface.replace(/[.]/g, '\\.'), 'g'))].map((m) => ({ start: m.index, end: m.index + surface.length }));
const org = (text: string, name: string, ...surfaces: string[]): ActorTag => ({
  name,
  kind: 'organisation',
  mentions: surfaces.flatMap((s) => spans(text, s)).sort((a, b) => a.start - b.start),
});
const place = (text: string, surface: string, code: string, name: string, kind: Place['kind'] = 'name', nth = 0): Place => {
  const at = spans(text, surface)[nth]!;
  return { ...at, code, name, kind };
};
const names = (actors: ActorTag[]) => actors.map((a) => `${a.name} ×${a.mentions.length}`).sort();

describe('bodyName', () => {
  test('when a name is a body every country has, then it reads in one form whatever the wording', () => {
    expect(bodyName('the Finance Ministry')).toBe('Finance Ministry');
    expect(bodyName('Ministry of Finance')).toBe('Finance Ministry');
    expect(bodyName('the ministry of foreign affairs')).toBe('Foreign Ministry');
    expect(bodyName('CENTRAL BANK')).toBe('Central Bank');
  });

  test('when a name is one country\'s own body, then it is no such body', () => {
    expect(bodyName('Bank of Japan')).toBeUndefined();
    expect(bodyName('Federal Reserve')).toBeUndefined();
    expect(bodyName('Texas Supreme Court')).toBeUndefined();
  });
});

describe('qualifyNationalBodies', () => {
  test('when the text names the country before the body, then the body is that country\'s, and so is the bare mention after it', () => {
    const text = "Japan's Finance Ministry said the yen was stable. The Finance Ministry added nothing.";
    const actors = [org(text, 'Finance Ministry', 'Finance Ministry')];
    expect(names(qualifyNationalBodies(text, actors, [place(text, 'Japan', 'JP', 'Japan')]))).toEqual(['Finance Ministry (Japan) ×2']);
  });

  test('when an actor\'s other mentions name no body by themselves ("the Bank"), then they go with its body (tagging rules 39)', () => {
    const text = 'The Turkish Central Bank set rates. The Bank said so.';
    const actors = [{ ...org(text, 'Turkish Central Bank', 'Turkish Central Bank'), mentions: [spans(text, 'Turkish Central Bank')[0]!, spans(text, 'Bank')[1]!] }];
    expect(names(qualifyNationalBodies(text, actors, [place(text, 'Turkish', 'TR', 'Turkey', 'demonym')]))).toEqual(['Central Bank (Turkey) ×2']);
  });

  test('when one article writes "U.S. Senate" and "the Senate", then both are one value', () => {
    const text = 'The U.S. Senate voted. Later the Senate adjourned.';
    const actors = [org(text, 'U.S. Senate', 'U.S. Senate'), { ...org(text, 'Senate', 'Senate'), mentions: [spans(text, 'Senate')[1]!] }];
    expect(names(qualifyNationalBodies(text, actors, [place(text, 'U.S.', 'US', 'United States', 'abbrev')]))).toEqual(['Senate (United States) ×2']);
  });

  test('when the country stands in brackets before the body ("the (U.S.) Congress"), then it is the country of the body', () => {
    const text = 'Japan is seen badly in the (U.S.) Congress.';
    const actors = [org(text, 'Congress', 'Congress')];
    const places = [place(text, 'Japan', 'JP', 'Japan'), place(text, 'U.S.', 'US', 'United States', 'abbrev')];
    expect(names(qualifyNationalBodies(text, actors, places, { fallback: () => 'Japan' }))).toEqual(['Congress (United States) ×1']);
  });

  test('when the country comes after "of", then it is the country of the body ("Central Bank of Nigeria")', () => {
    const text = 'The Central Bank of Nigeria raised rates.';
    const actors = [org(text, 'Central Bank of Nigeria', 'Central Bank of Nigeria')];
    expect(names(qualifyNationalBodies(text, actors, [place(text, 'Nigeria', 'NG', 'Nigeria')]))).toEqual(['Central Bank (Nigeria) ×1']);
  });

  test('when two countries\' ministries are named, then each bare mention belongs to the one named last before it', () => {
    const text = "Brazil's Finance Ministry met. The Finance Ministry said yes. Japan's Finance Ministry said no. The Finance Ministry left.";
    const actors = [org(text, 'Finance Ministry', 'Finance Ministry')];
    const places = [place(text, 'Brazil', 'BR', 'Brazil'), place(text, 'Japan', 'JP', 'Japan')];
    expect(names(qualifyNationalBodies(text, actors, places))).toEqual(['Finance Ministry (Brazil) ×2', 'Finance Ministry (Japan) ×2']);
  });

  test('when a US state stands before the body, then it names no country: the body is left as it is', () => {
    const text = 'The Texas Supreme Court ruled.';
    const actors = [org(text, 'Texas Supreme Court', 'Texas Supreme Court')];
    expect(names(qualifyNationalBodies(text, actors, [place(text, 'Texas', 'US', 'United States', 'subdivision')]))).toEqual(['Texas Supreme Court ×1']);
  });

  test('when the article names the body with a state that is no more (Soviet), then its bare mentions take no fallback country', () => {
    const text = 'MOSCOW - The Soviet Foreign Ministry said no. Later the Foreign Ministry added more.';
    const actors = [org(text, 'Soviet Foreign Ministry', 'Soviet Foreign Ministry'), { ...org(text, 'Foreign Ministry', 'Foreign Ministry'), mentions: [spans(text, 'Foreign Ministry')[1]!] }];
    const places = [place(text, 'MOSCOW', 'RU', 'Russia', 'capital'), place(text, 'Soviet', 'RU', 'Russia', 'demonym')];
    expect(names(qualifyNationalBodies(text, actors, places, { fallback: () => 'Russia' }))).toEqual(['Foreign Ministry ×1', 'Soviet Foreign Ministry ×1']);
  });

  test('when nothing says which country and there is no fallback, then the body keeps its bare name', () => {
    const text = 'The Central Bank said Brazil and Peru would pay.';
    const actors = [org(text, 'Central Bank', 'Central Bank')];
    const places = [place(text, 'Brazil', 'BR', 'Brazil'), place(text, 'Peru', 'PE', 'Peru')];
    expect(names(qualifyNationalBodies(text, actors, places))).toEqual(['Central Bank ×1']);
  });

  test('when nothing in the text names it, then the fallback country does', () => {
    const text = 'The Central Bank said rates would hold.';
    const actors = [org(text, 'Central Bank', 'Central Bank')];
    expect(names(qualifyNationalBodies(text, actors, [], { fallback: () => 'Egypt' }))).toEqual(['Central Bank (Egypt) ×1']);
  });

  test('when the headline names the country, then it is read before the body', () => {
    const body = "The Finance Ministry said Brazil's debt was large.";
    const title = 'JAPAN FINANCE MINISTRY WARNS';
    const text = `${body}\n\n${title}`;
    const titleFrom = body.length + 2;
    const actors = [org(text, 'Finance Ministry', 'Finance Ministry')];
    const places = [place(text, 'Brazil', 'BR', 'Brazil'), place(text, 'JAPAN', 'JP', 'Japan')];
    expect(names(qualifyNationalBodies(text, actors, places, { titleFrom }))).toEqual(['Finance Ministry (Japan) ×1']);
  });

  test('when an actor is a person or another organisation, then it passes through untouched', () => {
    const text = 'Senator Dole of the Senate met Exxon.';
    const actors: ActorTag[] = [
      { name: 'Dole', kind: 'person', mentions: spans(text, 'Dole') },
      org(text, 'Exxon', 'Exxon'),
    ];
    expect(qualifyNationalBodies(text, actors, [], { fallback: () => 'United States' })).toEqual(actors);
  });
});

describe('fallbackCountry', () => {
  const country = (code: string, name: string, dateline = false) => ({ code, name, mentions: dateline ? [{}, { dateline: true as const }] : [{}] });

  test('when the article has a dateline, then its country is the fallback even among others', () => {
    expect(fallbackCountry([country('BR', 'Brazil'), country('JP', 'Japan', true)])('Finance Ministry')).toBe('Japan');
  });

  test('when the article names one country, then it is the fallback; when several and no dateline, then none', () => {
    expect(fallbackCountry([country('EG', 'Egypt')])('Central Bank')).toBe('Egypt');
    expect(fallbackCountry([country('EG', 'Egypt'), country('IL', 'Israel')])('Central Bank')).toBeUndefined();
  });

  test('when a story filed abroad also names the United States, then its bare "Congress" is the US one unless the dateline\'s country has one too; its ministry is the dateline\'s', () => {
    const fallback = fallbackCountry([country('JP', 'Japan', true), country('US', 'United States')]);
    expect(fallback('Congress')).toBe('United States');
    expect(fallback('Senate')).toBe('United States');
    expect(fallback('House of Representatives')).toBeUndefined();
    expect(fallback('Finance Ministry')).toBe('Japan');
    expect(fallbackCountry([country('US', 'United States', true), country('JP', 'Japan')])('Congress')).toBe('United States');
    // Manila has a Senate and a Congress of its own: beside Washington, either could be meant.
    expect(fallbackCountry([country('PH', 'Philippines', true), country('US', 'United States')])('Senate')).toBeUndefined();
  });

  test('when a bare "Senate" or "Congress" has no dateline, then it is the one country of the article that has such a chamber', () => {
    expect(fallbackCountry([country('IQ', 'Iraq'), country('US', 'United States'), country('AF', 'Afghanistan')])('Congress')).toBe('United States');
    expect(fallbackCountry([country('RO', 'Romania'), country('LU', 'Luxembourg'), country('BG', 'Bulgaria')])('Senate')).toBe('Romania');
    // Two could be meant: none.
    expect(fallbackCountry([country('AU', 'Australia'), country('US', 'United States')])('Senate')).toBeUndefined();
    expect(fallbackCountry([country('IQ', 'Iraq'), country('US', 'United States')])('Central Bank')).toBeUndefined();
  });

  test('when the only country or the dateline\'s has no chamber by that name, then a bare one is not given it', () => {
    expect(fallbackCountry([country('JP', 'Japan')])('Senate')).toBeUndefined();
    expect(fallbackCountry([country('JP', 'Japan', true)])('Congress')).toBeUndefined();
    expect(fallbackCountry([country('FR', 'France')])('Senate')).toBe('France');
  });
});

describe('the whole tagger', () => {
  const { tagger } = defaultTagger();
  const actorNames = (title: string, body: string) => tagger({ title, body }).actors.map((a) => a.name);

  test('when a story names one US chamber as the United States\', then its bare "House" and "Congress" are the US ones; alone they stay bare', () => {
    const names = actorNames('US Senate passes new bankruptcy bill', 'The US Senate passed the bill on Thursday. The House must now vote on it, and Congress will debate it next week.');
    expect(names).toEqual(expect.arrayContaining(['Senate (United States)', 'House of Representatives (United States)', 'Congress (United States)']));
    expect(names).not.toContain('House');
    expect(actorNames('Vote', 'The House voted on Monday.')).toEqual(['House']);
    // A British story that quotes the US Senate: its "House" is the Commons.
    expect(actorNames('Iraq vote', 'The House of Commons debated Iraq. The US Senate voted too. The House rose at ten.')).not.toContain('House of Representatives (United States)');
  });

  test('when a story is datelined WASHINGTON, then its bare "House" is the US House; a state legislature\'s is not (tagging rules 39)', () => {
    const names = actorNames('', 'WASHINGTON, March 3 - The House passed the bill, the Senate will vote next week, and Japan objected.');
    expect(names).toEqual(expect.arrayContaining(['House of Representatives (United States)', 'Senate (United States)']));
    expect(names).not.toContain('House');
    expect(actorNames('Hawaii legislature reaches agreement', 'HONOLULU - The Hawaii legislature agreed; the House voted on Monday in the United States state.')).not.toContain('House of Representatives (United States)');
  });

  test('when a Reuters story is datelined TOKYO and names other countries, then its bare "Finance Ministry" is Japan\'s', () => {
    const names = actorNames('', 'TOKYO, March 3 - The Finance Ministry said it would act, after talks with Brazil and Mexico.');
    expect(names).toContain('Finance Ministry (Japan)');
    expect(names).not.toContain('Finance Ministry');
  });

  test('when a story datelined TOKYO names the U.S. Congress further down, then its bare "Congress" is that one, not Japan\'s', () => {
    const names = actorNames('', 'TOKYO, March 3 - Officials said Congress was angry. "The mood in the U.S. Congress is bad," one said.');
    expect(names).toContain('Congress (United States)');
    expect(names).not.toContain('Congress (Japan)');
  });

  test('when a headline in capitals names the country and the body only the body, then the body is that country\'s', () => {
    expect(actorNames('JAPAN FINANCE MINISTRY SEES STABLE YEN', 'The Finance Ministry said the yen would hold against the U.S. dollar, and Brazil disagreed.')).toContain('Finance Ministry (Japan)');
  });
});

describe('parties by their short names', () => {
  const { tagger } = defaultTagger();
  const actors = (body: string) => tagger({ title: '', body }).actors.map((a) => a.name).sort();

  test('when a story writes a party by its short name, then it is that country\'s party, not one value for every country', () => {
    expect(actors('CANBERRA - The Greens and Labor said on Monday that Australia would vote.')).toEqual(['Green Party (Australia)', 'Labor Party (Australia)']);
    expect(actors('The Greens in Germany joined the coalition in Berlin.')).toEqual(['Green Party (Germany)']);
  });

  test('when the short name is a ministry\'s or a department\'s, then it is no party', () => {
    expect(actors('Brazil\'s Labour Minister Almir Pazzianotto said wages would rise.')).not.toContain('Labour Party (Brazil)');
    expect(actors('Productivity fell in the United States, the Labor department said.')).not.toContain('Labor Party (United States)');
    // Conservatives and liberals in US news are people of a persuasion, no party.
    expect(actors('WASHINGTON - Liberals in the U.S. Congress criticized the bill, and Conservatives said it was fine.')).not.toContain('Conservative Party (United States)');
  });
});
