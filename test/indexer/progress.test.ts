import { createProgress, doneShare, eta, progressLine } from '../../indexer/progress.js';

describe('progress', () => {
  test('when the input is all read but a third of its articles are done, then the share done is a third, not 100 %', () => {
    const stats = { bytes: 1000, articlesRead: 1935, articles: 645, passages: 900 };
    expect(doneShare(stats, 1000)).toBeCloseTo(1 / 3, 2);
    expect(progressLine(stats, 1000, 10)).toBe('645 articles (65/s), 900 passages (90/s), 33% done, ETA 20 s');
  });

  test('when nothing is read yet, then the share is 0 and the time left unknown', () => {
    expect(progressLine({ bytes: 0, articlesRead: 0, articles: 0, passages: 0 }, 1000, 1)).toBe('0 articles (0/s), 0 passages (0/s), 0% done, ETA unknown');
  });

  test('when every article read is done and the input is read, then the line says so', () => {
    expect(progressLine({ bytes: 1000, articlesRead: 10, articles: 10, passages: 20 }, 1000, 5)).toBe('10 articles (2/s), 20 passages (4/s), 100% done, all read');
  });

  test('when reading runs ahead and the share done by the counts drops, then the lines never show less than before', () => {
    const lines: string[] = [];
    const stream = { write: (text: string) => lines.push(text), isTTY: false } as unknown as NodeJS.WriteStream;
    const progress = createProgress({ stream, intervalMs: 0, tty: false });
    progress.start(1000);
    progress.update({ bytes: 500, articlesRead: 100, articles: 80, passages: 80 }); // 40 %
    progress.update({ bytes: 600, articlesRead: 300, articles: 170, passages: 170 }); // 34 % by the counts
    progress.update({ bytes: 900, articlesRead: 400, articles: 400, passages: 400 }); // 90 %
    expect(lines.map((l) => /(\d+)% done/.exec(l)?.[1])).toEqual(['40', '40', '90']);
    expect(doneShare({ bytes: 600, articlesRead: 300, articles: 170, passages: 170 }, 1000)).toBeCloseTo(0.34, 2);
  });

  test('when a terminal bar starts or nearly nothing is done, then its ETA is unknown, not "0s" or "INF" (an indexer review)', () => {
    let out = '';
    const stream = { write: (text: string) => ((out += text), true), isTTY: true, columns: 200, cursorTo: () => true, clearLine: () => true, moveCursor: () => true, on: () => stream, removeListener: () => stream } as unknown as NodeJS.WriteStream;
    const progress = createProgress({ stream, tty: true });
    progress.start(1000);
    progress.phase('reading');
    progress.stop();
    expect(out).toContain('ETA unknown');
    expect(out).not.toMatch(/ETA 0s|INF|NaN/);
    expect(eta(0.005, 30)).toBe('ETA unknown');
    expect(eta(0.5, 10)).toBe('ETA 10 s');
    expect(eta(1, 10)).toBe('all read');
  });
});
