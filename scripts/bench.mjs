#!/usr/bin/env node
// `npm run bench -- <name> [args]`: runs bench/<name>.ts through tsx in its own process; without a
// name, lists the benches. A bench is a file in bench/ whose first line is `// bench: <what>`.
// Every bench ends its output with one JSON line of its figures; the exit code is 0 only when the
// bench ran cleanly and met its target.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'bench');

function benches() {
  const found = [];
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
    const first = fs.readFileSync(path.join(dir, file), 'utf8').split('\n', 1)[0] ?? '';
    const m = /^\/\/ bench: (.*)$/.exec(first);
    if (m) found.push({ name: file.slice(0, -3), what: m[1] });
  }
  return found;
}

const [name, ...args] = process.argv.slice(2);
const list = benches();
if (!name || name === '--help' || name === '-h') {
  console.log('Usage: npm run bench -- <name> [args]   (see docs/BENCHMARKS.md)\n\nBenches:');
  for (const b of list) console.log(`  ${b.name.padEnd(10)} ${b.what}`);
  process.exit(name ? 0 : 1);
}
if (!list.some((b) => b.name === name)) {
  console.error(`Unknown bench "${name}". Available: ${list.map((b) => b.name).join(', ')}`);
  process.exit(2);
}

const child = spawn(process.execPath, ['--import', 'tsx', path.join(dir, `${name}.ts`), ...args], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl-C reaches the bench through the terminal; a signal sent to this process only is passed on
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
