#!/usr/bin/env node
// Regenerates the conformance expectations with LoopBack itself (the oracle
// in ../shared/oracle, see its README):
//
//   node tests/conformance/generate.js            (from the repository root)
//
// 1. shop.sqlite: the shop sample's data.json loaded by the oracle's
//    load-sqlite.js (loopback-connector-sqlite3's own layout and writes);
//    large.sqlite: the same for largeData() below.
// 2. every cases/*.json gets "expected" = what run.js --batch prints for it
//    on that database: M.find(filter), the relation accessor (`related`) or a
//    named scope (`scope`). A `related` case without "filter" is the accessor
//    called without one, as REST calls it (run.js is given null, which every
//    accessor reads as "no filter"; JSON has no undefined).
// 3. a case with "database": "large" runs on large.sqlite instead: the same
//    models with generated rows (largeData below), enough of them for the
//    juggler's pages of 256 keys to show.
// 4. a case with "database": "raw" runs on raw.sqlite: shop.sqlite plus
//    customers whose embedded values only another program could have stored
//    (rawRows below, written with SQL: LoopBack's own create refuses them).
// 5. a case with "database": "embedded" runs on embedded.sqlite with the
//    models of embedded/ (not the shop's): holders whose embedded items hold
//    values of every property type in the wrong JSON type (embeddedRows below,
//    written with SQL), which the juggler converts as it builds each item.
// 6. a case with "deviation" is one where the connector itself fails
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
const databases = {shop: path.join(here, 'shop.sqlite'), large: path.join(here, 'large.sqlite'),
  raw: path.join(here, 'raw.sqlite'), embedded: path.join(here, 'embedded.sqlite')};
const embeddedModels = path.join(here, 'embedded');
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

// Deterministic rows for the shop models: more than 256 parents, link rows and
// targets, so that include's paging (and its effect on order) is exercised.
function largeData() {
  const range = (n, f) => Array.from({length: n}, (_, k) => f(k + 1));
  // Every shape of a referencesMany id list: empty, null, only ids of no
  // product, and one or two real ids.
  const favoriteIds = (i) => (i % 4 === 0 ? []
    : i % 25 === 0 ? null
      : i % 49 === 0 ? [9000 + i, 9001 + i]
        : [((i * 7) % 280) + 1, ((i * 11 + 3) % 280) + 1].filter((v, k, a) => a.indexOf(v) === k));
  const cities = ['London', 'Paris', 'lisbon', null, 'Berlin'];
  const statuses = ['open', 'shipped', 'cancelled'];
  return {
    Category: range(5, (i) => ({id: i, name: `Category ${i}`, parentId: i > 1 ? 1 : null})),
    Product: range(280, (i) => ({id: i, name: `Product ${(i * 31) % 280}`, sku: `SKU-${i}`,
      kind: ['shoe', 'bag', null][i % 3], price: (i * 7) % 90, discontinued: i % 10 === 0, categoryId: (i % 5) + 1})),
    Tag: range(12, (i) => ({id: i, name: `tag ${(i * 5) % 12}`})),
    ProductTag: range(700, (i) => ({id: i, productId: ((i * 17) % 280) + 1, tagId: (i % 12) + 1})),
    Customer: range(300, (i) => ({id: i, name: `Customer ${(i * 7) % 300}`, vip: i % 3 === 0,
      age: i % 10 === 0 ? null : (i * 13) % 90, city: cities[i % cities.length],
      productIds: favoriteIds(i)})),
    Order: range(700, (i) => ({id: i, customerId: i % 9 === 0 ? null : ((i * 37) % 300) + 1,
      status: statuses[i % 3], total: (i * 53) % 400, currency: 'EUR'})),
    OrderItem: range(900, (i) => ({id: i, orderId: ((i * 11) % 700) + 1, productId: ((i * 13) % 280) + 1,
      quantity: (i % 5) + 1})),
    Physician: range(280, (i) => ({id: i, name: `Dr ${(i * 19) % 280}`})),
    Patient: range(300, (i) => ({id: i, name: `Patient ${(i * 23) % 300}`})),
    Appointment: range(900, (i) => ({id: i, physicianId: ((i * 17) % 280) + 1, patientId: ((i * 29) % 300) + 1,
      appointmentDate: '2024-01-01T00:00:00.000Z', status: i % 2 ? 'confirmed' : 'pending'})),
    Picture: [
      {id: 1, name: 'a', imageableId: 1, imageableType: 'Customer'},
      {id: 2, name: 'b', imageableId: 2, imageableType: 'Product'},
      {id: 3, name: 'c', imageableId: 1, imageableType: 'Nope'},
      {id: 4, name: 'd', imageableId: null, imageableType: null},
    ],
  };
}

