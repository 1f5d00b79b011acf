import { actorGroups, isSelectedActor, mergeSpellings, missingSelectedActors, withoutActor } from '../../src/search/actor-spellings.js';

const value = (v: string, count: number) => ({ value: v, label: v, count });

describe('mergeSpellings', () => {
  test('when articles spell one actor with and without accents or in other case, then it is one value, counts added, under the commoner spelling', () => {
    expect(mergeSpellings([value('Evo Morales', 20), value('Hugo Chávez', 18), value('Hugo Chavez', 16), value('SINN FEIN', 1), value('Sinn Féin', 7)])).toEqual([
      { ...value('Hugo Chávez', 34), spellings: ['Hugo Chávez', 'Hugo Chavez'] },
      value('Evo Morales', 20),
      { ...value('Sinn Féin', 8), spellings: ['SINN FEIN', 'Sinn Féin'] },
    ]);
  });

  test('when two spellings are as common, then the one with accents names the actor; distinct names stay apart', () => {
    expect(mergeSpellings([value('Hugo Chavez', 5), value('Hugo Chávez', 5)])[0]!.value).toBe('Hugo Chávez');
    expect(mergeSpellings([value('Hugo Chávez', 5), value('Hugo Chávez Frías', 1)])).toHaveLength(2);
  });
});

describe('actorGroups and isSelectedActor', () => {
  test('when a search holds several spellings of one actor, then they are one group, and the merged value is selected by any', () => {
    expect(actorGroups(['Hugo Chávez', 'Evo Morales', 'Hugo Chavez'])).toEqual([['Hugo Chávez', 'Hugo Chavez'], ['Evo Morales']]);
    expect(isSelectedActor(['Hugo Chavez'], { ...value('Hugo Chávez', 3), spellings: ['Hugo Chávez', 'Hugo Chavez'] })).toBe(true);
    expect(isSelectedActor(['Evo Morales'], value('Hugo Chávez', 3))).toBe(false);
  });

  test('when an actor is asked for in other capitals, then its value is selected, and removing it removes that name (a web review)', () => {
    expect(isSelectedActor(['ronald reagan'], value('Ronald Reagan', 339))).toBe(true);
    expect(withoutActor(['ronald reagan', 'James Baker'], value('Ronald Reagan', 339))).toEqual(['James Baker']);
  });

  test('when a selected actor has no facet value (beyond the 200 counted), then it is named missing, once per actor', () => {
    expect(missingSelectedActors(['Robert Heller', 'ronald reagan', 'Robert  Heller'], [value('Ronald Reagan', 339)])).toEqual([['Robert Heller', 'Robert  Heller']]);
    expect(missingSelectedActors([], [value('Ronald Reagan', 339)])).toEqual([]);
  });
});
