import { readFileSync } from 'node:fs';
import { fold } from '../../src/text/fold.js';

export type ActorKind = 'person' | 'organisation';

export interface AliasEntry {
  canonical: string;
  kind: ActorKind;
  aliases: string[];
}

/** Canonical name by folded alias (the canonical name is its own alias). */
export interface AliasTable {
  entries: AliasEntry[];
  lookup(name: string): AliasEntry | undefined;
}

/**
 * The analyst-editable alias file (`data/aliases.txt`), one actor a line:
 *
 *     # comment
 *     Canonical Name | person|organisation | alias; alias; …
 *
 * `Economic Community of West African States | organisation | ECOWAS; CEDEAO` makes every mention of ECOWAS,
 * CEDEAO or the full name one facet value; the same table becomes Meilisearch synonyms, so a search for one finds
 * the others.
 */
export function parseAliasFile(text: string, file = 'aliases'): AliasTable {
  const entries: AliasEntry[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [canonical, kind, aliases, ...extra] = line.split('|').map((p) => p.trim());
    if (canonical === undefined || canonical === '' || kind === undefined || extra.length > 0) {
      throw new Error(`${file}:${i + 1}: expected "Canonical Name | person|organisation | alias; alias", got ${JSON.stringify(line)}`);
    }
    if (kind !== 'person' && kind !== 'organisation') {
      throw new Error(`${file}:${i + 1}: kind must be "person" or "organisation", got ${JSON.stringify(kind)}`);
    }
    entries.push({ canonical, kind, aliases: (aliases ?? '').split(';').map((a) => a.trim()).filter((a) => a !== '') });
  });
  return aliasTable(entries);
}

export function aliasTable(entries: AliasEntry[]): AliasTable {
  const byKey = new Map<string, AliasEntry>();
  for (const entry of entries) {
    for (const name of [entry.canonical, ...entry.aliases]) byKey.set(fold(name), entry);
  }
  return { entries, lookup: (name) => byKey.get(fold(name)) };
}

export function loadAliasFile(path: string): AliasTable {
  return parseAliasFile(readFileSync(path, 'utf8'), path);
}

/** Meilisearch synonyms: every name of an actor finds the others. */
export function aliasSynonyms(table: AliasTable): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const entry of table.entries) {
    const names = [entry.canonical, ...entry.aliases];
    for (const name of names) synonyms[name] = names.filter((n) => n !== name);
  }
  return synonyms;
}
