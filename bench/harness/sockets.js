'use strict';
const { fork } = require('node:child_process');
const { join } = require('node:path');
const { io } = require('socket.io-client');
const { JWT_SECRET } = require('./environment');
const { freePort } = require('./util');

/** Opens authenticated sockets, a few at a time, and resolves once all are connected. */
async function connectAll(url, tokens, parallel = 50) {
  const sockets = [];
  for (let i = 0; i < tokens.length; i += parallel) {
    const batch = tokens.slice(i, i + parallel).map(
      (token) =>
        new Promise((resolve, reject) => {
          const socket = io(url, { path: '/socket.io', auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
          socket.once('connect', () => resolve(socket));
          socket.once('connect_error', reject);
        }),
    );
    sockets.push(...(await Promise.all(batch)));
  }
  return sockets;
}

/**
 * Counts `feed:item` arrivals on a set of sockets: `expect(n, match)` resolves with the time of
 * the n-th matching arrival.
 */
function arrivals(sockets) {
  let waiter = null;
  for (const socket of sockets) {
    socket.on('feed:item', (payload) => {
      if (!waiter || !waiter.match(payload)) return;
      waiter.seen++;
      if (waiter.seen >= waiter.n) {
        const done = waiter;
        waiter = null;
        done.resolve(performance.now());
      }
    });
  }
  return {
    expect(n, match, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${waiter?.seen} of ${n} arrivals within ${timeoutMs} ms`)), timeoutMs);
        waiter = { n, match, seen: 0, resolve: (t) => (clearTimeout(timer), resolve(t)) };
      });
    },
  };
}

/** The bare socket.io server as a child process, driven by messages. */
async function startBareServer(dbUrl) {
  const port = await freePort();
  const child = fork(join(__dirname, 'bare-socket-server.js'), [String(port), dbUrl, JWT_SECRET], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await new Promise((resolve) => child.once('message', resolve));
  let next = 0;
  const pending = new Map();
  child.on('message', (m) => {
    const done = pending.get(m.id);
    if (!done) return;
    pending.delete(m.id);
    if (m.error) done.reject(new Error(m.error));
    else done.resolve(m);
  });
  const call = (message) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve, reject });
      child.send({ ...message, id });
    });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid, call, stop: () => child.kill('SIGTERM') };
}

module.exports = { connectAll, arrivals, startBareServer };
