/** The record fields a `--map` can set. */
export const MAPPABLE_FIELDS = ['id', 'title', 'body', 'date', 'url', 'source', 'dateline'] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/**
 * Where each field is in a record, when the common names do not find it; and `records`, where a `.json` file's
 * records are (the path, from the top-level object, of the array holding them: see splitJson), when it is not one
 * of the usual places.
 */
export type FieldMap = Partial<Record<MappableField, string>> & { records?: string };

/**
 * `--map field=path` options, checked. A path is a key, or keys joined by dots into nested objects (array
 * positions are numbers): `parseFieldMap(['body=article.content', 'date=meta.published', 'records=response.docs'])`
 *   → `{ body: 'article.content', date: 'meta.published', records: 'response.docs' }`.
 */
export function parseFieldMap(options: readonly string[]): FieldMap {
  const map: FieldMap = {};
  for (const option of options) {
    const eq = option.indexOf('=');
    const field = option.slice(0, eq).trim();
    const path = option.slice(eq + 1).trim();
    if (eq <= 0 || path === '') throw new Error(`--map ${option}: expected field=path, e.g. body=article.content`);
    if (field === 'records') {
      if (path.split('.').some((key) => key === '')) throw new Error(`--map ${option}: expected keys joined by single dots, e.g. records=response.docs`);
      map.records = path;
      continue;
    }
    if (!(MAPPABLE_FIELDS as readonly string[]).includes(field)) {
      throw new Error(`--map ${option}: unknown field ${JSON.stringify(field)}; expected one of ${MAPPABLE_FIELDS.join(', ')}, or records (where a .json file's records are)`);
    }
    map[field as MappableField] = path;
  }
  return map;
}

/**
 * The value at a path. A key that itself contains dots (a CSV column `meta.published`) wins over nesting.
 * `valueAt({ article: { content: 'B' } }, 'article.content')` → `'B'`;
 * `valueAt({ tags: [{ name: 'x' }] }, 'tags.0.name')` → `'x'`.
 */
export function valueAt(record: unknown, path: string): unknown {
  if (typeof record !== 'object' || record === null) return undefined;
  const direct = (record as Record<string, unknown>)[path];
  if (direct !== undefined) return direct;
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
