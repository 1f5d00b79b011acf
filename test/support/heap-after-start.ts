// Started by test/meili/embedded.test.ts in a process of its own (node --expose-gc): starts an embedded engine in the
// data folder given, drops the master key from what it returned (as forgetMasterKey does), collects garbage, writes a
// heap snapshot, stops the engine and prints the snapshot's path. It never reads the key itself: the test does.
import { join } from 'node:path';
import v8 from 'node:v8';
import { startEmbeddedMeili } from '../../src/meili/embedded.js';

const dataDir = process.argv[2]!;
const meili = await startEmbeddedMeili({ dataDir, reuse: false });
delete (meili as { masterKey?: string }).masterKey;
const gc = (globalThis as { gc?: () => void }).gc!;
gc();
await new Promise((resolve) => setTimeout(resolve, 100));
gc();
const file = v8.writeHeapSnapshot(join(dataDir, 'after-start.heapsnapshot'));
await meili.stop();
process.stdout.write(file);
