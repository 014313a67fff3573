'use strict';
// Rows get their ratio and pass; misses get EXPLAIN (ANALYZE, BUFFERS) of their SQL and the path of
// the API's CPU profile. Writes bench/results/<date>.json and the Markdown table beside it.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const { ROOT } = require('./environment');

function finish(row) {
  const ratio = row.ratioRule === 'raw ÷ value' ? row.raw / row.value : row.value / row.raw;
  // The check and the EXPLAIN recipe are for this run; the saved row keeps the rest.
  const { check, ratioRule, ...rest } = row;
  delete rest.explain;
  const round = (x) => (typeof x === 'number' && Number.isFinite(x) ? Number(x.toPrecision(4)) : x);
  return {
    ...rest,
    value: round(row.value),
    raw: round(row.raw),
    ...(row.sql_only !== undefined ? { sql_only: round(row.sql_only) } : {}),
    ratio: round(ratio),
    ratio_rule: ratioRule,
    goal: row.goal,
    // A row without a goal (the issue set none) reports its numbers and passes or fails nothing.
    pass: row.goal === null ? null : Boolean(check(ratio)),
  };
}

async function explainMiss(pool, row, file) {
  if (!row.explain) return undefined;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const params = row.explain.setup ? [await row.explain.setup(client)] : row.explain.params;
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${row.explain.sql}`, params);
    await client.query('ROLLBACK');
    writeFileSync(file, `${row.explain.sql.trim()}\n\n${rows.map((r) => r['QUERY PLAN']).join('\n')}\n`);
    return relative(ROOT, file);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    return `EXPLAIN failed: ${error.message}`;
  } finally {
    client.release();
  }
}

function markdown(result) {
  const lines = [
    `Measured ${result.finished_at} on ${result.machine.cpus} × ${result.machine.cpu} (${result.machine.memory_gb} GB), Node ${result.machine.node}, PostgreSQL ${result.machine.postgres}; load average ${result.machine.load_before.join(' / ')} before, ${result.machine.load_after.join(' / ')} after.`,
    `Scale: ${result.scale.entries.toLocaleString('en')} feed entries, ${result.scale.employees.toLocaleString('en')} employees, ${result.scale.records.toLocaleString('en')} records${result.scale.quick ? ' (`--quick`)' : ''}; ${result.duration_s} s in all.`,
    '',
    '| id | metric | value | raw | ratio | goal | pass |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...result.rows.map(
      (r) =>
        `| \`${r.id}\` | ${r.metric} | ${r.value} ${r.unit} | ${r.raw} ${r.unit}${r.sql_only !== undefined ? ` (sql_only ${r.sql_only} ms)` : ''} | ${r.ratio} (${r.ratio_rule}) | ${r.goal ?? 'none set'} | ${r.pass === null ? '—' : r.pass ? 'yes' : '**no**'} |`,
    ),
  ];
  const misses = result.rows.filter((r) => r.pass === false);
  if (misses.length > 0) {
    lines.push('', 'Profiles of the rows that miss:');
    for (const r of misses) lines.push(`- \`${r.id}\`: EXPLAIN ${r.explain_path ?? '(no SQL of its own)'}; CPU profile of the API ${r.cpu_profile}`);
  }
  return `${lines.join('\n')}\n`;
}

async function writeReport({ rows, pool, machine, scale, started, stamp, profileDir, resultsDir }) {
  const finished = rows.map(finish);
  const detailDir = join(resultsDir, stamp);
  mkdirSync(detailDir, { recursive: true });
  for (let i = 0; i < rows.length; i++) {
    if (finished[i].pass !== false && !process.env.BENCH_EXPLAIN_ALL) continue; // BENCH_EXPLAIN_ALL=1: plans of every row
    finished[i].explain_path = await explainMiss(pool, rows[i], join(detailDir, `explain-${finished[i].id}.txt`));
    finished[i].cpu_profile = relative(ROOT, profileDir);
  }
  const result = { machine, scale, started_at: started.toISOString(), finished_at: new Date().toISOString(), duration_s: Math.round((Date.now() - started) / 1000), rows: finished };
  return result;
}

function saveReport(result, resultsDir, stamp) {
  result.machine.load_after = result.machine.load_after ?? [];
  const json = join(resultsDir, `${stamp}.json`);
  const md = join(resultsDir, `${stamp}.md`);
  writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(md, markdown(result));
  return { json, md, table: markdown(result) };
}

module.exports = { writeReport, saveReport };
