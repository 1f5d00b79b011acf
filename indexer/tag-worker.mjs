// Entry of a tagging worker thread. Plain ESM so it starts the same under `tsx`, jest and node: it loads the
// TypeScript worker through tsx's API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./tag-worker.ts', import.meta.url);