// Customers holding embedded values of every JSON kind, as text in the
// columns (the connector parses a column once, and the juggler parses a
// string it got again): embedsMany lists with items that are no objects,
// lists that are null, "null", empty or no list at all, and embedsOne values
// that are no objects. Ids 30 and up hold lists LoopBack refuses to read.
function rawRows() {
  const twice = (value) => JSON.stringify(JSON.stringify(value));
  const rows = [
    [10, twice(['abc', '', 0, 7, true, false, null, [1, 'a'], {id: 9, address: 'a@b.example'}, 'é']), '"abc"'],
    [11, '[]', '0'],
    [12, null, 'true'],
    [13, twice(null), '[1,2]'],
    [14, twice([]), '""'],
    [15, JSON.stringify([{id: 3, address: 'x@y.example'}]), '5'],
    [16, twice(['']), '{"city":"Oslo","zip":"0150"}'],
    [17, twice([{}]), 'false'],
    [18, twice([[]]), '[]'],
    [19, twice(['[]']), null],
    [30, '5', null],
    [31, twice({id: 1}), null],
    [32, twice('not a list'), null],
  ];
  const text = (v) => (v === null ? 'NULL' : `'${v.replace(/'/g, "''")}'`);
  // Orders of some of them, for includes nested under the order.
  const orders = [[100, 10], [101, 11], [102, 13], [103, 16], [104, 19]];
  return rows.map(([id, emails, address]) =>
    `INSERT INTO "customer" ("id", "name", "emaillist", "billingaddress") VALUES (${id}, 'Raw ${id}', ${text(emails)}, ${text(address)})`)
    .concat(orders.map(([id, customer]) => `INSERT INTO "order" ("id", "customerid", "total") VALUES (${id}, ${customer}, ${id})`));
}

// Holders of embedded/holder.json: items (embedsMany of Item), main (embedsOne
// Item) and strictItems (embedsMany of a strict model) holding values of the
// wrong JSON type for each property type, unknown keys, nulls and missing
// properties with defaults; characters outside the BMP, which JavaScript
// counts as two UTF-16 units. Ids 20 and up hold items LoopBack refuses to read.
function embeddedRows() {
  const rows = [
    [1, [{id: '3', label: 5, flag: 'true', when: '2021-01-02', nums: ['1', 'x', 2], words: [1, null, true],
      place: {zip: '123', city: 7}, places: [{zip: '9'}], obj: 'str', anything: '7', secret: 's', extra: 'e'}],
    {id: '4', label: 3, flag: 0, secret: 's', extra: 1}, [{id: '1', n: '2', extra: 'x'}]],
    [2, [{id: 'abc'}, {flag: 'no', when: 'garbage'}, {id: null, label: null, fallback: null}, {}, null, 'ab', 7],
      {}, null],
    [3, [{when: 1600000000000, flag: 1, label: true}, {anything: '[1,"2"]'}, {anything: 'x'}, {obj: 5}],
      {when: '2020-05-05T10:00:00+02:00', fallback: 'given', place: 'ab'}, null],
    [4, [{flag: 'false', id: '2.5'}, {flag: '1'}, {flag: 'yes'}, {flag: 2}, {flag: 0}, {flag: ''}, {flag: []},
      {flag: {}}], [1, 2], null],
    [5, [{label: {a: 1}}, {label: [1, [2, null]]}, {id: true}, {id: '', when: ''}, {id: '1e3'}, {id: ' 0x10 '},
      {when: 'Thu, 04 Mar 2021 10:00:00 GMT'}, {when: true}, {when: {}}], 'text', null],
    [6, [{nums: [1, '2', null, true, [3]]}, {places: [{zip: '1'}, 'ab', null, 5, [6]]}, {place: [1, 2]},
      {place: null}, {place: 5}, {obj: [1]}, {anything: {x: '1'}}, {nums: null}, {nums: 0}, {nums: '[1,"2"]'}],
      null, [{n: 'x'}, 5]],
    [7, ['a\u{1F600}', {label: '\u{1F600}'}, {label: 'x\u{1F600}'}, {label: '\u{1F600}\u{1F600}'}], 'b\u{1F600}', null],
    [20, [{nums: '5'}], null, null],
    [21, [{places: 'x'}], null, null],
    [22, [{id: 1}], {nums: true}, null],
    [23, [{words: ''}], null, null],
  ];
  const twice = (value) => (value === null ? 'NULL' : `'${JSON.stringify(JSON.stringify(value)).replace(/'/g, "''")}'`);
  const once = (value) => (value === null ? 'NULL' : `'${JSON.stringify(value).replace(/'/g, "''")}'`);
  return rows.map(([id, items, main, strict]) =>
    `INSERT INTO "holder" ("id", "name", "itemlist", "mainitem", "strictlist") VALUES (${id}, 'Holder ${id}', `
    + `${twice(items)}, ${once(main)}, ${twice(strict)})`);
}

