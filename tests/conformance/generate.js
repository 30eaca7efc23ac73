#!/usr/bin/env node
// Regenerates the conformance expectations with LoopBack itself (the oracle
// in ../shared/oracle, see its README):
//
//   node tests/conformance/generate.js            (from the repository root)
//
// 1. shop.sqlite: the shop sample's data.json loaded by the oracle's
//    load-sqlite.js (loopback-connector-sqlite3's own layout and writes).
// 2. every cases/*.json gets "expected" = what run.js --batch prints for it
//    on that database: M.find(filter), the relation accessor (`related`) or a
//    named scope (`scope`). A `related` case without "filter" is the accessor
//    called without one, as REST calls it (run.js is given null, which every
//    accessor reads as "no filter"; JSON has no undefined).
// 3. a case with "deviation" is one where the connector itself fails
//    (ilike, nilike, REGEXP); its "equivalentFilter" says the same thing in
//    operators the connector runs, and its expectation is the oracle's answer
//    to that filter.
//
// Expected values are never edited by hand: change a case, rerun this script.
// ORACLE_DIR overrides the oracle's location (default: the nearest shared/oracle above).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const {spawnSync} = require('child_process');

const here = __dirname;
const root = path.resolve(here, '..', '..');
// The oracle lives in ../shared next to the repository (or next to the
// folder of a git worktree); the nearest one up the tree is taken.
function findOracle() {
  if (process.env.ORACLE_DIR) return process.env.ORACLE_DIR;
  for (let dir = path.dirname(root); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'oracle');
    if (fs.existsSync(path.join(candidate, 'run.js'))) return candidate;
    if (dir === path.dirname(dir)) throw new Error('no shared/oracle found; set ORACLE_DIR');
  }
}
const oracle = findOracle();
const sample = path.join(root, 'resources', 'samples', 'shop');
const database = path.join(here, 'shop.sqlite');
const casesDir = path.join(here, 'cases');

function run(args, input) {
  const result = spawnSync(process.execPath, args, {input, encoding: 'utf8', maxBuffer: 1 << 28});
  if (result.status !== 0) {
    process.stderr.write(result.stderr || '');
    throw new Error(`node ${args.join(' ')} exited with ${result.status}`);
  }
  return result.stdout;
}

// run.js takes a flat folder of model files.
const models = fs.mkdtempSync(path.join(os.tmpdir(), 'relata-conformance-'));
const modelSource = path.join(sample, 'common', 'models');
for (const file of fs.readdirSync(modelSource).filter((f) => f.endsWith('.json'))) {
  fs.copyFileSync(path.join(modelSource, file), path.join(models, file));
}

run([path.join(oracle, 'load-sqlite.js'), '--models', models, '--data', path.join(sample, 'data.json'),
  '--db', database]);

const files = fs.readdirSync(casesDir).filter((f) => f.endsWith('.json')).sort();
const cases = files.map((f) => JSON.parse(fs.readFileSync(path.join(casesDir, f), 'utf8')));
const lines = cases.map((c) => {
  const spec = {model: c.model};
  if (c.related) spec.related = c.related;
  if (c.scope) spec.scope = c.scope;
  if (c.deviation) spec.filter = c.equivalentFilter;
  else if ('filter' in c) spec.filter = c.filter;
  else if (c.related) spec.filter = null;
  return JSON.stringify(spec);
});
const output = run([path.join(oracle, 'run.js'), '--models', models, '--db', database, '--batch'],
  lines.join('\n') + '\n').trim().split('\n');
if (output.length !== cases.length) throw new Error(`${cases.length} cases but ${output.length} answers`);

cases.forEach((c, i) => {
  c.expected = JSON.parse(output[i]);
  fs.writeFileSync(path.join(casesDir, files[i]), JSON.stringify(c, null, 2) + '\n');
});
fs.rmSync(models, {recursive: true, force: true});
console.log(`${cases.length} cases written, database ${path.relative(root, database)}`);
