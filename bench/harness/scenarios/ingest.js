'use strict';
// ingest_mentions_per_s: 10,000 generic social mentions, signed, verified, stored, matched and fanned
// out, beside a raw INSERT of the same rows. bench/ingest-mentions.js measures it with an API of its
// own (a database of its own on the same server); this runs it and reports its row.
const { runOwnApiScript } = require('./own-api-script');

const GOAL = 5000;

module.exports = [
  {
    name: 'ingest_mentions_per_s',
    ids: ['ingest_mentions_per_s'],
    async run(ctx) {
      const row = await runOwnApiScript('ingest-mentions.js', ctx.env.dbUrl);
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
