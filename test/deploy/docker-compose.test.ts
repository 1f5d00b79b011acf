import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_MAX_INDEXING_MEMORY } from '../../src/meili/embedded.js';
import { projectRoot } from '../../src/project-root.js';

/** No Docker engine runs here, so the compose file is held right by reading it. */
interface Service {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  profiles?: string[];
}
const compose = parse(readFileSync(resolve(projectRoot, 'docker-compose.yml'), 'utf8')) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const { meilisearch, app, indexer, 'search-key': searchKey } = compose.services;

describe('docker-compose.yml', () => {
  test('when read, then Meilisearch is the official v1.21 image with a named volume and a /health check', () => {
    expect(meilisearch?.image).toBe('getmeili/meilisearch:v1.21');
    const volume = meilisearch?.volumes?.find((v) => v.endsWith(':/meili_data'));
    expect(volume).toBeDefined();
    expect(Object.keys(compose.volumes)).toContain(volume!.split(':')[0]);
    expect(meilisearch?.healthcheck?.test.join(' ')).toContain('http://localhost:7700/health');
    expect(meilisearch?.environment?.MEILI_MASTER_KEY).toMatch(/^\$\{MEILI_MASTER_KEY:\?/);
  });

  test('when read, then Meilisearch gets the same indexing memory as the embedded engine, overridable', () => {
    expect(meilisearch?.environment?.MEILI_MAX_INDEXING_MEMORY).toBe(`\${MEILI_MAX_INDEXING_MEMORY:-${DEFAULT_MAX_INDEXING_MEMORY}}`);
  });

  test('when read, then the app, the indexer and the key maker reach Meilisearch by its service name once it is healthy', () => {
    for (const service of [app, indexer, searchKey]) {
      expect(service?.build).toBe('.');
      expect(service?.environment?.MEILI_URL).toBe('http://meilisearch:7700');
      expect(service?.depends_on?.meilisearch?.condition).toBe('service_healthy');
    }
  });

  test('when read, then only Meilisearch, the indexer and the key maker get the master key; the app gets the search key from a volume', () => {
    const master = meilisearch?.environment?.MEILI_MASTER_KEY?.replace(' (at least 16 bytes)', '');
    expect(indexer?.environment?.MEILI_MASTER_KEY).toBe(master);
    expect(searchKey?.environment?.MEILI_MASTER_KEY).toBe(master);
    expect(JSON.stringify(app)).not.toContain('MEILI_MASTER_KEY');
    // The key maker writes the file the app reads, on a volume both mount, and runs to completion before the app starts.
    const written = searchKey?.command?.join(' ').match(/^npm run --silent search-key -- --write (\S+)$/)?.[1];
    expect(written).toBe(app?.environment?.MEILI_SEARCH_KEY_FILE);
    const keyVolume = searchKey?.volumes?.find((v) => written!.startsWith(v.split(':')[1]!))?.split(':')[0];
    expect(Object.keys(compose.volumes)).toContain(keyVolume);
    expect(app?.volumes).toContain(`${keyVolume}:${written!.slice(0, written!.lastIndexOf('/'))}:ro`);
    expect(app?.depends_on?.['search-key']?.condition).toBe('service_completed_successfully');
    expect(app?.environment?.SEED_ON_EMPTY).toBe('false');
    // The image's user owns that folder, so the new volume is writable by the key maker.
    expect(readFileSync(resolve(projectRoot, 'Dockerfile'), 'utf8')).toMatch(new RegExp(`chown node:node ${written!.slice(0, written!.lastIndexOf('/'))}\\n(.*\\n)*USER node`));
  });

  test('when read, then the app listens on all interfaces on the published port and checks /healthz', () => {
    expect(app?.environment?.HOST).toBe('0.0.0.0');
    expect(app?.ports).toContain(`${app?.environment?.PORT}:${app?.environment?.PORT}`);
    expect(app?.healthcheck?.test.join(' ')).toContain('/healthz');
  });

  test('when read, then the indexer is a one-shot tool that indexes the mounted articles read-only', () => {
    expect(indexer?.profiles).toContain('tools');
    expect(indexer?.command?.join(' ')).toMatch(/npm run --silent index -- \/articles$/);
    expect(indexer?.volumes?.some((v) => v.endsWith(':/articles:ro'))).toBe(true);
  });

  test('when read, then the image the app builds exists and starts the server', () => {
    const dockerfile = readFileSync(resolve(projectRoot, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toMatch(/^CMD \["npm", "start"\]/m);
  });
});
