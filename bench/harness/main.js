'use strict';
const os = require('node:os');
const { join, relative } = require('node:path');
const { startEnvironment, ROOT } = require('./environment');
const { generate, FIXTURE } = require('./generate');
const { saveReport, writeReport } = require('./report');
const scenarios = require('./scenarios');
const { parseArgs, progress } = require('./util');

const SCALES = {
  full: { entries: 10_000_000, employees: 100_000, records: 50_000 },
  quick: { entries: 1_000_000, employees: 20_000, records: 10_000 },
};

async function main(argv) {
  const args = parseArgs(argv);
  const quick = Boolean(args.quick);
  const base = quick ? SCALES.quick : SCALES.full;
  const scale = {
    entries: Number(args.entries ?? base.entries),
    employees: Number(args.employees ?? base.employees),
    records: Number(args.records ?? base.records),
  };
  const only = typeof args.only === 'string' ? args.only.split(',') : null;
  const chosen = scenarios.filter((s) => !only || only.some((o) => s.name.startsWith(o) || s.ids.some((id) => id.startsWith(o))));
  const started = new Date();
  // ISO 8601 to the minute, with '-' for ':' so it is a file name everywhere; a quick run says so.
  const stamp = `${started.toISOString().slice(0, 16).replace(':', '-')}Z${quick ? '-quick' : ''}`;
  const resultsDir = join(ROOT, 'bench', 'results');
  const profileDir = join(resultsDir, stamp, 'profiles');
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    load_before: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
  console.log(`Tidings bench: ${scale.entries.toLocaleString('en')} entries, ${scale.employees.toLocaleString('en')} employees, ${scale.records.toLocaleString('en')} records${quick ? ' (quick)' : ''}`);
  console.log(`machine: ${machine.cpus} × ${machine.cpu}, load ${machine.load_before.join(' ')}`);

  const env = await startEnvironment({ profileDir });
  // Ctrl-C or a kill: stop the API and drop the bench database rather than leave them behind.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => void env.stop().finally(() => process.exit(130)));
  }
  machine.postgres = env.pgVersion;
  console.log(`API ready in ${(env.bootMs / 1000).toFixed(1)} s (migrations included)`);
  let result;
  try {
    const generated = await generate(env.pool, scale);
    const ctx = { env, scale: { ...generated, quick }, quick, fixture: FIXTURE, progress };
    const rows = [];
    for (const scenario of chosen) {
      const t0 = Date.now();
      rows.push(...(await scenario.run(ctx)));
      console.log(`  ${scenario.name}: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    }
    machine.load_after = os.loadavg().map((l) => Number(l.toFixed(2)));
    result = await writeReport({ rows, pool: env.pool, machine, scale: { ...generated, quick }, started, stamp, profileDir, resultsDir });
  } finally {
    await env.stop(); // SIGTERM: the API writes its CPU profile on the way out
  }
  const saved = saveReport(result, resultsDir, stamp);
  console.log(`\n${saved.table}`);
  console.log(`wrote ${relative(ROOT, saved.json)} and ${relative(ROOT, saved.md)}`);
}

module.exports = { main };
