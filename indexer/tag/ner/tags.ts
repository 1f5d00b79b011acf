/**
 * The tagger's internal label set: BILOU (Begin, Inside, Last, Unit, Outside) per entity type.
 * BILOU makes entity ends explicit, which helps a greedy left-to-right tagger (Ratinov & Roth,
 * 2009), and the transition constraints below keep every decoded sequence well formed.
 */
import type { EntityType } from '../mention.js';
import type { TokenSpan } from './conll.js';

export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** Tag index 0 is `O`; then B, I, L, U for each type in ENTITY_TYPES order. */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => ['B-' + t, 'I-' + t, 'L-' + t, 'U-' + t])];
export const NUM_TAGS = TAGS.length;

const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i]));

export function tagIndex(tag: string): number {
  const i = TAG_INDEX.get(tag);
  if (i === undefined) throw new Error(`unknown BILOU tag "${tag}"`);
  return i;
}

/** 'B' | 'I' | 'L' | 'U' | 'O' of a tag index. */
export function tagPrefix(tag: number): string {
  return tag === 0 ? 'O' : 'BILU'[(tag - 1) % 4]!;
}

/** Entity type of a tag index, or null for O. */
export function tagType(tag: number): EntityType | null {
  return tag === 0 ? null : ENTITY_TYPES[Math.floor((tag - 1) / 4)]!;
}

/** Tag index of `prefix-type`. */
export function makeTag(prefix: 'B' | 'I' | 'L' | 'U', type: EntityType): number {
  return 1 + ENTITY_TYPES.indexOf(type) * 4 + 'BILU'.indexOf(prefix);
}

/** BILOU tag indices for a sentence of `length` tokens with the given spans. */
export function spansToBilou(spans: readonly TokenSpan[], length: number): number[] {
  const tags = new Array<number>(length).fill(0);
  for (const s of spans) {
    if (s.end - s.start === 1) tags[s.start] = makeTag('U', s.type);
    else {
      tags[s.start] = makeTag('B', s.type);
      for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = makeTag('I', s.type);
      tags[s.end - 1] = makeTag('L', s.type);
    }
  }
  return tags;
}

/** Spans of a well-formed BILOU sequence (as produced under `allowedNext`). */
export function bilouToSpans(tags: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    const p = tagPrefix(t);
    const type = tagType(t);
    if (type === null) {
      start = -1;
      continue;
    }
    if (p === 'U') spans.push({ type, start: i, end: i + 1 });
    else if (p === 'B') start = i;
    else if (p === 'L' && start >= 0) {
      spans.push({ type, start, end: i + 1 });
      start = -1;
    }
  }
  return spans;
}

/**
 * ALLOWED[prev][tag] is true when `tag` may follow `prev` (prev = -1 at sentence start);
 * LAST_OK[tag] is true when a sentence may end with `tag`.
 */
function buildAllowed(): { allowed: boolean[][]; start: boolean[]; lastOk: boolean[] } {
  const open = (t: number): boolean => t > 0 && (tagPrefix(t) === 'B' || tagPrefix(t) === 'I');
  const allowed = TAGS.map((_, prev) =>
    TAGS.map((_, tag) => {
      const p = tagPrefix(tag);
      if (open(prev)) return (p === 'I' || p === 'L') && tagType(tag) === tagType(prev);
      return p === 'O' || p === 'B' || p === 'U';
    }),
  );
  const start = TAGS.map((_, tag) => !(tagPrefix(tag) === 'I' || tagPrefix(tag) === 'L'));
  const lastOk = TAGS.map((_, tag) => !open(tag));
  return { allowed, start, lastOk };
}

const TRANSITIONS = buildAllowed();



/** Whether `tag` may appear at position `i` of `n` after `prev` (-1 at sentence start). */
export function isAllowed(prev: number, tag: number, i: number, n: number): boolean {
  const ok = prev < 0 ? TRANSITIONS.start[tag]! : TRANSITIONS.allowed[prev]![tag]!;
  return ok && (i < n - 1 || TRANSITIONS.lastOk[tag]!);
}

/**
 * The same constraints as one flat table for the decoder's inner loop:
 * entry (prev + 1) * NUM_TAGS + tag is 1 when allowed mid-sentence, 2 when allowed as the
 * last tag too, 3 when both.
 */
export const TRANSITION_TABLE: Uint8Array = (() => {
  const table = new Uint8Array((NUM_TAGS + 1) * NUM_TAGS);
  for (let prev = -1; prev < NUM_TAGS; prev++) {
    for (let tag = 0; tag < NUM_TAGS; tag++) {
      const mid = isAllowed(prev, tag, 0, 2) ? 1 : 0;
      const last = isAllowed(prev, tag, 0, 1) ? 2 : 0;
      table[(prev + 1) * NUM_TAGS + tag] = mid | last;
    }
  }
  return table;
})();
