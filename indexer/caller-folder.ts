import { resolve } from 'node:path';

/**
 * The folder a user typed `npm run index -- PATHS` in, when npm moved the command elsewhere: npm runs a script in the
 * package's folder and keeps the caller's folder in INIT_CWD. Without this, `cd data && npm run index -- sample` read
 * `sample` from the package's folder ("cannot read: ENOENT"). Only when the process runs in the package's folder (as
 * npm puts it): a command started elsewhere, by hand or by a test, keeps its own working folder.
 *
 * `callerFolder({ INIT_CWD: '/home/ana/news' }, '/opt/dispatch', '/opt/dispatch')` → `'/home/ana/news'`
 * `callerFolder({ INIT_CWD: '/home/ana/news' }, '/tmp/run', '/opt/dispatch')` → `undefined`
 */
export function callerFolder(env: NodeJS.ProcessEnv, cwd: string, packageRoot: string): string | undefined {
  const init = env.INIT_CWD;
  if (init === undefined || init === '' || resolve(cwd) !== resolve(packageRoot)) return undefined;
  return resolve(init) === resolve(packageRoot) ? undefined : resolve(init);
}
