import { createMeiliClient } from '../src/meili/client.js';
import { ensureSearchKey } from '../src/meili/search-key.js';
import { toApiAnswer, DEFAULT_FACET_LIMIT, MAX_FACET_LIMIT } from '../src/search/api-answer.js';
import { planSearch } from '../src/search/search-request.js';
import { toSearchResults } from '../src/search/search-results.js';
import { openBenchCorpus } from './search-corpus.js';
import { machineLine } from './search-machine.js';
import { searchMix } from './search-mix.js';

/**
 * `npm run bench:results`: the server's own CPU per search, without the network: the benchmark mix's real
 * Meilisearch answers (fetched once from the bench corpus) parsed, turned into results (toSearchResults), shaped
 * for the API (toApiAnswer) and serialised, each step timed alone over many rounds. Environment: BENCH_ROUNDS
 * (default 300).
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);

const corpus = await openBenchCorpus((line) => process.stdout.write(line + '\n'));
const admin = createMeiliClient({ host: corpus.engine.url, apiKey: corpus.engine.masterKey, timeoutMs: 30_000 });
const searchKey = await ensureSearchKey(admin.client, corpus.index);
const mix = await searchMix(admin.client, corpus.index);
const answers: string[] = [];
try {
  for (const m of mix) {
    const res = await fetch(`${corpus.engine.url}/multi-search`, { method: 'POST', body: m.directBody, headers: { authorization: `Bearer ${searchKey}`, 'content-type': 'application/json' } });
    answers.push(await res.text());
  }
} finally {
  admin.close();
  await corpus.engine.stop();
}
const plans = mix.map((m) => planSearch(m.state, corpus.index));

/** Mean µs per search of `step`, given a fresh parse of each answer (the parse itself untimed unless it is the step). */
function time(step: (i: number, parsed: unknown) => unknown): number {
  let total = 0;
  let n = 0;
  for (let round = 0; round < ROUNDS + 50; round++) {
    const parsed = answers.map((a) => JSON.parse(a) as unknown);
    const started = performance.now();
    for (let i = 0; i < parsed.length; i++) step(i, parsed[i]);
    if (round >= 50) {
      total += performance.now() - started;
      n += parsed.length;
    }
  }
  return (total * 1000) / n;
}

const results = (i: number, parsed: unknown) => toSearchResults(mix[i]!.state, plans[i]!, parsed as never);
const rows: [string, number][] = [
  ['JSON.parse of the Meilisearch answer', time((i) => JSON.parse(answers[i]!))],
  ['toSearchResults', time(results)],
  [`toSearchResults + toApiAnswer (facetLimit ${DEFAULT_FACET_LIMIT})`, time((i, p) => toApiAnswer(mix[i]!.state, results(i, p), DEFAULT_FACET_LIMIT))],
  [`toSearchResults + toApiAnswer + JSON.stringify (facetLimit ${DEFAULT_FACET_LIMIT})`, time((i, p) => JSON.stringify(toApiAnswer(mix[i]!.state, results(i, p), DEFAULT_FACET_LIMIT)))],
  [`toSearchResults + toApiAnswer + JSON.stringify (facetLimit ${MAX_FACET_LIMIT})`, time((i, p) => JSON.stringify(toApiAnswer(mix[i]!.state, results(i, p), MAX_FACET_LIMIT)))],
];
const bytes = (limit: number) => Math.round(answers.reduce((sum, a, i) => sum + Buffer.byteLength(JSON.stringify(toApiAnswer(mix[i]!.state, results(i, JSON.parse(a)), limit))), 0) / answers.length);
process.stdout.write(`machine: ${machineLine()}\n${mix.length} searches, ${ROUNDS} rounds; Meilisearch answers ${Math.round(answers.reduce((s, a) => s + Buffer.byteLength(a), 0) / answers.length)} bytes on average, API answers ${bytes(DEFAULT_FACET_LIMIT)} bytes (facetLimit ${DEFAULT_FACET_LIMIT}), ${bytes(MAX_FACET_LIMIT)} (facetLimit ${MAX_FACET_LIMIT})\n`);
process.stdout.write('| step | µs per search |\n|---|---:|\n');
for (const [name, us] of rows) process.stdout.write(`| ${name} | ${us.toFixed(0)} |\n`);
