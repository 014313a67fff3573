'use strict';
// ingest_mentions_per_s: 10,000 generic social mentions, signed, verified, stored, matched and fanned
// out, beside a raw INSERT of the same rows. bench/ingest-mentions.js measures it with an API of its
// own (a database of its own on the same server); this runs it and reports its row.
const { spawn } = require('node:child_process');
const { join } = require('node:path');
const { ROOT } = require('../environment');

const GOAL = 5000;

function runIngest(serverUrl) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bench', 'ingest-mentions.js')], {
      env: { ...process.env, DATABASE_URL: serverUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = out.trim().split('\n').filter((l) => l.startsWith('{')).pop();
      if (code !== 0 || !line) return reject(new Error(`bench/ingest-mentions.js exited with ${code}:\n${out}`));
      resolve(JSON.parse(line));
    });
  });
}

module.exports = [
  {
    name: 'ingest_mentions_per_s',
    ids: ['ingest_mentions_per_s'],
    async run(ctx) {
      const row = await runIngest(ctx.env.dbUrl);
      return [
        {
          id: row.id,
          metric: row.metric,
          unit: row.unit,
          value: row.value,
          raw: row.raw,
          ratioRule: 'value ÷ raw',
          goal: `≥ ${GOAL.toLocaleString('en')} mentions/s`,
          check: () => row.value >= GOAL,
        },
      ];
    },
  },
];
