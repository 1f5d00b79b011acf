import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from '../../src/search/highlight.js';
import { snippet } from '../../src/search/snippet.js';

const mark = (word: string): string => `${HIGHLIGHT_PRE}${word}${HIGHLIGHT_POST}`;
const filler = (n: number, word = 'x'): string => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
const wordCount = (text: string): number => text.split(/\s+/).filter((w) => w !== '…' && w !== '').length;

describe('snippet', () => {
  test('when a passage is no longer than a snippet, then it comes whole, without "…"', () => {
    const text = `The ${mark('coup')} in Niger.`;
    expect(snippet(text, 10)).toBe(text);
  });

  test('when nothing is highlighted, then the first words come, and "…" for the rest', () => {
    expect(snippet(filler(30), 5)).toBe('x0 x1 x2 x3 x4…');
  });

  test('when one highlight stands in the middle, then the snippet has words on both sides of it and "…" at both ends', () => {
    const out = snippet(`${filler(50, 'a')} ${mark('coup')} ${filler(50, 'b')}`, 10);
    expect(out).toBe(`…a46 a47 a48 a49 ${mark('coup')} b0 b1 b2 b3 b4…`);
  });

  test('when a highlight stands far into a long passage, then no more than twelve words come before it', () => {
    const out = snippet(`${filler(100, 'a')} ${mark('coup')} ${filler(100, 'b')}`, 40);
    expect(out.startsWith('…a88 ')).toBe(true);
    expect(wordCount(out)).toBe(40);
  });

  test('when two query words stand further apart than a snippet, then both show, in two fragments joined by "…"', () => {
    const out = snippet(`${mark('Reagan')} said ${filler(80)} federal ${mark('budget')} deficit ${filler(20, 'y')}`, 20);
    expect(out).toContain(mark('Reagan'));
    expect(out).toContain(mark('budget'));
    expect(out).toMatch(/^Reagan|^\uE000Reagan/);
    expect(out.split(' … ')).toHaveLength(2);
    expect(wordCount(out)).toBe(20);
  });

  test('when the words fit in one window, then one fragment shows them all, however many other highlights lie apart', () => {
    const out = snippet(`${filler(40)} ${mark('oil')} ${mark('prices')} ${filler(60)} ${mark('oil')} ${filler(40, 'z')}`, 10);
    expect(out).toContain(`${mark('oil')} ${mark('prices')}`);
    expect(out).not.toContain(' … ');
  });

  test('when three words stand far apart, then three fragments show them', () => {
    const out = snippet(`${mark('bank')} ${filler(60)} ${mark('loan')} ${filler(60, 'y')} ${mark('rates')} ${filler(60, 'z')}`, 30);
    for (const w of ['bank', 'loan', 'rates']) expect(out).toContain(mark(w));
    expect(out.split(' … ')).toHaveLength(3);
  });

  test('when one written word holds two highlights ("yen-dollar"), then each counts as a query word of its own', () => {
    const text = `${mark('yen')} bills ${filler(80)} the ${mark('yen')}-${mark('dollar')} committee ${filler(30, 'y')}`;
    const out = snippet(text, 20);
    expect(out).toContain(`${mark('yen')}-${mark('dollar')}`);
  });

  test('when a word comes with a plural and a singular ("prices", "price"), then they are one word and one window suffices', () => {
    const out = snippet(`${mark('price')} ${filler(80)} ${mark('oil')} ${mark('prices')} ${filler(30, 'y')}`, 10);
    expect(out).toContain(`${mark('oil')} ${mark('prices')}`);
    expect(out).not.toContain(' … ');
  });
});
