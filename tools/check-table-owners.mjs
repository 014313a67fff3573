// `npm run lint`, part 3: every table has one owner. Reads the table -> module map in
// docs/table-owners.json and fails when a module's SQL (string and template literals in .ts files
// under apps/api/src/modules/<module>/) or its TypeORM calls name a table another module owns, or a
// table the map does not know. Allowed cross-module reads are the map's `exceptions`, each with why.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MODULES_DIR = join(ROOT, 'apps', 'api', 'src', 'modules');
const MAP_FILE = 'docs/table-owners.json';
const map = JSON.parse(readFileSync(join(ROOT, MAP_FILE), 'utf8'));
const owners = new Map(Object.entries(map.owners));
const schemas = new Map(Object.entries(map.schemas ?? {}));
const allowed = new Set((map.exceptions ?? []).flatMap((e) => e.tables.map((table) => `${e.module}:${table}`)));

// SQL keywords after which a table (or view, or set-returning function of ours) is named.
const TABLE_AFTER = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE|REFERENCES)\s+((?:[a-z_][a-z0-9_]*\.)?[a-z_][a-z0-9_]*)\b(\s*\()?/g;
// What may follow those keywords without being a table: clauses, and FROM inside expressions.
const NOT_TABLES = new Set(['set', 'select', 'lateral', 'only', 'unnest', 'jsonb_to_recordset', 'jsonb_array_elements', 'generate_series', 'values']);
const EXPRESSION_FROM = /\b(?:EPOCH|DISTINCT|BOTH|LEADING|TRAILING|DAY|HOUR|MINUTE|SECOND|MONTH|YEAR|WEEK)\s+FROM\s*$/;
// Names a query defines for itself: CTEs ("name AS (", "name AS MATERIALIZED (").
const CTE = /\b([a-z_][a-z0-9_]*)\s+AS\s+(?:NOT\s+)?(?:MATERIALIZED\s+)?\(/g;

function* tsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) yield path;
  }
}

/** The text of every string and template literal in a file, with its line; `cut`: a `${…}` follows it. */
function literals(source) {
  const found = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const cut = ts.isTemplateHead(node) || ts.isTemplateMiddle(node);
      found.push({ text: node.text, cut, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

// Entities map to tables (`@Entity('accounts') export class Account`), for the TypeORM check.
const entityTables = new Map();
const files = [...tsFiles(MODULES_DIR)].map((path) => {
  const text = readFileSync(path, 'utf8');
  return { path, text, module: relative(MODULES_DIR, path).split('/')[0], source: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true) };
});
for (const { text } of files) {
  for (const m of text.matchAll(/@Entity\(\s*'([a-z_]+)'[^)]*\)\s*export\s+class\s+(\w+)/g)) entityTables.set(m[2], m[1]);
}
const cteNames = new Set();
for (const file of files) for (const { text } of literals(file.source)) for (const m of text.matchAll(CTE)) cteNames.add(m[1]);

const problems = [];
const report = (file, line, table, how) => {
  const where = `${relative(ROOT, file.path)}:${line}`;
  const schema = table.includes('.') ? table.split('.')[0] : null;
  const owner = schema ? schemas.get(schema) : owners.get(table);
  if (owner === file.module || allowed.has(`${file.module}:${table}`)) return;
  if (owner === undefined) {
    problems.push(`${where}: table ${table} is not in ${MAP_FILE}: add it to "owners" with its owning module.`);
  } else {
    problems.push(
      `${where}: module ${file.module} ${how} ${table}, owned by ${owner}. Go through ${owner}'s service or an SQL fragment or view it exports;` +
        ` if that cannot be done yet, add "${table}" to module ${file.module}'s entry in "exceptions" in ${MAP_FILE}, with why.`,
    );
  }
};

for (const file of files) {
  for (const { text, cut, line } of literals(file.source)) {
    for (const m of text.matchAll(TABLE_AFTER)) {
      const name = m[1];
      // A name cut by a `${…}` (subjects_of_${cte}) is built at run time, not a table.
      const built = cut && m.index + m[0].length === text.length;
      if (built || m[2] || NOT_TABLES.has(name) || cteNames.has(name) || EXPRESSION_FROM.test(text.slice(0, m.index + m[0].indexOf(name)))) continue;
      if (/^(pg_|information_schema)/.test(name)) continue;
      report(file, line + text.slice(0, m.index).split('\n').length - 1, name, 'names the table');
    }
  }
  // TypeORM: repositories and manager calls on an entity class.
  const repo = /\b(?:getRepository|InjectRepository|Repository<|(?:manager|em|tx|trx|entityManager)\.(?:find\w*|save|insert|update|delete|count\w*|exist\w*|upsert|increment|decrement|remove|softDelete|createQueryBuilder|create|merge|preload))\(?\s*(\w+)/g;
  for (const m of file.text.matchAll(repo)) {
    const table = entityTables.get(m[1]);
    if (table) report(file, file.text.slice(0, m.index).split('\n').length, table, `uses the repository of ${m[1]}, table`);
  }
}

if (problems.length > 0) {
  console.error(`${problems.join('\n')}\n\n${problems.length} table ownership problem(s) (tools/check-table-owners.mjs).`);
  process.exit(1);
}
console.log(`table owners: ${files.length} files, ${owners.size} tables, each named only by its owner (${allowed.size} listed exceptions)`);
