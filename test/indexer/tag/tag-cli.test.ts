import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { projectRoot } from '../../../src/project-root.js';

function runTagCli(input: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', resolve(projectRoot, 'indexer/tag/tag-cli.ts')], { input, encoding: 'utf8', cwd: projectRoot });
}

describe('npm run tag', () => {
  test('when given JSON lines, then it answers one line each, in order, with offsets into the input text', () => {
    const lines = [
      { id: 'a', text: 'Russian President Vladimir Putin spoke with Mali’s leader Assimi Goita on July 26th. Putin said ECOWAS must talk.', date: '2023-08-01' },
      { id: 'b', text: 'The junta in Niamey met envoys last month.', date: '2023-11-15', title: 'Niger talks' },
      { id: 'c', text: 'Nothing dated here, says Chad Smith, a turkey farmer.' },
    ];
    const res = runTagCli(lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    expect(res.status).toBe(0);
    const out = res.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    const [a, b, c] = out;
    expect(a.countries).toEqual(expect.arrayContaining(['RU', 'ML']));
    expect(a.actors).toEqual(expect.arrayContaining([{ name: 'Vladimir Putin', kind: 'person' }, { name: 'Economic Community of West African States', kind: 'organisation' }]));
    expect(a.actors.filter((x: { name: string }) => /Putin/.test(x.name))).toHaveLength(1);
    expect(a.published).toBe('2023-08-01');
    expect(a.dates).toEqual([{ value: '2023-07-26', text: 'July 26th', start: 74, end: 83 }]);
    for (const m of a.mentions) expect(['PER', 'ORG', 'LOC', 'MISC']).toContain(m.type);
    expect(a.mentions.map((m: { start: number; end: number }) => lines[0]!.text.slice(m.start, m.end))).toEqual(expect.arrayContaining(['Vladimir Putin', 'Assimi Goita', 'ECOWAS']));
    expect(b.dates).toEqual([{ value: '2023-10', text: 'last month', start: 31, end: 41 }]);
    expect(c.countries).toEqual([]);
    expect(c.published).toBeNull();
  });

  test('when the text is hard-wrapped wire copy, then a name broken across lines is one actor, as the indexer reads it (an audit: "Richard" and "Hu" apart)', () => {
    const text = "Singapore's Finance Minister Richard\nHu is expected to announce a budget.\n    Federal Reserve Board chairman Paul\nVolcker met him.\n Reuter";
    const res = runTagCli(JSON.stringify({ id: 'w', text }) + '\n');
    expect(res.status).toBe(0);
    const out = JSON.parse(res.stdout.trim());
    expect(out.actors).toEqual(expect.arrayContaining([{ name: 'Richard Hu', kind: 'person' }, { name: 'Paul Volcker', kind: 'person' }]));
    expect(out.actors.map((a: { name: string }) => a.name)).not.toContain('Richard');
    expect(out.mentions.map((m: { start: number; end: number }) => text.slice(m.start, m.end))).toEqual(expect.arrayContaining(['Richard\nHu', 'Paul\nVolcker']));
  });

  test('when a line is not JSON, then stderr names the line, its answer says error, and the rest is tagged', () => {
    const res = runTagCli('{"id":"x","text":"Bamako."}\nnot json\n{"id":"y","text":"Niamey."}\n');
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/stdin line 2: /);
    const out = res.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['x', null, 'y']);
    expect(out[2].countries).toEqual(['NE']);
  });
});
