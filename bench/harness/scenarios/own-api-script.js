'use strict';
// Rows measured by a script with an API of its own (bench/<script>.js): the script prints its row as
// the last JSON line on stdout; this runs it against the bench's PostgreSQL server.
const { spawn } = require('node:child_process');
const { join } = require('node:path');
const { ROOT } = require('../environment');

function runOwnApiScript(script, serverUrl, args = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bench', script), ...args], {
      env: { ...process.env, DATABASE_URL: serverUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = out.trim().split('\n').filter((l) => l.startsWith('{')).pop();
      if (code !== 0 || !line) return reject(new Error(`bench/${script} exited with ${code}:\n${out}`));
      resolve(JSON.parse(line));
    });
  });
}

module.exports = { runOwnApiScript };
