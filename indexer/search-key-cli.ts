import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createMeiliClient } from '../src/meili/client.js';
import { connectMeili } from '../src/meili/connection.js';
import { describeFailure } from '../src/meili/errors.js';
import { ensureSearchKey } from '../src/meili/search-key.js';

/**
 * `npm run search-key`: the web server's search-only key for MEILI_INDEX (made once, with a fixed uid, so every run
 * prints the same key), from the master key. Printed on stdout, or written to a file (mode 0600) with `--write`, which
 * is how docker-compose.yml hands it to the web server without the server ever holding the master key.
 */
const program = new Command()
  .name('npm run search-key --')
  .description('Print (or write) the search-only Meilisearch key the web server should hold, made with the master key')
  .option('--write <file>', 'write the key to this file (mode 0600) instead of printing it')
  .action(async (opts: { write?: string }) => {
    const config = loadConfig(process.env, { role: 'tool' });
    const endpoint = await connectMeili(config, createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel));
    try {
      if (endpoint.masterKey === undefined) throw new Error('MEILI_MASTER_KEY: expected the master key of the Meilisearch at MEILI_URL (making a key needs it)');
      const { client, close } = createMeiliClient({ host: endpoint.url, apiKey: endpoint.masterKey });
      let key: string;
      try {
        key = await ensureSearchKey(client, config.meili.index);
      } finally {
        close();
      }
      if (opts.write === undefined) {
        process.stdout.write(`${key}\n`);
        return;
      }
      // Written beside the target with mode 0600, then renamed over it: the key is never in a file others can read
      // (an existing file would keep its mode), and the server never reads half a key.
      const temporary = `${opts.write}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, `${key}\n`, { mode: 0o600 });
        renameSync(temporary, opts.write);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw new Error(`${opts.write}: cannot write the key (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
      }
      process.stderr.write(`search-only key for the index ${config.meili.index} written to ${opts.write}\n`);
    } finally {
      await endpoint.stop();
    }
  });

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(`search-key: ${describeFailure(error)}\n`);
  process.exitCode = 1;
});
