import { actorGroups, isSelectedActor, mergeSpellings } from '../../src/search/actor-spellings.js';

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
});
