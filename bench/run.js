#!/usr/bin/env node
// Entry point of `npm run bench`: the speed harness (bench/harness), every scenario beside its raw
// reference measured in the same run. `--legacy` runs the earlier latency harness (bench/legacy.js).
//   npm run bench                  full scale: 10M feed entries, 100k employees, 50k records
//   npm run bench -- --quick       a scale that finishes in minutes on a small machine
//   npm run bench -- --only fanout,feed   some scenarios only
'use strict';
if (process.argv.includes('--legacy')) {
  require('./legacy.js');
} else {
  require('./harness/main.js')
    .main(process.argv.slice(2))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
