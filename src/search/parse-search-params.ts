import { AppError } from '../web/app-error.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MAX_TOTAL_HITS, SORT_ORDERS, type SearchState, type SortOrder } from './search-state.js';

const MAX_QUERY_CHARS = 500;
const MAX_VALUES = 50;
const MAX_ACTOR_CHARS = 200;

type Query = Record<string, unknown>;

/**
 * URL query → SearchState, every parameter checked. A violation is a 400 whose message names the parameter, what
 * was expected and what came. Empty values (an unset form field) count as absent. The API refuses unknown
 * parameters (a typo such as `contry=NE` must not silently return everything); pages allow them (tracking tags).
 *
 * `parseSearchParams({ q: 'coup', country: ['ne', 'ML'], from: '2023' })`
 *   → `{ q: 'coup', countries: ['NE', 'ML'], actors: [], from: '2023-01-01', to: null, sort: 'relevance', page: 1, pageSize: 10 }`
 */
export const SEARCH_PARAMS = ['q', 'country', 'actor', 'from', 'to', 'sort', 'page', 'pageSize'] as const;

export function parseSearchParams(query: Query, options: { allowUnknown?: boolean } = {}): SearchState {
  if (!(options.allowUnknown ?? false)) {
    const unknown = Object.keys(query).filter((k) => !(SEARCH_PARAMS as readonly string[]).includes(k));
    if (unknown.length > 0) {
      throw AppError.badRequest(`unknown parameter ${JSON.stringify(clip(unknown[0]!))}: expected ${SEARCH_PARAMS.join(', ')}`);
    }
  }
  const q = single(query, 'q') ?? '';
  if (q.length > MAX_QUERY_CHARS) throw AppError.badRequest(`q: expected at most ${MAX_QUERY_CHARS} characters, got ${q.length}`);

  const countries = unique(
    many(query, 'country').map((c) => {
      if (!/^[A-Za-z]{2}$/.test(c)) throw AppError.badRequest(`country: expected a two-letter ISO 3166 code such as NE, got ${JSON.stringify(clip(c))}`);
      return c.toUpperCase();
    }),
  );
  const actors = unique(
    many(query, 'actor').map((a) => {
      const name = a.trim();
      if (name.length > MAX_ACTOR_CHARS) throw AppError.badRequest(`actor: expected a name of at most ${MAX_ACTOR_CHARS} characters, got ${name.length}`);
      return name;
    }),
  ).filter((a) => a !== '');

  const from = dateParam(query, 'from', 'start');
  const to = dateParam(query, 'to', 'end');
  if (from !== null && to !== null && from > to) throw AppError.badRequest(`from (${from}) must not be after to (${to})`);

  const sortValue = single(query, 'sort') ?? 'relevance';
  if (!(SORT_ORDERS as readonly string[]).includes(sortValue)) {
    throw AppError.badRequest(`sort: expected one of ${SORT_ORDERS.join(', ')}, got ${JSON.stringify(clip(sortValue))}`);
  }
  const pageSize = integer(query, 'pageSize', DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
  const page = integer(query, 'page', 1, 1, Math.floor(MAX_TOTAL_HITS / pageSize));

  return { q, countries, actors, from, to, sort: sortValue as SortOrder, page, pageSize };
}

function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (Array.isArray(value)) {
    const values = value.filter((v) => v !== '');
    if (values.length > 1) throw AppError.badRequest(`${name}: expected one value, got ${values.length}`);
    return typeof values[0] === 'string' ? values[0] : values[0] === undefined ? undefined : badType(name);
  }
  if (typeof value !== 'string') return badType(name);
  return value === '' ? undefined : value;
}

function many(query: Query, name: string): string[] {
  const value = query[name];
  if (value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  if (values.some((v) => typeof v !== 'string')) return badType(name);
  const nonEmpty = (values as string[]).filter((v) => v !== '');
  if (nonEmpty.length > MAX_VALUES) throw AppError.badRequest(`${name}: expected at most ${MAX_VALUES} values, got ${nonEmpty.length}`);
  return nonEmpty;
}

function badType(name: string): never {
  throw AppError.badRequest(`${name}: expected a plain value (name=value), got a nested structure`);
}

function integer(query: Query, name: string, fallback: number, min: number, max: number): number {
  const raw = single(query, name);
  if (raw === undefined) return fallback;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw AppError.badRequest(`${name}: expected a whole number from ${min} to ${max}, got ${JSON.stringify(clip(raw))}`);
  }
  return Number(raw);
}

/** YYYY, YYYY-MM or YYYY-MM-DD; a year or month widens to its first (from) or last (to) day. */
function dateParam(query: Query, name: string, edge: 'start' | 'end'): string | null {
  const raw = single(query, name);
  if (raw === undefined) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw);
  const expected = `${name}: expected a date as YYYY-MM-DD (or YYYY-MM, YYYY), got ${JSON.stringify(clip(raw))}`;
  if (!m) throw AppError.badRequest(expected);
  const year = Number(m[1]);
  const month = m[2] !== undefined ? Number(m[2]) : edge === 'start' ? 1 : 12;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] !== undefined ? Number(m[3]) : edge === 'start' ? 1 : lastDay;
  if (month < 1 || month > 12 || day < 1 || day > lastDay) throw AppError.badRequest(expected);
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}
