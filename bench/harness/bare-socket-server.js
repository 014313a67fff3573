'use strict';
// The raw reference for the socket rows: a bare socket.io server (token check and one room per
// employee, as the product does) with bare SQL, driven over IPC by the harness. No framework.
const http = require('node:http');
const jwt = require('jsonwebtoken');
const { Pool } = require('pg');
const { Server } = require('socket.io');

const [, , portArg, dbUrl, secret] = process.argv;
const pool = new Pool({ connectionString: dbUrl, max: 2 });
const server = http.createServer();
const io = new Server(server, { path: '/socket.io', transports: ['websocket'] });
io.use((socket, next) => {
  try {
    const claims = jwt.verify(socket.handshake.auth.token, secret, { algorithms: ['HS256'], issuer: 'tidings' });
    socket.data.employeeId = claims.sub;
    next();
  } catch {
    next(new Error('unauthorized'));
  }
});
io.on('connection', (socket) => socket.join(`employee:${socket.data.employeeId}`));

const item = (id, subjectId, createdAt, actorId) => ({
  id,
  kind: 'RECORD_CHANGE',
  createdAt,
  subjectId,
  body: 'Bench Renewal: stage Proposal → Negotiation',
  changes: [{ field: 'stage', from: 'PROPOSAL', to: 'NEGOTIATION' }],
  actor: { id: actorId, name: 'Bench Person 1' },
  subject: { id: subjectId, kind: 'DEAL', name: 'Bench Renewal' },
});

process.on('message', async (message) => {
  try {
    if (message.type === 'round') {
      // Bare INSERT of the activity, bare fan-out SQL from follows, one emit to every room.
      const { rows } = await pool.query(
        `INSERT INTO activities (id, kind, actor_id, subject_id, body, created_at, delivered_at)
         VALUES (gen_random_uuid(), 'RECORD_CHANGE', $2, $1, 'bare', clock_timestamp(), clock_timestamp()) RETURNING id, created_at`,
        [message.deal, message.actor],
      );
      const entries = await pool.query(
        `INSERT INTO feed_entries (employee_id, activity_id, created_at) SELECT f.employee_id, $1, $2 FROM follows f WHERE f.subject_id = $3
         ON CONFLICT DO NOTHING RETURNING employee_id`,
        [rows[0].id, rows[0].created_at, message.deal],
      );
      io.to(entries.rows.map((r) => `employee:${r.employee_id}`)).emit('feed:item', { cursor: 'c', item: item(rows[0].id, message.deal, rows[0].created_at, message.actor) });
      process.send({ type: 'done', id: message.id });
    } else if (message.type === 'flood') {
      const rooms = message.employees.map((e) => `employee:${e}`);
      for (let i = 0; i < message.count; i++) io.to(rooms).emit('feed:item', { cursor: 'c', item: item(`flood-${i}`, message.deal, new Date().toISOString(), message.actor) });
      process.send({ type: 'done', id: message.id });
    } else if (message.type === 'rss') {
      process.send({ type: 'done', id: message.id, rss: process.memoryUsage().rss });
    }
  } catch (error) {
    process.send({ type: 'done', id: message.id, error: String(error) });
  }
});

server.listen(Number(portArg), '127.0.0.1', () => process.send({ type: 'ready' }));
