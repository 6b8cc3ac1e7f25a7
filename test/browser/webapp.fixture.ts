// A workspace for the web application's browser tests: the Geneva reports plus one planted
// hostile article, served by the real application on a loopback port.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../../src/config/index.js';
import { repoRoot } from '../../src/eval/data.js';
import { toRawDocument } from '../../src/server/documents.js';
import { buildServer } from '../../src/server/index.js';
import { openWorkspace } from '../../src/store/index.js';
import type { Context } from '../../src/types/stages.js';
import { addDocuments, ingestIntoWorkspace } from '../../src/workspace/index.js';

export const HOSTILE =
  'Officials said <script>window.__pwned = "script"</script> and <img src=x onerror="window.__pwned = \'img\'"> were found in the harbour.';

const hostileText = [
  'Harbour inspectors in Valletta found crates of forged documents on Monday, the port authority said.',
  HOSTILE,
  'Inspector Maria Borg said the crates had arrived from Tunis on a cargo ship registered in Panama.',
  '"We have never seen forgeries of this quality," Borg told reporters at the harbour.',
  'The port authority said an investigation had been opened and that the ship would stay in port until Friday.',
].join('\n\n');

export const context = (): Context => ({
  config: { ...defaultConfig(), runtime: { ...defaultConfig().runtime, workers: 1 } },
  now: new Date(),
  reporter: { skipped() {}, progress() {}, warn() {} },
});

export async function startDesk() {
  const dir = mkdtempSync(join(tmpdir(), 'newsfuse-webapp-'));
  const ws = await openWorkspace(join(dir, 'desk.db'));
  await ingestIntoWorkspace([join(repoRoot, 'examples', 'geneva-2022')], ws, context());
  const hostile = toRawDocument(
    {
      text: hostileText,
      title: 'Forged papers <img src=x onerror="window.__pwned = \'title\'"> found in Valletta harbour',
      outlet: 'Harbour <b>News</b>',
      published: '2023-03-06',
    },
    0,
  );
  await addDocuments([{ status: 'ok', value: hostile }], ws, context());
  const app = buildServer({ workspace: ws, context, pollMs: 300 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    url,
    dir,
    ws,
    hostileId: hostile.id,
    async close() {
      await app.close();
      await ws.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
