/**
 * Evaluates the shipped recogniser on a CoNLL file:
 *
 *   npx tsx indexer/tag/ner/eval-ner.ts FILE [--model FILE] [--json]
 *
 * Prints span-level P/R/F1 per type and micro-averaged over PER/ORG/LOC, recognition
 * throughput (MB of UTF-8 text per second, recognize() only, after the model is loaded; for the
 * scored first pass and for a second, warm pass) and RSS after the run, then one JSON line
 * (only the JSON with --json).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll } from './conll.js';
import { evaluateDocuments, timeRecognition } from './evaluate.js';
import { loadModel } from './model-file.js';
import { createRecognizer, DEFAULT_MODEL_PATH } from './recognize.js';

function main(): void {
  const args = process.argv.slice(2);
  let file: string | undefined;
  let modelPath = DEFAULT_MODEL_PATH;
  let jsonOnly = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') jsonOnly = true;
    else if (a === '--model') {
      const v = args[++i];
      if (!v) throw new Error('--model needs a file');
      modelPath = resolve(v);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}; usage: eval-ner.ts FILE [--model FILE] [--json]`);
    else file = resolve(a);
  }
  if (!file) throw new Error('usage: eval-ner.ts FILE [--model FILE] [--json]');
  const docs = readConll(file);
  const t0 = process.hrtime.bigint();
  const recognize = createRecognizer(loadModel(modelPath));
  const loadSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const result = evaluateDocuments(docs, recognize);
  const warmSeconds = timeRecognition(docs, recognize);
  const rssMB = process.memoryUsage().rss / 1e6;
  const warmMBPerSecond = result.bytes / 1e6 / warmSeconds;
  const mbPerSecond = result.bytes / 1e6 / result.seconds;
  const mbPerCpuSecond = result.bytes / 1e6 / result.cpuSeconds;
  if (!jsonOnly) {
    console.log(`${file}: ${result.documents} documents, ${(result.bytes / 1e6).toFixed(2)} MB of text`);
    console.log('type               precision  recall     F1    (tp/fp/fn)');
    for (const [type, s] of Object.entries(result.scores)) {
      console.log(
        `${type.padEnd(18)} ${s.precision.toFixed(4).padStart(9)} ${s.recall.toFixed(4).padStart(7)} ${s.f1.toFixed(4).padStart(7)}    ${s.tp}/${s.fp}/${s.fn}`,
      );
    }
    console.log(
      `throughput, first pass (includes JIT warm-up): ${mbPerSecond.toFixed(2)} MB/s wall, ` +
        `${mbPerCpuSecond.toFixed(2)} MB per process CPU-second (${result.seconds.toFixed(2)} s wall, ${result.cpuSeconds.toFixed(2)} s CPU)`,
    );
    console.log(`throughput, second pass (warm): ${warmMBPerSecond.toFixed(2)} MB/s wall (${warmSeconds.toFixed(2)} s)`);
    console.log(`model load ${loadSeconds.toFixed(2)} s; RSS after the run ${rssMB.toFixed(0)} MB`);
  }
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  console.log(
    JSON.stringify({
      file,
      documents: result.documents,
      bytes: result.bytes,
      f1: Object.fromEntries(Object.entries(result.scores).map(([k, s]) => [k, { p: round(s.precision), r: round(s.recall), f1: round(s.f1) }])),
      mbPerSecond: round(mbPerSecond),
      mbPerCpuSecond: round(mbPerCpuSecond),
      warmMBPerSecond: round(warmMBPerSecond),
      recognizeSeconds: round(result.seconds),
      recognizeCpuSeconds: round(result.cpuSeconds),
      loadSeconds: round(loadSeconds),
      rssMB: Math.round(rssMB),
    }),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
