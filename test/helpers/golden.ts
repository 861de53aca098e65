// The catalog's endpoint list as a golden file (test/golden/endpoints.txt): one line per endpoint
// with the facts that decide how it behaves, so that a spec change shows up as one reviewed diff
// instead of as counts pinned in several tests. Tests read the expected ids from here.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { IndexFile, WebhooksFile } from '../../src/catalog/types.js';

const ROOT = resolve(import.meta.dirname, '../..');
export const GOLDEN = join(ROOT, 'test/golden/endpoints.txt');
const GEN = join(ROOT, 'src/catalog/generated');

/** The golden text the catalog on disk implies. */
export function renderGolden(): string {
  const index = JSON.parse(readFileSync(join(GEN, 'index.json'), 'utf8')) as IndexFile;
  const events = (JSON.parse(readFileSync(join(GEN, 'webhooks.json'), 'utf8')) as WebhooksFile).events;
  const tags = (e: IndexFile['endpoints'][number]) =>
    (['write', 'destructive', 'irreversible', 'partner', 'beta', 'deprecated', 'paginated', 'sync', 'noBody', 'emptySuccess'] as const).filter((k) => e[k]);
  const lines = [
    '# Endpoints of the generated catalog: id, permission (- for none), facts. Reviewed as a diff;',
    '# after `npm run gen`, update with: ASHBY_UPDATE_GOLDEN=1 npx vitest run test/catalog.test.ts',
    ...index.endpoints.map((e) => [e.id, e.permission ?? '-', ...tags(e)].join(' ')),
    ...Object.entries(index.aliases ?? {}).map(([from, to]) => `alias ${from} -> ${to}`),
    ...(index.unlisted ?? []).map((id) => `unlisted ${id}`),
    ...events.map((e) => `event ${e.action}${e.createable ? '' : ' not-createable'}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** The golden file's text (written from the catalog first when ASHBY_UPDATE_GOLDEN=1). */
export function goldenText(): string {
  if (process.env.ASHBY_UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, renderGolden());
  return existsSync(GOLDEN) ? readFileSync(GOLDEN, 'utf8') : '';
}

const lines = () =>
  goldenText()
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
const endpointLines = () =>
  lines()
    .filter((l) => !/^(alias|unlisted|event) /.test(l))
    .map((l) => l.split(' '));

/** Every endpoint id of the golden list, partner-implemented ones included. */
export const goldenIds = (): string[] => endpointLines().map((f) => f[0]);
/** The ids a client may call (not partner-implemented). */
export const goldenCallable = (): string[] =>
  endpointLines()
    .filter((f) => !f.includes('partner'))
    .map((f) => f[0]);
export const goldenPartner = (): string[] =>
  endpointLines()
    .filter((f) => f.includes('partner'))
    .map((f) => f[0]);
export const goldenEvents = (): string[] =>
  lines()
    .filter((l) => l.startsWith('event '))
    .map((l) => l.split(' ')[1]);
