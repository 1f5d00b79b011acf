import { entryTrie, Featurizer } from '../../../../indexer/tag/ner/features.js';
import type { Lexicon } from '../../../../indexer/tag/ner/lexicon.js';

describe('entryTrie', () => {
  it('when a gazetteer is turned into a trie, then each entry is a path of its words with its mask at the end', () => {
    const trie = entryTrie(new Map([['new', 0], ['new york', 4], ['new york times', 2]]));
    const york = trie.next?.get('new')?.next?.get('york');
    expect(trie.next?.get('new')?.mask).toBe(0);
    expect(york?.mask).toBe(4);
    expect(york?.next?.get('times')?.mask).toBe(2);
    expect(trie.next?.get('york')).toBeUndefined();
  });

  it('when a sentence holds entries, then the featurizer marks them as the joined keys did: whole entries only, a prefix alone never', () => {
    // Bit 0 of a mask is the first entity type, so a match's codes are 1 (B), 2 (I), 3 (L), 4 (U).
    const lexicon: Lexicon = {
      gazetteer: new Map([['new', 0], ['new york', 1], ['new york stock', 0], ['new york stock exchange', 1], ['goita', 1]]),
      external: new Map(),
      maxEntryLength: 4,
      caseHabit: new Map(),
    };
    const ctx = new Featurizer(lexicon).sentence(['The', 'New', 'York', 'Stock', 'Exchange', 'and', 'Goita', 'in', 'New', 'Delhi']);
    expect(ctx.gaz).toEqual([null, [1, 1], [3, 2], [2], [3], null, [4], null, null, null]);
  });
});
