#!/usr/bin/env node
// Regenerates expected.json (the shop sample on tests/conformance/shop.sqlite)
// and expected-<corpus app>.json (two corpus apps on a database that
// `relata-cli migrate` and `seed --scale 4 --seed 7` make): every relation
// `relata-cli export-lb4` writes, called for every source record through the
// LoopBack 4 repositories (run-lb4.js) and through LoopBack 3 (the oracle's
// run.js, which calls the relation accessor of findById(id)):
//
//   node tests/lb4/conformance/generate.js [RELATA_CLI]   (from the repository root)
//
// Needs tests/lb4/fixture/node_modules (npm install there) and the oracle's
// node_modules (ORACLE_DIR, default: the nearest shared/oracle above;
// ORACLE_NODE_PATH adds a folder where its packages are installed instead).
// Each case records both engines' answers for the accessor and for find with
// `include`, as sorted related ids (one id or null for a to-one relation), and
// whether they agree; a case whose relation MIGRATION.md lists says what
// LoopBack 4 leaves out there, and a known difference of the two engines that
// is no migration item gets a note. Never edit expected.json by hand.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const {spawnSync} = require('child_process');

const here = __dirname;
const root = path.resolve(here, '..', '..', '..');
const fixture = path.join(root, 'tests', 'lb4', 'fixture');
const sample = path.join(root, 'resources', 'samples', 'shop');
const database = path.join(root, 'tests', 'conformance', 'shop.sqlite');
const cli = process.argv[2] || path.join(root, 'build', 'app', 'cli', 'relata-cli');

function findOracle() {
  if (process.env.ORACLE_DIR) return process.env.ORACLE_DIR;
  for (let dir = path.dirname(root); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'oracle');
    if (fs.existsSync(path.join(candidate, 'run.js'))) return candidate;
    if (dir === path.dirname(dir)) throw new Error('no shared/oracle found; set ORACLE_DIR');
  }
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {encoding: 'utf8', maxBuffer: 1 << 28, ...options});
  if (result.status !== 0) {
    process.stderr.write(result.stderr || '');
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  }
  return result.stdout;
}

function generate(app) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'relata-lb4-conformance-'));
  const project = path.join(work, 'project');
  const exported = JSON.parse(run(cli, ['export-lb4', app.root, '--out', project]));
  fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({
    extends: path.join(fixture, 'tsconfig.json'),
    compilerOptions: {baseUrl: fixture, paths: {'*': ['node_modules/*']}, outDir: 'dist', rootDir: 'src'},
    include: ['src/**/*.ts'],
  }));
  run(process.execPath, [path.join(fixture, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project]);

  // Both engines read a copy: the committed database stays as it is.
  const copy = path.join(work, 'app.sqlite');
  if (app.database) {
    fs.copyFileSync(app.database, copy);
  } else {
    run(cli, ['migrate', app.root, '--db', copy]);
    run(cli, ['seed', app.root, '--db', copy, '--scale', '4', '--seed', '7']);
  }
  const lb4 = JSON.parse(run(process.execPath, [path.join(here, 'run-lb4.js'), '--project', path.join(project, 'dist'),
    '--db', copy], {env: {...process.env, NODE_PATH: path.join(fixture, 'node_modules')}})).cases;

  const models = path.join(work, 'models');
  fs.mkdirSync(models);
  const modelSource = path.join(app.root, 'common', 'models');
  // The oracle loads no mixins (code of the app); they add behaviour, not
  // relations, and MIGRATION.md lists them, so the copies leave them out.
  for (const file of fs.readdirSync(modelSource).filter((f) => f.endsWith('.json'))) {
    const definition = JSON.parse(fs.readFileSync(path.join(modelSource, file), 'utf8'));
    delete definition.mixins;
    fs.writeFileSync(path.join(models, file), JSON.stringify(definition, null, 2));
  }
  const oracleEnv = {...process.env};
  if (process.env.ORACLE_NODE_PATH) oracleEnv.NODE_PATH = process.env.ORACLE_NODE_PATH;
  // Two LoopBack 3 calls per case: the accessor of findById(id), and find with include.
  const batch = lb4.flatMap((c) => [
    JSON.stringify({model: c.model, related: {id: c.id, relation: c.relation}}),
    JSON.stringify({model: c.model, filter: {where: {id: c.id}, include: c.relation}}),
  ]).join('\n');
  const lb3 = run(process.execPath, [path.join(findOracle(), 'run.js'), '--models', models, '--db', copy, '--batch'],
    {input: batch + '\n', env: oracleEnv}).trim().split('\n').map((line) => JSON.parse(line));

  const byValue = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  function ids(doc) {
    if (doc === null || doc === undefined) return null;
    if (Array.isArray(doc)) return doc.map((r) => r.id).sort(byValue);
    if (doc.error) return {error: doc.error.code || doc.error.name};
    return doc.id;
  }
  function included(doc, relation) {
    if (doc && doc.error) return ids(doc);
    return doc.length ? ids(doc[0][relation]) : {error: 'SOURCE_NOT_FOUND'};
  }

  const migration = new Map();
  for (const item of exported.migration) {
    if (!item.relation) continue;
    const key = `${item.model}.${item.relation}`;
    migration.set(key, [...(migration.get(key) || []), item.feature]);
  }
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const cases = lb4.map((c, i) => {
    const expected = {accessor: ids(lb3[2 * i]), include: included(lb3[2 * i + 1], c.relation)};
    const out = {model: c.model, relation: c.relation, kind: c.kind, id: c.id, lb3: expected,
      lb4: {accessor: c.accessor, include: c.include},
      agree: {accessor: same(expected.accessor, c.accessor), include: same(expected.include, c.include)}};
    const features = migration.get(`${c.model}.${c.relation}`);
    if (features) out.migration = features.join(', ');
    const unique = Array.isArray(expected.include) ? [...new Set(expected.include)] : null;
    if (!out.agree.include && unique && unique.length < expected.include.length && same(unique, c.include)) {
      out.note = 'LoopBack 3\'s include repeats a target linked twice (its accessor does not); LoopBack 4 gives it once';
    }
    return out;
  });
  const count = (test) => cases.filter(test).length;
  const summary = {
    cases: cases.length,
    accessorAgree: count((c) => c.agree.accessor),
    includeAgree: count((c) => c.agree.include),
    differListedInMigration: count((c) => !(c.agree.accessor && c.agree.include) && c.migration),
    differExplainedByNote: count((c) => !(c.agree.accessor && c.agree.include) && !c.migration && c.note),
    differUnexplained: count((c) => !(c.agree.accessor && c.agree.include) && !c.migration && !c.note),
  };
  fs.writeFileSync(path.join(here, app.expected), JSON.stringify({summary, cases}, null, 2) + '\n');
  fs.rmSync(work, {recursive: true, force: true});
  process.stdout.write(`${app.expected}: ${JSON.stringify(summary)}\n`);
}

const corpus = path.resolve(root, '..', 'shared', 'corpus', 'lb3');
for (const app of [
  {root: sample, database, expected: 'expected.json'},
  {root: path.join(corpus, 'strongloop__loopback-example-relations'), expected: 'expected-loopback-example-relations.json'},
  {root: path.join(corpus, 'gfornari__looback-model-sample-app'), expected: 'expected-looback-model-sample-app.json'},
]) {
  generate(app);
}
