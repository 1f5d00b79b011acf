import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from './highlight.js';
import { fold } from '../text/fold.js';

/** About how many words a result's snippet shows. */
export const SNIPPET_WORDS = 40;

/** At most this many words before a snippet's first highlight: the reader's eye starts at the left. */
const MAX_LEAD = 12;

const ELLIPSIS = '…';

/**
 * A highlighted passage read for cutting: where each word starts, and each highlight's word and key (what it matched,
 * folded and cut to its first four letters: "prices" and "price" are one query word). Offsets, not word objects: the
 * snippets of a result page are cut on every search (words as objects cost ~0.3 ms a page, a bench:search run found).
 */
interface Passage {
  text: string;
  /** Where each word starts in `text`. */
  starts: number[];
  /** The word each highlight is in, in text order ("yen-dollar" has two). */
  markWords: number[];
  markKeys: string[];
}

/** Fragments a snippet may be cut into, at most: past three, each is too short to read. */
const MAX_FRAGMENTS = 3;

/**
 * A passage's snippet: about `size` words of its highlighted text (markers as highlight.ts makes them), chosen so that
 * every query word highlighted in the passage shows. Meilisearch's own crop keeps one window around its best match,
 * and a word that stands further away was cut ("Reagan budget" showed "…federal budget deficit." of a passage whose
 * Reagan was 40 words before). Here one window shows them all if one can; else two, else three shorter fragments
 * (together `size` words) joined by "…"; else the fewest fragments that show the most of them.
 *
 * `snippet('Oil rose. ' + 'x '.repeat(60) + 'prices fell', 10)` → `'Oil rose. x x x … x x x prices fell'` (with the
 * highlights kept): "Oil" and "prices" are 60 words apart.
 */
export function snippet(highlighted: string, size = SNIPPET_WORDS): string {
  const text = highlighted.trim();
  const passage = read(text);
  if (passage.starts.length <= size) return text;
  const keys = new Set(passage.markKeys);
  let best: { start: number; end: number }[] = [];
  let bestShown = -1;
  for (let count = 1; count <= MAX_FRAGMENTS; count++) {
    const length = Math.ceil(size / count);
    const starts: number[] = [];
    const shown = new Set<string>();
    for (let k = 0; k < count; k++) {
      const start = bestWindow(passage, length, shown, starts);
      const keysShown = start < 0 ? [] : covered(passage, start, length);
      // A further fragment that shows no new word is left out.
      if (start < 0 || (k > 0 && !keysShown.some((key) => !shown.has(key)))) break;
      starts.push(start);
      for (const key of keysShown) shown.add(key);
    }
    if (shown.size > bestShown) {
      best = starts.map((start) => placed(passage, start, length)).sort((a, b) => a.start - b.start);
      bestShown = shown.size;
    }
    if (shown.size >= keys.size) break;
  }
  return render(passage, best);
}

/** White space as `\s` reads it, for the characters a passage holds (the indexer folds the rarer spaces to ' '). */
const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029;

/** `text` (trimmed) read into words and highlights. */
function read(text: string): Passage {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i)) && (i === 0 || isSpace(text.charCodeAt(i - 1)))) starts.push(i);
  }
  const markWords: number[] = [];
  const markKeys: string[] = [];
  let word = 0;
  for (let at = text.indexOf(HIGHLIGHT_PRE); at >= 0; at = text.indexOf(HIGHLIGHT_PRE, at + 1)) {
    while (word + 1 < starts.length && starts[word + 1]! <= at) word++;
    const close = text.indexOf(HIGHLIGHT_POST, at);
    const key = fold(text.slice(at + 1, close < 0 ? undefined : close)).slice(0, 4);
    if (key === '') continue;
    markWords.push(word);
    markKeys.push(key);
  }
  return { text, starts, markWords, markKeys };
}

/** The highlights' keys in words `[start, start + size)`. */
function covered(passage: Passage, start: number, size: number): string[] {
  const keys: string[] = [];
  passage.markWords.forEach((w, i) => {
    if (w >= start && w < start + size) keys.push(passage.markKeys[i]!);
  });
  return keys;
}

/**
 * The start of the `size`-word window with the most highlighted words not in `shown`, then the most highlights, the
 * earliest of equals, among the windows that overlap none at `taken`; -1 when there is none. One pass, the window's
 * counts kept as it slides (a window counted afresh at each start was 0.3 ms a snippet, 6 ms a result page).
 */
function bestWindow(passage: Passage, size: number, shown: ReadonlySet<string>, taken: readonly number[]): number {
  const { markWords, markKeys } = passage;
  const counts = new Map<string, number>();
  let fresh = 0;
  let marks = 0;
  const add = (i: number, by: 1 | -1): void => {
    const key = markKeys[i]!;
    marks += by;
    const count = (counts.get(key) ?? 0) + by;
    counts.set(key, count);
    if (!shown.has(key) && (by === 1 ? count === 1 : count === 0)) fresh += by;
  };
  let best = -1;
  let bestNew = -1;
  let bestMarks = -1;
  let entered = 0;
  let left = 0;
  for (let start = 0; start + size <= passage.starts.length; start++) {
    while (entered < markWords.length && markWords[entered]! < start + size) add(entered++, 1);
    while (left < entered && markWords[left]! < start) add(left++, -1);
    if (taken.some((t) => start < t + size && t < start + size)) continue;
    if (fresh > bestNew || (fresh === bestNew && marks > bestMarks)) {
      best = start;
      bestNew = fresh;
      bestMarks = marks;
    }
  }
  return best;
}

/**
 * The window at `start` moved so that its highlights sit in its middle, with no more than MAX_LEAD words before the
 * first (and within the text): the same highlights, with context on both sides.
 */
function placed(passage: Passage, start: number, size: number): { start: number; end: number } {
  const inside = passage.markWords.filter((w) => w >= start && w < start + size);
  if (inside.length === 0) return { start, end: start + size };
  const first = inside[0]!;
  const last = inside[inside.length - 1]!;
  const lead = Math.min(MAX_LEAD, Math.floor((size - (last - first + 1)) / 2));
  const moved = Math.max(0, Math.min(passage.starts.length - size, first - lead));
  return { start: moved, end: moved + size };
}

/** The fragments' words, "…" wherever text is left out. Fragments are in text order and may overlap. */
function render(passage: Passage, fragments: readonly { start: number; end: number }[]): string {
  const { text, starts } = passage;
  let out = '';
  /** Words taken so far, and where their text ends: a fragment that goes on from there keeps the space between. */
  let at = 0;
  let taken = 0;
  for (const { start, end } of fragments) {
    const from = Math.max(start, at);
    if (from >= end) continue;
    let stop = end < starts.length ? starts[end]! : text.length;
    while (stop > 0 && isSpace(text.charCodeAt(stop - 1))) stop--;
    if (out === '') out = (from > 0 ? ELLIPSIS : '') + text.slice(starts[from]!, stop);
    else if (from > at) out += ` ${ELLIPSIS} ${text.slice(starts[from]!, stop)}`;
    else out += text.slice(taken, stop);
    taken = stop;
    at = end;
  }
  return at < starts.length ? out + ELLIPSIS : out;
}
