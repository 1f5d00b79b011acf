import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';

// world-countries ships its JSON behind a CommonJS entry: createRequire reads it under node, tsx and jest alike.
const countries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;
const names = new Map<string, string>(countries.map((c) => [c.cca2, c.name.common]));

/** `countryName('NE')` → `'Niger'`; an unknown code is shown as itself. */
export function countryName(code: string): string {
  return names.get(code) ?? code;
}
