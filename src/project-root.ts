import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in `src/`): views, sample data and the data folder are found from it. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
