import { callerFolder } from '../../indexer/caller-folder.js';
import { walkFiles } from '../../indexer/read/read-files.js';

describe('the folder paths are read from (an indexer review)', () => {
  test('when npm runs the indexer in the package folder for a user in another folder, then paths are the user\'s', () => {
    expect(callerFolder({ INIT_CWD: '/home/ana/news', npm_lifecycle_event: 'index' }, '/opt/dispatch', '/opt/dispatch')).toBe('/home/ana/news');
  });

  test('when the command runs in the folder it was typed in, or elsewhere than the package, then the working folder stays', () => {
    expect(callerFolder({ INIT_CWD: '/opt/dispatch' }, '/opt/dispatch', '/opt/dispatch')).toBeUndefined();
    expect(callerFolder({}, '/opt/dispatch', '/opt/dispatch')).toBeUndefined();
    // A test or a script that starts the command in its own folder, under an `npm test` that set INIT_CWD.
    expect(callerFolder({ INIT_CWD: '/opt/dispatch' }, '/tmp/run', '/opt/dispatch')).toBeUndefined();
    // Spawned in the package's folder by another script (npm test run from elsewhere), which set INIT_CWD (a code review).
    expect(callerFolder({ INIT_CWD: '/home/ana', npm_lifecycle_event: 'test' }, '/opt/dispatch', '/opt/dispatch')).toBeUndefined();
  });

  test('when a relative path cannot be read, then the skip says where it was looked for', async () => {
    const skips: string[] = [];
    for await (const item of walkFiles(['no-such-folder-here'])) if ('skip' in item) skips.push(item.skip.reason);
    expect(skips).toEqual([`cannot read: ENOENT (looked for ${process.cwd()}/no-such-folder-here)`]);
  });
});
