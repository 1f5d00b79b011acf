import { accessSync, constants, existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { connectMeili } from '../src/meili/connection.js';
import { describeFailure } from '../src/meili/errors.js';
import { DEFAULT_INDEXER_NICENESS } from './cpu-priority.js';
import { createProgress } from './progress.js';
import { parseFieldMap } from './read/field-map.js';
import { runIndex } from './run-index.js';
import { callerFolder } from './caller-folder.js';
import { projectRoot } from '../src/project-root.js';
import { describeOrigin } from './source-record.js';
import { skipTally } from './skip-tally.js';
import { noPathsMessage, optionTakingAPath } from './swallowed-path.js';

/**
 * `npm run index -- PATH...`: index files and folders. Exit status 0 when every record was indexed (or was already
 * indexed unchanged), 2 when some records were skipped (each named on stderr with its file and line), 1 on failure,
 * and when none of the given paths could be read.
 */
const integer = (min: number, max = Number.MAX_SAFE_INTEGER) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(max === Number.MAX_SAFE_INTEGER ? `expected an integer ≥ ${min}` : `expected an integer from ${min} to ${max}`);
  return n;
};

/** `--source`'s value: a name, as a page shows it (one line, not empty, at most 200 characters). */
const publisherName = (value: string): string => {
  const name = value.trim();
  if (name === '' || name.length > 200 || /[\u0000-\u001f\u007f]/.test(name)) throw new InvalidArgumentError(`expected a publisher's name on one line, 1 to 200 characters, got ${JSON.stringify(value)}`);
  // "--source news/ more/" took the first path as the name: a name with a slash that is a file or folder is that.
  if (/[/\\]/.test(name) && existsSync(name)) throw new InvalidArgumentError(`expected a publisher's name, got ${JSON.stringify(value)}, a file or folder (give --source its name before the paths, e.g. --source Reuters)`);
  return name;
};

/**
 * A thread per core at most: each holds its own tagging model (~100 MB), and more threads than cores only share them
 * (an indexer review: `--tag-workers 1000` grew to 11.8 GB before it was killed).
 */
const MAX_TAG_WORKERS = availableParallelism();

// Paths on the command line, and in messages, are the user's: relative to the folder the command was typed in.
const folder = callerFolder(process.env, process.cwd(), projectRoot);
if (folder !== undefined) process.chdir(folder);

