/**
 * An option that took a path as its value: `npm run index -- --map news/` reads "news/" as the map, not as a path,
 * and the run then said only "missing required argument 'paths'" (an indexer review). Which option did, so that the
 * message can say so. `exists` tells whether a value names a file or folder.
 *
 * `optionTakingAPath([['--map', 'news'], ['--source', 'Reuters']], (p) => p === 'news')` → `{ option: '--map', value: 'news' }`
 */
export function optionTakingAPath(values: readonly (readonly [option: string, value: string | undefined])[], exists: (path: string) => boolean): { option: string; value: string } | undefined {
  for (const [option, value] of values) if (value !== undefined && value.trim() !== '' && exists(value)) return { option, value };
  return undefined;
}

/**
 * What the CLI says when no path was given.
 *
 * `noPathsMessage({ option: '--map', value: 'news' })` →
 *   `'no paths to index: --map took "news", which is a file or folder, as its value; give --map its own value (e.g. --map body=article.content) before the paths'`
 */
export function noPathsMessage(taken: { option: string; value: string } | undefined): string {
  if (taken === undefined) return 'no paths to index: name the files or folders to read, e.g. npm run index -- data/news';
  return `no paths to index: ${taken.option} took ${JSON.stringify(taken.value)}, which is a file or folder, as its value; give ${taken.option} its own value (e.g. ${EXAMPLES[taken.option] ?? `${taken.option} VALUE`}) before the paths`;
}

const EXAMPLES: Record<string, string> = {
  '--map': '--map body=article.content',
  '--source': '--source Reuters',
  '--aliases': '--aliases data/aliases.txt',
};
