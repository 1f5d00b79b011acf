import cliProgress from 'cli-progress';

export interface ProgressStats {
  /** Input bytes read (compressed size for `.gz`). */
  bytes: number;
  /** Articles read from the input so far (done or still in the pipeline). */
  articlesRead: number;
  /** Articles done by the indexer: tagged and made into passages (their batch may not be sent yet), or found unchanged. */
  articles: number;
  /** Passages made. */
  passages: number;
}

export interface Progress {
  start(totalBytes: number): void;
  update(stats: ProgressStats): void;
  /** A step after reading: "waiting for Meilisearch", "pruning", "swapping". */
  phase(text: string): void;
  stop(): void;
}

/**
 * The share of the work done, 0..1: the share of input read, scaled by the share of the articles read that are done.
 * Reading runs ahead of tagging by up to a batch (thousands of short articles), so the share read alone said 100 %
 * while a third of the articles were still to tag.
 *
 * `doneShare({ bytes: 100, articlesRead: 1935, articles: 574, passages: 900 }, 100)` → `0.2966…`
 */
export function doneShare(stats: ProgressStats, totalBytes: number): number {
  if (totalBytes <= 0 || stats.articlesRead === 0) return 0;
  return Math.min(1, stats.bytes / totalBytes) * Math.min(1, stats.articles / stats.articlesRead);
}

/**
 * One progress line: counts, rates since the start and the time left, estimated from the share done (doneShare).
 * `progressLine({ bytes: 50, articlesRead: 200, articles: 200, passages: 600 }, 100, 10)`
 *   → `200 articles (20/s), 600 passages (60/s), 50% done, ETA 10 s`
 */
export function progressLine(stats: ProgressStats, totalBytes: number, seconds: number, share = doneShare(stats, totalBytes)): string {
  const rate = (n: number): string => (seconds > 0 ? Math.round(n / seconds).toString() : '0');
  return `${stats.articles} articles (${rate(stats.articles)}/s), ${stats.passages} passages (${rate(stats.passages)}/s), ${Math.floor(share * 100)}% done, ${eta(share, seconds)}`;
}

/**
 * The time left, from the share done so far, for the bar and the lines alike: unknown until 1 % is done (cli-progress's
 * own estimate had shown "ETA 0s" at 0 % and "INF"), "all read" once reading is over.
 *
 * `eta(0.5, 10)` → `'ETA 10 s'`; `eta(0, 3)` → `'ETA unknown'`
 */
export function eta(share: number, seconds: number): string {
  if (share >= 1) return 'all read';
  if (share < 0.01 || seconds <= 0) return 'ETA unknown';
  return `ETA ${formatSeconds((seconds * (1 - share)) / share)}`;
}

function formatSeconds(s: number): string {
  if (s < 90) return `${Math.round(s)} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

/**
 * The share done as shown: never less than shown before. doneShare can step back when reading runs ahead (a batch of
 * articles read, none of them tagged yet), and a bar that goes from 40 % to 35 % reads as lost work.
 *
 * `const shown = shareShown(); shown(0.4); shown(0.35)` → `0.4`
 */
export function shareShown(): (share: number) => number {
  let highest = 0;
  return (share) => (highest = Math.max(highest, share));
}

/** No output (a library call, the tests). */
export const silentProgress: Progress = { start() {}, update() {}, phase() {}, stop() {} };

/**
 * A bar on a terminal (cli-progress: share done, articles/s, passages/s, ETA), else a plain line every
 * `intervalMs` (logs and CI keep readable lines, not carriage returns).
 */
export function createProgress(options: { stream?: NodeJS.WriteStream; intervalMs?: number; tty?: boolean } = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const tty = options.tty ?? stream.isTTY === true;
  let startedAt = 0;
  let total = 0;
  let last: ProgressStats = { bytes: 0, articlesRead: 0, articles: 0, passages: 0 };
  const shown = shareShown();
  const elapsed = (): number => (performance.now() - startedAt) / 1000;

  if (tty) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        // `left`, not cli-progress's own `eta` token (its own estimate, which it fills in over ours).
        format: '{bar} {percentage}% | {articles} articles {aps}/s | {passages} passages {pps}/s | {left} {phase}',
        hideCursor: true,
        etaBuffer: 50,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    const payload = (s: ProgressStats, share: number, phase = '') => {
      const t = Math.max(elapsed(), 0.001);
      return { articles: s.articles, passages: s.passages, aps: Math.round(s.articles / t), pps: Math.round(s.passages / t), left: eta(share, elapsed()), phase };
    };
    return {
      start(totalBytes) {
        startedAt = performance.now();
        total = Math.max(1, totalBytes);
        bar.start(total, 0, payload(last, 0));
      },
      update(stats) {
        last = stats;
        const share = shown(doneShare(stats, total));
        bar.update(Math.round(share * total), payload(stats, share));
      },
      phase(text) {
        const share = shown(doneShare(last, total));
        bar.update(Math.round(share * total), payload(last, share, `| ${text}`));
      },
      stop() {
        bar.stop();
      },
    };
  }

  const interval = options.intervalMs ?? 5000;
  let lastLine = 0;
  return {
    start(totalBytes) {
      startedAt = performance.now();
      lastLine = startedAt;
      total = totalBytes;
    },
    update(stats) {
      last = stats;
      const now = performance.now();
      if (now - lastLine < interval) return;
      lastLine = now;
      stream.write(`progress: ${progressLine(stats, total, elapsed(), shown(doneShare(stats, total)))}\n`);
    },
    phase(text) {
      stream.write(`progress: ${progressLine(last, total, elapsed(), shown(doneShare(last, total)))}; ${text}\n`);
    },
    stop() {},
  };
}