async function executeSql(file, statements) {
  const api = require(path.join(oracle, 'run.js'));
  const ds = await api.createDataSource('sqlite3', {file, writable: true});
  for (const sql of statements) {
    await new Promise((resolve, reject) =>
      ds.connector.executeSQL(sql, [], {}, (err) => (err ? reject(err) : resolve())));
  }
  await new Promise((resolve) => ds.disconnect(resolve));
}

const emptyData = path.join(models, '..', path.basename(models) + '-empty.json');
fs.writeFileSync(emptyData, '{}');
run([path.join(oracle, 'load-sqlite.js'), '--models', embeddedModels, '--data', emptyData, '--db', databases.embedded]);
fs.rmSync(emptyData);

const largeDataFile = path.join(models, '..', path.basename(models) + '-large.json');
fs.writeFileSync(largeDataFile, JSON.stringify(largeData()));
run([path.join(oracle, 'load-sqlite.js'), '--models', models, '--data', path.join(sample, 'data.json'),
  '--db', databases.shop]);
run([path.join(oracle, 'load-sqlite.js'), '--models', models, '--data', largeDataFile, '--db', databases.large]);
fs.rmSync(largeDataFile);
run([path.join(oracle, 'load-sqlite.js'), '--models', models, '--data', path.join(sample, 'data.json'),
  '--db', databases.raw]);

async function main() {
  await executeSql(databases.raw, rawRows());
  await executeSql(databases.embedded, embeddedRows());

  const files = fs.readdirSync(casesDir).filter((f) => f.endsWith('.json')).sort();
  const cases = files.map((f) => JSON.parse(fs.readFileSync(path.join(casesDir, f), 'utf8')));
  function spec(c) {
    const line = {model: c.model};
    if (c.related) line.related = c.related;
    if (c.scope) line.scope = c.scope;
    if (c.deviation) line.filter = c.equivalentFilter;
    else if ('filter' in c) line.filter = c.filter;
    else if (c.related) line.filter = null;
    return JSON.stringify(line);
  }

  const answers = new Array(cases.length);
  for (const [name, database] of Object.entries(databases)) {
    const indexes = cases.map((c, i) => ((c.database || 'shop') === name ? i : -1)).filter((i) => i >= 0);
    if (!indexes.length) continue;
    const input = indexes.map((i) => spec(cases[i])).join('\n') + '\n';
    const modelsOf = name === 'embedded' ? embeddedModels : models;
    const output = run([path.join(oracle, 'run.js'), '--models', modelsOf, '--db', database, '--batch'], input)
      .trim().split('\n');
    if (output.length !== indexes.length) throw new Error(`${indexes.length} cases but ${output.length} answers`);
    indexes.forEach((caseIndex, k) => { answers[caseIndex] = output[k]; });
  }

  cases.forEach((c, i) => {
    c.expected = JSON.parse(answers[i]);
    fs.writeFileSync(path.join(casesDir, files[i]), JSON.stringify(c, null, 2) + '\n');
  });
  fs.rmSync(models, {recursive: true, force: true});
  console.log(`${cases.length} cases written`);
}

main().catch((e) => { console.error(e); process.exit(1); });
