import { resolve } from 'node:path';

/**
 * The folder a user typed `npm run index -- PATHS` in, when npm moved the command elsewhere: npm runs a script in the
 * package's folder and keeps the caller's folder in INIT_CWD. Without this, `cd data && npm run index -- sample` read
 * `sample` from the package's folder ("cannot read: ENOENT"). Only when the process runs in the package's folder (as
 * npm puts it): a command started elsewhere, by hand or by a test, keeps its own working folder.
 *
 * `callerFolder({ INIT_CWD: '/home/ana/news', npm_lifecycle_event: 'index' }, '/opt/dispatch', '/opt/dispatch')` → `'/home/ana/news'`
 * `callerFolder({ INIT_CWD: '/home/ana/news', npm_lifecycle_event: 'index' }, '/tmp/run', '/opt/dispatch')` → `undefined`
 */
export function callerFolder(env: NodeJS.ProcessEnv, cwd: string, packageRoot: string, script = 'index'): string | undefined {
  const init = env.INIT_CWD;
  // Only under `npm run index` itself: a process started by another script (`npm test` spawning the command in the
  // package's folder) inherits INIT_CWD, which is not its caller's folder.
  if (env.npm_lifecycle_event !== script) return undefined;
  if (init === undefined || init === '' || resolve(cwd) !== resolve(packageRoot)) return undefined;
  return resolve(init) === resolve(packageRoot) ? undefined : resolve(init);
}
