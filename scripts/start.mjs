#!/usr/bin/env node
// `npm start`: builds the web app if it has not been built yet, then serves the product with demo
// data on first start (embedded PGlite unless DATABASE_URL is set).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dev = process.argv.includes('--dev');
const webIndex = path.join(root, 'packages/web/dist/index.html');

if (!fs.existsSync(webIndex)) {
  console.log('Building the web app (first start only)…');
  const r = spawnSync('npm', ['run', 'build', '-w', '@sigap/web'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
if (dev)
  console.log('Tip: run `npm run dev -w @sigap/web` in another terminal for hot reload on :5173.');

const { register } = await import('tsx/esm/api');
register();
process.argv = [process.argv[0] ?? 'node', 'sigap', 'serve', '--demo-if-empty'];
await import('../packages/server/src/cli/main.ts');
