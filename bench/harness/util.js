'use strict';
const net = require('node:net');

/** `--key value` and `--flag` pairs. */
function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) continue;
    const key = argv[i].slice(2);
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) out[key] = true;
    else {
      out[key] = next;
      i++;
    }
  }
  return out;
}

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A one-line progress bar, redrawn in place. */
function progress(label, done, total) {
  const width = 28;
  const share = total === 0 ? 1 : done / total;
  const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
  const text = `${label.padEnd(36)} ${bar} ${Math.round(share * 100)}% (${done.toLocaleString('en')}/${total.toLocaleString('en')})`;
  if (process.stdout.isTTY) {
    process.stdout.write(`\r${text}`);
    if (done >= total) process.stdout.write('\n');
  } else {
    // In a log, a line per tenth.
    const tenth = Math.floor(share * 10);
    if (done === 0 || done >= total || tenth !== progress.lastTenth.get(label)) console.log(text);
    progress.lastTenth.set(label, tenth);
  }
}
progress.lastTenth = new Map();

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const median = (values) => percentile(values, 50);

async function gql(url, query, variables, token, headers = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body;
}

module.exports = { parseArgs, freePort, sleep, progress, percentile, median, gql };
