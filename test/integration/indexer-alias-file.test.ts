import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/project-root.js';
import { adminClient, testEndpoint, uniqueIndex } from '../support/meili.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'dispatch-aliasfile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the indexer and ALIAS_FILE', () => {
  test('when ALIAS_FILE names an alias file, then `npm run index` tags with it, as the server reads it', async () => {
    const index = uniqueIndex('aliasfile');
    const aliases = join(dir, 'aliases.txt');
    writeFileSync(aliases, 'Sahel Water Authority | organisation | SWA\n');
    const article = join(dir, 'story.txt');
    writeFileSync(article, 'Dam talks resume\n\nNIAMEY, June 3, 2024 - The SWA said on Monday that the dam would open. The SWA chief spoke.\n');
    const endpoint = testEndpoint();
    await run(process.execPath, ['--import', 'tsx', resolve(projectRoot, 'indexer/cli.ts'), article, '--json', '--tag-workers', '0', '--no-progress'], {
      cwd: projectRoot,
      env: { ...process.env, MEILI_URL: endpoint.url, MEILI_MASTER_KEY: endpoint.masterKey ?? '', MEILI_INDEX: index, ALIAS_FILE: aliases },
    });
    const admin = adminClient();
    try {
      const { hits } = await admin.client.index(index).search('', { limit: 5 });
      expect(hits[0]?.articleActors).toContain('Sahel Water Authority');
    } finally {
      admin.close();
    }
  }, 60_000);

  test('when --aliases or ALIAS_FILE names a file that cannot be read, then the run stops at once with a line naming the option and the file (a review: "ENOENT … open \'/nope\'")', async () => {
    const endpoint = testEndpoint();
    const env = { ...process.env, MEILI_URL: endpoint.url, MEILI_MASTER_KEY: endpoint.masterKey ?? '', MEILI_INDEX: uniqueIndex('aliasfile-missing') };
    const cli = [resolve(projectRoot, 'indexer/cli.ts'), join(dir, 'none.txt'), '--no-progress'];
    const failure = (args: string[], extra: Record<string, string> = {}) =>
      run(process.execPath, ['--import', 'tsx', ...cli, ...args], { cwd: projectRoot, env: { ...env, ...extra } }).then(
        () => null,
        (error: { stderr: string; code: number }) => ({ stderr: error.stderr.trim(), code: error.code }),
      );
    expect(await failure(['--aliases', '/nope/aliases.txt'])).toEqual({ stderr: 'index: --aliases /nope/aliases.txt: cannot read the alias file (ENOENT)', code: 1 });
    expect(await failure([], { ALIAS_FILE: '/nope/aliases.txt' })).toEqual({ stderr: 'index: ALIAS_FILE /nope/aliases.txt: cannot read the alias file (ENOENT)', code: 1 });
  }, 60_000);
});
