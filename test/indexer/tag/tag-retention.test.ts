import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../../src/project-root.js';

describe('the tagger over many long articles', () => {
  it('when 60 articles of ~100 KB each name someone new, then what the tagger keeps afterwards is not their text', () => {
    // 60 × ~100 KB = ~6 MB of text. The tagger's caches keep a few names an article; a name kept as a slice of its
    // article's text kept the whole article (126 MB retained over 300 articles of 200 KB, before src/text/detached.ts).
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(projectRoot, 'test/support/tag-retention.ts'), '60'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    const retainedMB = Number(child.stdout);
    expect(Number.isFinite(retainedMB)).toBe(true);
    expect(retainedMB).toBeLessThan(2);
  });
});
