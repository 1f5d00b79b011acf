import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/project-root.js';
import { testEndpoint, uniqueIndex } from '../support/meili.js';

const run = promisify(execFile);

/** The real CLI's summary line (not --json), as a person reads it. */
async function summaryLine(index: string, paths: string[]): Promise<string> {
  const endpoint = testEndpoint();
  const { stdout } = await run(resolve(projectRoot, 'node_modules/.bin/tsx'), [resolve(projectRoot, 'indexer/cli.ts'), '--no-progress', ...paths], {
    env: { ...process.env, MEILI_URL: endpoint.url, MEILI_MASTER_KEY: endpoint.masterKey ?? '', MEILI_INDEX: index, LOG_LEVEL: 'error' },
  });
  return stdout.trim();
}

describe('the summary line of a run', () => {
  test('when a story is read twice with other content in one run, then the line counts versions written and says the later replaced the earlier (a review: "Indexed 2 articles" of an index holding one)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-summary-'));
    mkdirSync(join(dir, 'sup'));
    writeFileSync(join(dir, 'sup', 'a.jsonl'), JSON.stringify({ id: 's1', title: 'Version A', body: 'Talks in Niamey began on Monday, officials said.' }) + '\n');
    writeFileSync(join(dir, 'sup', 'b.jsonl'), JSON.stringify({ id: 's1', title: 'Version B', body: 'Talks in Niamey ended on Tuesday, officials said.' }) + '\n');
    const line = await summaryLine(uniqueIndex('summary'), [join(dir, 'sup')]);
    expect(line).toMatch(/^Indexed 2 article version\(s\) as 2 passage\(s\) from 2 file\(s\)/);
    expect(line).toContain('1 updated (an article read again with other content: the last record read is indexed, and replaced any version written before it)');
    // A run without updates says articles.
    writeFileSync(join(dir, 'one.jsonl'), JSON.stringify({ id: 'o1', title: 'One', body: 'Talks in Bamako began on Monday, officials said.' }) + '\n');
    expect(await summaryLine(uniqueIndex('summary-one'), [join(dir, 'one.jsonl')])).toMatch(/^Indexed 1 article\(s\) as 1 passage\(s\) from 1 file\(s\)/);
  });
});

describe('the command line', () => {
  /** The real CLI's failure: its stderr line and exit status. */
  const failure = (args: string[]) => {
    const endpoint = testEndpoint();
    return run(resolve(projectRoot, 'node_modules/.bin/tsx'), [resolve(projectRoot, 'indexer/cli.ts'), '--no-progress', ...args], {
      env: { ...process.env, MEILI_URL: endpoint.url, MEILI_MASTER_KEY: endpoint.masterKey ?? '', MEILI_INDEX: uniqueIndex('cli-args'), LOG_LEVEL: 'error' },
    }).then(
      () => null,
      (error: { stderr: string; code: number }) => ({ stderr: error.stderr.trim(), code: error.code }),
    );
  };

  test('when an option takes the only path as its value, then the run stops naming the option, not "missing required argument" (an indexer review)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-cli-'));
    expect(await failure(['--map', dir])).toEqual({ stderr: `index: no paths to index: --map took ${JSON.stringify(dir)}, which is a file or folder, as its value; give --map its own value (e.g. --map body=article.content) before the paths`, code: 1 });
    expect(await failure([])).toEqual({ stderr: 'index: no paths to index: name the files or folders to read, e.g. npm run index -- data/news', code: 1 });
    const other = mkdtempSync(join(tmpdir(), 'dispatch-cli-'));
    const source = await failure(['--source', dir, other]);
    expect(source?.code).toBe(1);
    expect(source?.stderr).toContain(`expected a publisher's name, got ${JSON.stringify(dir)}, a file or folder`);
  }, 60_000);

  test('when more tagging threads are asked for than the machine has cores, then the run is refused (an indexer review: 1,000 grew to 11.8 GB)', async () => {
    const refused = await failure(['--tag-workers', String(availableParallelism() + 1), mkdtempSync(join(tmpdir(), 'dispatch-cli-'))]);
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toContain(`expected an integer from 0 to ${availableParallelism()}`);
  }, 60_000);
});
