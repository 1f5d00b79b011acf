import { readAcronym } from '../../../indexer/tag/acronym-readings.js';
import { defaultTagger } from '../../../indexer/tag/default-tagger.js';

/** The default tagger, as the indexer runs it (the alias file included): the actors' names of a story, sorted. */
const { tagger } = defaultTagger();
const namesIn = (body: string, published?: string): string[] =>
  tagger({ title: '', body, ...(published !== undefined ? { published: new Date(published) } : {}) })
    .actors.map((a) => a.name)
    .sort();

describe('initials that name different bodies in different stories (acronym-readings.ts, tagging rules 40)', () => {
  test('when "EC" stands alone, then a story from before the European Union reads the Community and a later one the Commission', () => {
    expect(readAcronym('EC', { published: new Date('1987-03-03'), text: '' })).toBe('European Community');
    expect(readAcronym('E.C.', { published: new Date('1993-10-31'), text: '' })).toBe('European Community');
    expect(readAcronym('EC', { published: new Date('1993-11-01'), text: '' })).toBe('European Commission');
    expect(readAcronym('EC', { text: '' })).toBe('EC');
  });

  test('when "ICO" stands alone, then it is the coffee organisation only in a story about coffee', () => {
    expect(readAcronym('ICO', { text: 'Coffee export quotas were discussed by the ICO.' })).toBe('International Coffee Organization');
    expect(readAcronym('ICO', { text: 'The ICO fined the company for the data breach.' })).toBe('ICO');
    expect(readAcronym('NATO', { text: 'coffee' })).toBe('NATO');
  });

  test('when the wire writes "EC" with no full name, then the tagger files the story under the European Community, and a 2005 story under the Commission', () => {
    const story = 'EC farm ministers agreed on Tuesday to cut milk output by 9.5 pct over two years, diplomats said.';
    expect(namesIn(story, '1987-03-03T12:00:00Z')).toContain('European Community');
    expect(namesIn(story, '2005-06-07T12:00:00Z')).toContain('European Commission');
    expect(namesIn(story, '1987-03-03T12:00:00Z')).not.toContain('EC');
  });
});

describe('international bodies the wire names by their initials alone (the alias file, tagging rules 40)', () => {
  test('when a story names a body only by its initials, then it is filed under the full name', () => {
    expect(namesIn('Delegates to the ICCO council met in London on buffer stock rules.')).toContain('International Cocoa Organization');
    expect(namesIn('GCC oil ministers met in Doha to help each other market crude.')).toContain('Gulf Cooperation Council');
    expect(namesIn('The FAO said cereal output would rise this year.')).toContain('Food and Agriculture Organization');
    expect(namesIn('FARC rebels attacked a police post in Cauca, the army said.')).toContain('Revolutionary Armed Forces of Colombia');
  });

  test('when a story spells a full name its own way or the model would cut it at "and", then the alias file keeps it whole under one name', () => {
    expect(namesIn('The U.N. Food and Agriculture Organisation said food output outstripped population growth.')).toContain('Food and Agriculture Organization');
    expect(namesIn('Output fell, International Iron and Steel Institute figures showed.')).toEqual(['International Iron and Steel Institute']);
  });
});
