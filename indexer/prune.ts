import { dirname, resolve, sep } from 'node:path';

export interface PruneScope {
  /** The folders and files given to this run that could be read (absolute). */
  roots: readonly string[];
  /** Article ids seen in this run (indexed, unchanged, or a record of a known id that was skipped). */
  seen: { has(articleId: string): boolean };
  /**
   * Files with records that could not be read this run, and folders with entries that could not be read (absolute):
   * the articles of those files, and of every file under those folders, are kept, not pruned.
   */
  heldBack: ReadonlySet<string>;
  /** Resolves a stored `sourcePath` (as given, relative to the working folder). */
  cwd?: string;
  /**
   * The real paths of the folders the walk went through (read-files.ts walkFiles): a folder a link leads to outside the
   * given ones is in scope too, since its files are filed under their real paths.
   */
  walkedFolders?: ReadonlySet<string>;
}

export function isWithin(path: string, roots: readonly string[]): boolean {
  return roots.some((root) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep));
}

/**
 * Whether a path (absolute) is one of `places` or under one of them: one look-up per folder level, however many.
 *
 * `isUnder('/w/feeds/a/x.xml', new Set(['/w/feeds/a']))` → `true`; with `new Set(['/w/feeds/b'])` → `false`
 */
export function isUnder(path: string, places: ReadonlySet<string>): boolean {
  for (let at = path; ; at = dirname(at)) {
    if (places.has(at)) return true;
    if (dirname(at) === at) return false;
  }
}

/**
 * Whether a file (absolute) is held back: it, or a folder above it, had something that could not be read this run.
 *
 * `isHeldBack('/w/feeds/a/x.xml', new Set(['/w/feeds/a']))` → `true`; with `new Set(['/w/feeds/b'])` → `false`
 */
export function isHeldBack(file: string, heldBack: ReadonlySet<string>): boolean {
  return isUnder(file, heldBack);
}

/**
 * Whether an indexed article is gone: its file is within the paths given to this run (so this run looked there),
 * yet this run did not see it, whether its file disappeared or the record was removed from a file that remains.
 * A file whose records could not all be read is held back, and so is every file under a folder that could not be
 * listed whole: a transient bad line or an unreadable subfolder must not delete articles.
 *
 * `pruneVerdict({ articleId: 'a', sourcePath: 'feeds/x.jsonl' }, { roots: ['/w/feeds'], seen: new Set(), heldBack: new Set(), cwd: '/w' })`
 *   → `'gone'`; with `roots: ['/w/other']` → `'out of scope'`.
 */
export function pruneVerdict(article: { articleId: string; sourcePath: string }, scope: PruneScope): 'gone' | 'seen' | 'out of scope' | 'held back' {
  const file = resolve(scope.cwd ?? process.cwd(), article.sourcePath);
  if (!isWithin(file, scope.roots) && !(scope.walkedFolders !== undefined && isUnder(file, scope.walkedFolders))) return 'out of scope';
  if (scope.seen.has(article.articleId)) return 'seen';
  if (isHeldBack(file, scope.heldBack)) return 'held back';
  return 'gone';
}
