'use strict';
// The scenario registry: each scenario names the row ids it reports and runs against the shared
// context. A new row (ingest_mentions_per_s, route_mentions_per_s, …) is a new file listed here.
module.exports = [...require('./fanout'), ...require('./realtime'), ...require('./feed'), ...require('./ingest'), ...require('./route')];
