// `npm run check:generated`: fails when a committed generated file is stale. It regenerates
// apps/api/schema.graphql from the built API (emit-schema.mjs) and the web client's types in
// apps/web/src/gql/ (GraphQL Code Generator, apps/web/codegen.ts), and compares each with what was
// there before. The fresh files are left in place, ready to commit.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { emitSchema, ROOT, SCHEMA_FILE } from './emit-schema.mjs';

const GQL_DIR = join(ROOT, 'apps', 'web', 'src', 'gql');

function snapshot() {
  const files = new Map([[SCHEMA_FILE, readFileSync(SCHEMA_FILE, 'utf8')]]);
  if (existsSync(GQL_DIR)) for (const name of readdirSync(GQL_DIR)) files.set(join(GQL_DIR, name), readFileSync(join(GQL_DIR, name), 'utf8'));
  return files;
}

/** A unified diff of two texts, through git (present wherever the repository is). */
function diff(before, after, label) {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-generated-'));
  try {
    writeFileSync(join(dir, 'committed'), before);
    writeFileSync(join(dir, 'fresh'), after);
    const result = spawnSync('git', ['diff', '--no-index', '--no-color', '--stat=200', '-U1', 'committed', 'fresh'], { cwd: dir, encoding: 'utf8' });
    return result.stdout.replaceAll('committed', `${label} (committed)`).replaceAll('fresh', `${label} (fresh)`).split('\n').slice(0, 60).join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const before = snapshot();
await emitSchema();
try {
  execFileSync('npm', ['run', '--silent', 'codegen', '-w', 'apps/web'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
} catch {
  console.error('GraphQL Code Generator failed (above): a document in apps/web does not fit apps/api/schema.graphql.');
  process.exit(1);
}
const after = snapshot();

const stale = [];
for (const file of new Set([...before.keys(), ...after.keys()])) {
  const label = relative(ROOT, file);
  if ((before.get(file) ?? '') !== (after.get(file) ?? '')) stale.push({ label, text: diff(before.get(file) ?? '', after.get(file) ?? '', label) });
}

if (stale.length === 0) {
  console.log('generated files are current: apps/api/schema.graphql and apps/web/src/gql/');
} else {
  for (const { label, text } of stale) console.error(`STALE ${label}\n${text}\n`);
  console.error(
    `${stale.length} generated file(s) differ from a fresh run. They have been rewritten in place: review them\n` +
      'with `git diff`, fix the documents if the web client no longer type-checks, and commit them.\n' +
      'The schema comes from the API code (any non-production boot, or `npm run schema`); the client types\n' +
      'from the schema and the documents (`npm run codegen`).',
  );
  process.exit(1);
}
