// `npm run lint`, part 2: the API's module boundaries. dependency-cruiser checks the rules in
// .dependency-cruiser.cjs (a module imports another only through its public files); this script
// adds the one rule dependency-cruiser cannot say: no import cycle between modules (folders under
// apps/api/src/modules/), counting every import, type-only ones included.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const config = createRequire(import.meta.url)(join(ROOT, '.dependency-cruiser.cjs'));
const { output } = await cruise(['apps/api/src'], { ...config.options, validate: true, ruleSet: { forbidden: config.forbidden } });

const problems = [];
const short = (path) => path.replace('apps/api/src/modules/', '');
for (const violation of output.summary.violations) {
  const rule = config.forbidden.find((r) => r.name === violation.rule.name);
  problems.push(`${violation.rule.name}: ${short(violation.from)} imports ${short(violation.to)}.\n  ${rule?.comment ?? ''}`);
}

// Module graph: an edge A -> B for every file of A that imports a file of B.
const MODULE = /^apps\/api\/src\/modules\/([^/]+)\//;
const edges = new Map();
const modules = new Set();
for (const file of output.modules) {
  const from = MODULE.exec(file.source)?.[1];
  if (!from) continue;
  modules.add(from);
  for (const dependency of file.dependencies) {
    const to = MODULE.exec(dependency.resolved)?.[1];
    if (!to || to === from) continue;
    const key = `${from} -> ${to}`;
    if (!edges.has(key)) edges.set(key, `${short(file.source)} imports ${short(dependency.resolved)}`);
  }
}
const next = new Map();
for (const key of edges.keys()) {
  const [from, to] = key.split(' -> ');
  next.set(from, [...(next.get(from) ?? []), to]);
}

/** One cycle through `start`, as a list of modules, or null (breadth-first: the shortest). */
function cycleThrough(start) {
  const cameFrom = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift();
    for (const to of next.get(at) ?? []) {
      if (to === start) {
        const path = [at];
        for (let step = cameFrom.get(at); step !== null; step = cameFrom.get(step)) path.unshift(step);
        return [...path, start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, at);
        queue.push(to);
      }
    }
  }
  return null;
}

const reported = new Set();
for (const module of [...next.keys()].sort()) {
  const cycle = cycleThrough(module);
  if (!cycle) continue;
  const key = [...cycle.slice(1)].sort().join(',');
  if (reported.has(key)) continue;
  reported.add(key);
  const steps = cycle.slice(1).map((to, i) => `    ${edges.get(`${cycle[i]} -> ${to}`)}`);
  problems.push(
    `module-cycle: ${cycle.join(' -> ')}\n${steps.join('\n')}\n` +
      '  Modules must not import each other in a circle. Break one step: move what both need to the module that owns it\n' +
      '  (or to common/ when it belongs to none), or invert it (the lower module exports a factory or a fragment the other registers).',
  );
}

if (problems.length > 0) {
  console.error(`${problems.join('\n\n')}\n\n${problems.length} module boundary problem(s) (tools/check-boundaries.mjs).`);
  process.exit(1);
}
console.log(`module boundaries: ${output.summary.totalCruised} files, ${modules.size} modules, no internal imports across modules, no cycles`);
