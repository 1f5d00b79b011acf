import { Command } from 'commander';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { connectMeili } from '../src/meili/connection.js';
import { runIndex } from './run-index.js';
import { describeOrigin } from './source-record.js';

/**
 * `npm run index -- PATH...`: index files and folders. Exit status 0 when every record was indexed (or was already
 * indexed unchanged), 2 when some records were skipped (each named on stderr with its file and line), 1 on failure.
 */
const program = new Command()
  .name('npm run index --')
  .description('Index news articles (.txt .md .html .json .jsonl .ndjson, files or folders) into Meilisearch')
  .argument('<paths...>', 'files or folders (recursive)')
  .option('--json', 'print the summary as JSON on stdout')
  .option('--aliases <file>', 'actor alias file (default data/aliases.txt)')
  .action(async (paths: string[], opts: { json?: boolean; aliases?: string }) => {
    const config = loadConfig();
    const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
    const endpoint = await connectMeili(config);
    try {
      const summary = await runIndex({ endpoint, index: config.meili.index, paths, log, ...(opts.aliases ? { aliasFile: opts.aliases } : {}) });
      if (summary === undefined) return;
      if (opts.json) {
        process.stdout.write(JSON.stringify({ ...summary, skipped: summary.skipped.map((s) => ({ where: describeOrigin(s.origin), reason: s.reason })) }) + '\n');
      } else {
        for (const s of summary.skipped) process.stderr.write(`skipped ${describeOrigin(s.origin)}: ${s.reason}\n`);
        process.stdout.write(
          `Indexed ${summary.articles} article(s) as ${summary.passages} passage(s) from ${summary.files} file(s) in ${summary.seconds.toFixed(1)} s; ` +
            `${summary.unchanged} unchanged, ${summary.skipped.length} skipped.\n`,
        );
      }
      process.exitCode = summary.skipped.length > 0 ? 2 : 0;
    } finally {
      await endpoint.stop();
    }
  });

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`index: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
