import { defaultTagger } from '../../indexer/tag/default-tagger.js';
import { inlineTagPool, type TagPool } from '../../indexer/tag-pool.js';

/** The real tagger on the calling thread, counting the articles it is asked to tag: what a run tagged, not guessed. */
export function countingPool(): TagPool & { tagged: number } {
  const inner = inlineTagPool(defaultTagger().tagger);
  const pool = {
    tagged: 0,
    size: inner.size,
    tag: (input: Parameters<TagPool['tag']>[0]) => {
      pool.tagged++;
      return inner.tag(input);
    },
    close: () => inner.close(),
  };
  return pool;
}