const program = new Command()
  .name('npm run index --')
  .description('Index news articles (.txt .md .html .json .jsonl .ndjson .csv .xml .rss .atom, also .gz; files or folders) into Meilisearch')
  .argument('[paths...]', 'files or folders (recursive)')
  .option('--json', 'print the summary as JSON on stdout')
  .option('--map <field=path>', 'where a field is in JSON/CSV/feed records, e.g. body=article.content, or records=PATH: where the records of a .json file are (repeatable)', (v: string, all: string[]) => [...all, v], [] as string[])
  .option('--day-first', 'read numeric dates such as 01/02/2024 day first (1 February), as Europe writes them; default month first, unless a file shows days first (15/01/2024)')
  .option('--source <name>', 'the publisher of records that name none, e.g. Reuters (feeds name theirs)', publisherName)
  .option('--prune', 'remove indexed articles whose source, within the given paths, is gone')
  .option('--rebuild', 'build a fresh index beside the live one and swap it in atomically')
  .option('--aliases <file>', 'actor alias file (default: ALIAS_FILE, else data/aliases.txt)')
  .option('--batch-size <passages>', 'passages per upload (default 2000)', integer(1))
  .option('--tag-workers <n>', `tagging threads (default: from the number of cores; 0: main thread; at most ${MAX_TAG_WORKERS}, this machine's cores)`, integer(0, MAX_TAG_WORKERS))
  .option('--nice <n>', `CPU niceness of the indexer, 0 (normal) to 19 (lowest); default ${DEFAULT_INDEXER_NICENESS}, so Meilisearch and a web server on this machine go first`, integer(0, 19))
  .option('--no-progress', 'no progress bar or progress lines')
  .option('--progress-interval <ms>', 'how often a progress line is written when stderr is not a terminal (default 5000)', integer(1))
  .action(async (paths: string[], opts: { json?: boolean; map: string[]; dayFirst?: boolean; source?: string; prune?: boolean; rebuild?: boolean; aliases?: string; batchSize?: number; tagWorkers?: number; nice?: number; progress: boolean; progressInterval?: number }) => {
    // Paths are checked here, not by commander: an option that took the only path as its value is named.
    if (paths.length === 0) throw new Error(noPathsMessage(optionTakingAPath([...opts.map.map((m) => ['--map', m] as const), ['--source', opts.source], ['--aliases', opts.aliases]], existsSync)));
    const fieldMap = parseFieldMap(opts.map);
    const config = loadConfig(process.env, { role: 'tool' });
    // Checked before the engine starts, naming where the file came from: "ENOENT … open '/nope'" named neither.
    const aliasFile = opts.aliases ?? config.aliasFile;
    try {
      accessSync(aliasFile, constants.R_OK);
    } catch (error) {
      throw new Error(`${opts.aliases !== undefined ? '--aliases' : 'ALIAS_FILE'} ${aliasFile}: cannot read the alias file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
    }
    const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
    const endpoint = await connectMeili(config, log);
    try {
      const summary = await runIndex({
        endpoint,
        index: config.meili.index,
        paths,
        fieldMap,
        // Retries and engine restarts are worth a line as they happen; skips are listed once, at the end.
        log,
        logSkips: false,
        prune: opts.prune === true,
        rebuild: opts.rebuild === true,
        ...(opts.progress ? { progress: createProgress(opts.progressInterval !== undefined ? { intervalMs: opts.progressInterval } : {}) } : {}),
        aliasFile,
        ...(opts.dayFirst === true ? { dayFirst: true } : {}),
        ...(opts.source !== undefined ? { source: opts.source } : {}),
        ...(opts.batchSize !== undefined ? { batchSize: opts.batchSize } : {}),
        ...(opts.tagWorkers !== undefined ? { tagWorkers: opts.tagWorkers } : {}),
        niceness: opts.nice ?? DEFAULT_INDEXER_NICENESS,
      });
      if (summary === undefined) return;
      for (const s of summary.skipped) process.stderr.write(`skipped ${printable(describeOrigin(s.origin))}: ${printable(s.reason)}\n`);
      // Not a skip (nothing is lost, the exit status stays 0), but a line each: two stories under one id look the same.
      for (const v of summary.superseded) process.stderr.write(`updated ${printable(v.articleId)}: ${printable(v.later)} replaces ${printable(v.earlier)}\n`);
      for (const f of summary.pruneHeldBack) process.stderr.write(`not pruned ${printable(f)}: some of its records could not be read this run\n`);
      if (opts.json) {
        // `where` as the stderr line names it; `file` and `line` apart, for scripts.
        const skipped = summary.skipped.map((s) => ({ where: describeOrigin(s.origin), file: s.origin.file, line: s.origin.line ?? null, ...(s.origin.record !== undefined ? { record: s.origin.record } : {}), reason: s.reason }));
        process.stdout.write(JSON.stringify({ ...summary, skipped }) + '\n');
      } else {
        process.stdout.write(
          // Versions written: a story updated within the run may count twice (IndexSummary.articles), and "Indexed 2
          // articles" of an index holding one misled (a black-box review): the line says so when it happens.
          `Indexed ${summary.articles} article${summary.superseded.length > 0 ? ' version' : ''}(s) as ${summary.passages} passage(s) from ${summary.files} file(s) in ${summary.seconds.toFixed(1)} s; ` +
            `${summary.unchanged} unchanged, ${summary.skipped.length} skipped` +
            (summary.skipped.length > 0 ? ` (${printable(skipTally(summary.skipped))})` : '') +
            (summary.ambiguousDates > 0 ? `, ${summary.ambiguousDates} numeric date(s) such as 01/02/2024 read month first (--day-first reads them day first)` : '') +
            (summary.repeated > 0 ? `, ${summary.repeated} repeated (the same article again in this run's input, indexed once)` : '') +
            (summary.superseded.length > 0 ? `, ${summary.superseded.length} updated (an article read again with other content: the last record read is indexed, and replaced any version written before it)` : '') +
            (summary.replaced > 0 ? `, ${summary.replaced} left-over version(s) of edited records removed` : '') +
            (opts.prune ? `, ${summary.pruned} pruned` : '') +
            (summary.rebuilt ? '; rebuilt and swapped in' : '') +
            `. Peak memory ${summary.peakRssMB} MB.\n`,
        );
      }
      // Not one given path could be read (a typo, an unmounted disk): a failure, not "some records skipped".
      const unreadable = new Set(summary.unreadablePaths);
      const nothingRead = summary.files === 0 && paths.every((p) => unreadable.has(resolve(p)));
      if (nothingRead) process.stderr.write(`index: nothing to index: none of the given paths could be read\n`);
      process.exitCode = nothingRead ? 1 : summary.skipped.length > 0 ? 2 : 0;
    } finally {
      await endpoint.stop();
    }
  });

program.parseAsync().catch((error: unknown) => {
  const message = describeFailure(error);
  process.stderr.write(`index: ${message}\n`);
  // A script reading --json output gets an answer on failure too, not an empty stdout.
  if (program.opts<{ json?: boolean }>().json === true) process.stdout.write(JSON.stringify({ error: message }) + '\n');
  process.exitCode = 1;
});

/**
 * A message part as a terminal can show it: a skipped line of binary data is quoted in its reason (a JSON parser's
 * message holds the start of the line), and its control characters would reach the terminal as they are.
 *
 * `printable('bad \u0000\u001b[2J')` → `'bad \\u0000\\u001b[2J'`
 */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
