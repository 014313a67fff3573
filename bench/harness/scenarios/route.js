'use strict';
// route_mentions_per_s: complaints already stored by ingest, scored, routed by the default rules and
// turned into HIGH support cases with a running response clock, beside a bare INSERT of the same
// mention and case rows. bench/route-mentions.js measures it with an API of its own; this runs it.
// The issue sets no goal for it: the row reports the number and its ratio to the floor.
const { runOwnApiScript } = require('./own-api-script');

module.exports = [
  {
    name: 'route_mentions_per_s',
    ids: ['route_mentions_per_s'],
    async run(ctx) {
      const row = await runOwnApiScript('route-mentions.js', ctx.env.dbUrl, ['--mentions', ctx.quick ? '1000' : '5000']);
      return [
        {
          id: row.id,
          metric: row.metric,
          unit: row.unit,
          value: row.value,
          raw: row.raw,
          ratioRule: 'value ÷ raw',
          goal: null,
          check: () => false,
        },
      ];
    },
  },
];
