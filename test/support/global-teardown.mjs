import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  await globalThis.__meili?.stop();
  if (globalThis.__meiliDir !== undefined) rmSync(globalThis.__meiliDir, { recursive: true, force: true });
}
