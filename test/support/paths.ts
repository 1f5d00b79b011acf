import { resolve } from 'node:path';
import { projectRoot } from '../../src/project-root.js';

export const SAMPLE_DIR = resolve(projectRoot, 'data/sample');
