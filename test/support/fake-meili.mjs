#!/usr/bin/env node
/**
 * A stand-in for the Meilisearch binary in the embedded engine's supervision tests: it answers /health on
 * `--http-addr` like the engine, and misbehaves on cue.
 * - FAKE_MEILI_LIFE_MS: exit (code 3) this long after starting, a crash.
 * - FAKE_MEILI_LATE_MS + FAKE_MEILI_MARKER: every start after the first (the marker file says one happened) waits
 *   this long before answering, so a test can act while a restart is under way.
 * - FAKE_MEILI_KEY_LOG: each start appends the MEILI_MASTER_KEY it was given to this file, a line each.
 */
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [host, port] = process.argv[process.argv.indexOf('--http-addr') + 1].split(':');
const marker = process.env.FAKE_MEILI_MARKER;
const late = marker !== undefined && existsSync(marker) ? Number(process.env.FAKE_MEILI_LATE_MS ?? 0) : 0;
if (marker !== undefined) writeFileSync(marker, 'started\n');
if (process.env.FAKE_MEILI_KEY_LOG !== undefined) appendFileSync(process.env.FAKE_MEILI_KEY_LOG, `${process.env.MEILI_MASTER_KEY ?? ''}\n`);
setTimeout(() => {
  createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end('{"status":"available"}');
  }).listen(Number(port), host);
}, late);
const life = Number(process.env.FAKE_MEILI_LIFE_MS ?? 0);
if (life > 0) setTimeout(() => process.exit(3), late + life);
