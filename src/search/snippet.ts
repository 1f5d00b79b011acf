import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from './highlight.js';
import { fold } from '../text/fold.js';

/** About how many words a result's snippet shows. */
export const SNIPPET_WORDS = 40;

/** At most this many words before a snippet's first highlight: the reader's eye starts at the left. */
const MAX_LEAD = 12;

const ELLIPSIS = '…';

interface Word {
  /** The word and the space before it, as written (highlight markers included). */
  text: string;
  /**
   * What the word's highlights matched, each folded and cut to its first four letters ("prices" and "price" are one
   * query word), none for a word not highlighted; "yen-dollar" has two.
   */
  keys: string[];
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
  const words = splitWords(highlighted);
  if (words.length <= size) return highlighted.trim();
  const keys = new Set(words.flatMap((w) => w.keys));
  let best: { start: number; end: number }[] = [];
  let bestShown = -1;
  for (let count = 1; count <= MAX_FRAGMENTS; count++) {
    const length = Math.ceil(size / count);
    const starts: number[] = [];
    const shown = new Set<string>();
    for (let k = 0; k < count; k++) {
      const start = bestWindow(words, length, shown, starts);
      // A further fragment that shows no new word is left out.
      if (start < 0 || (k > 0 && !covered(words, start, length).some((key) => !shown.has(key)))) break;
      starts.push(start);
      for (const key of covered(words, start, length)) shown.add(key);
    }
    if (shown.size > bestShown) {
      best = starts.map((start) => placed(words, start, length)).sort((a, b) => a.start - b.start);
      bestShown = shown.size;
    }
    if (shown.size >= keys.size) break;
  }
  return render(words, best);
}

/** Words with the space before each: `' a b'` → `[' a', ' b']`, the text's first space dropped. */
function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.trim().matchAll(/\s*\S+/g)) {
    const keys: string[] = [];
    if (m[0].includes(HIGHLIGHT_PRE)) for (const h of m[0].matchAll(/\uE000([^\uE000\uE001]*)/g)) {
      const key = fold(h[1]!).slice(0, 4);
      if (key !== '') keys.push(key);
    }
    words.push({ text: m[0], keys });
  }
  return words;
}

/** The highlighted words' keys in `words[start, start + size)`. */
function covered(words: readonly Word[], start: number, size: number): string[] {
  return words.slice(start, start + size).flatMap((w) => w.keys);
}

/**
 * The start of the `size`-word window with the most highlighted words not in `shown`, then the most highlights, the
 * earliest of equals, among the windows that overlap none at `taken`; -1 when there is none. One pass, the window's
 * counts kept as it slides (a window counted afresh at each start was 0.3 ms a snippet, 6 ms a result page).
 */
function bestWindow(words: readonly Word[], size: number, shown: ReadonlySet<string>, taken: readonly number[]): number {
  const counts = new Map<string, number>();
  let fresh = 0;
  let marks = 0;
  const add = (word: Word, by: 1 | -1): void => {
    for (const key of word.keys) {
      marks += by;
      const count = (counts.get(key) ?? 0) + by;
      counts.set(key, count);
      if (!shown.has(key) && (by === 1 ? count === 1 : count === 0)) fresh += by;
    }
  };
  let best = -1;
  let bestNew = -1;
  let bestMarks = -1;
  for (let i = 0; i < words.length; i++) {
    add(words[i]!, 1);
    if (i >= size) add(words[i - size]!, -1);
    const start = i - size + 1;
    if (start < 0 || taken.some((t) => start < t + size && t < start + size)) continue;
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
function placed(words: readonly Word[], start: number, size: number): { start: number; end: number } {
  let first = -1;
  let last = -1;
  for (let i = start; i < start + size; i++) {
    if (words[i]!.keys.length === 0) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return { start, end: start + size };
  const lead = Math.min(MAX_LEAD, Math.floor((size - (last - first + 1)) / 2));
  const moved = Math.max(0, Math.min(words.length - size, first - lead));
  return { start: moved, end: moved + size };
}

/** The fragments' words, "…" wherever text is left out. Fragments are in text order and may overlap. */
function render(words: readonly Word[], fragments: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const { start, end } of fragments) {
    const from = Math.max(start, at);
    let text = words.slice(from, end).map((w) => w.text).join('');
    if (from > at) text = (at === 0 ? ELLIPSIS : ` ${ELLIPSIS} `) + text.trimStart();
    out += out === '' ? text.trimStart() : text;
    at = Math.max(at, end);
  }
  return at < words.length ? out + ELLIPSIS : out;
}
