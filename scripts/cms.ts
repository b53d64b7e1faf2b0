/**
 * `npm run cms`: the CMS for one staff member on this computer. Starts Decap's local backend on
 * 127.0.0.1 (it edits the entry files and pictures in content/ directly, and nothing else; see
 * scripts/lib/local-backend.ts) and the Astro dev server, then prints where to open the editor.
 * Only the admin page of that dev server may call the backend. Ctrl+C stops both.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startLocalBackend } from './lib/local-backend.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 4321);

const adminOrigins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];

const backend = await startLocalBackend(root, { adminOrigins }).catch((error: Error) => {
  console.error(`Could not start the CMS backend: ${error.message}`);
  process.exit(1);
});
console.log(`CMS backend: ${backend.url} (writes to ${root}content/)`);

const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'inherit'],
});
astro.stdout?.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (chunk.toString().includes('Local')) {
    console.log(`\n  Mở trình soạn nội dung / Open the editor: http://127.0.0.1:${port}/admin/\n`);
  }
});

const stop = async () => {
  astro.kill();
  await backend.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
astro.on('exit', async (code) => {
  await backend.stop();
  process.exit(code ?? 0);
});
