// Summarises a V8 .cpuprofile (as written by `node --cpu-prof`, e.g. `npm run bench -- api
// --profile`): self time by function, by package or source area, and the inclusive time of a few
// functions of interest.
//
//   node --import tsx bench/support/profile-summary.ts <file.cpuprofile> [top=30]
import fs from 'node:fs';

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
};

const [file, topArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: profile-summary.ts <file.cpuprofile> [top]\n');
  process.exit(2);
}
const top = Number(topArg ?? 30);
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// self time per node, in ms
const self = new Map<number, number>();
profile.samples.forEach((id, i) => {
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
const total = [...self.values()].reduce((a, b) => a + b, 0);

function area(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) return url;
  const m = /packages\/(\w+)\/src\/(.*?)\/[^/]+$/.exec(url);
  if (m) return `sigap ${m[1]}/${m[2]}`;
  return url;
}

const frame = (n: ProfileNode) => {
  const { functionName, url, lineNumber } = n.callFrame;
  const short = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/packages\//, '');
  return `${functionName || '(anonymous)'} ${short}:${lineNumber + 1}`;
};

function table(title: string, map: Map<string, number>) {
  process.stdout.write(`\n${title}\n`);
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(
      `${v.toFixed(0).padStart(8)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}\n`,
    );
}

const byFunction = new Map<string, number>();
const byArea = new Map<string, number>();
for (const [id, ms] of self) {
  const n = byId.get(id);
  if (!n) continue;
  const f = frame(n);
  byFunction.set(f, (byFunction.get(f) ?? 0) + ms);
  const a = area(n.callFrame.url, n.callFrame.functionName);
  byArea.set(a, (byArea.get(a) ?? 0) + ms);
}

// inclusive time: a sample counts once for every distinct function on its stack
const inclusive = new Map<string, number>();
for (const [id, ms] of self) {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur);
    if (!n) break;
    const f = frame(n);
    if (seen.has(f)) continue;
    seen.add(f);
    inclusive.set(f, (inclusive.get(f) ?? 0) + ms);
  }
}

const idle = byFunction.get('(idle) :0') ?? 0;
process.stdout.write(
  `${file}: ${((total - idle) / 1000).toFixed(1)} s busy of ${(total / 1000).toFixed(1)} s sampled over ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s\n`,
);
table('Self time by package / source area', byArea);
table('Self time by function', byFunction);
table(
  'Inclusive time (sigap sources)',
  new Map([...inclusive].filter(([k]) => /server\/src|domain\/src/.test(k))),
);
table(
  'Inclusive time (libraries)',
  new Map(
    [...inclusive].filter(([k]) =>
      /fastify\/|pg\/lib|pg-pool|drizzle-orm|pino|zod|light-my-request/.test(k),
    ),
  ),
);
