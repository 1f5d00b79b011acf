import { execSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

/**
 * The line every benchmark figure is recorded with.
 *
 * `machineLine()` → `'2026-11-23T01:02:03Z · nproc 2 (AMD EPYC …) · 23.5 GiB · node v20.20.2 · Meilisearch 1.21 · load 0.42'`
 */
export function machineLine(): string {
  const nproc = execSync('nproc').toString().trim();
  return [
    new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    `nproc ${nproc} (${cpus()[0]?.model ?? 'unknown cpu'})`,
    `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `node ${process.version}`,
    `load ${loadAverage()}`,
  ].join(' · ');
}

/** The 1-minute load average, as `uptime` shows it. */
export function loadAverage(): string {
  return loadavg()[0]!.toFixed(2);
}
