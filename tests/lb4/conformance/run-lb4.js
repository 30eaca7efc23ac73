#!/usr/bin/env node
// Calls every relation of a LoopBack 4 project that `relata-cli export-lb4`
// wrote, through its repositories, for every source record of a SQLite file:
//
//   NODE_PATH=tests/lb4/fixture/node_modules \
//   node tests/lb4/conformance/run-lb4.js --project DIST --db FILE [--cases CASES.json]
//
// DIST is the project compiled by tsc (dist/models, dist/repositories,
// dist/datasources). Prints {"cases": [{model, relation, kind, id, result}]}:
// `result` is the sorted ids of the related records (one id or null for
// belongsTo and hasOne), or {"error": CODE} when the accessor throws. With
// --cases, runs only those {model, relation, id} cases, in that order.
'use strict';

const fs = require('fs');
const path = require('path');

function option(name) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
}

const dist = option('project');
const db = option('db');
if (!dist || !db) {
  process.stderr.write('usage: run-lb4.js --project DIST --db FILE [--cases CASES.json]\n');
  process.exit(2);
}

const {Context} = require('@loopback/core');
const models = require(path.resolve(dist, 'models'));
const repositories = require(path.resolve(dist, 'repositories'));
const dataSources = require(path.resolve(dist, 'datasources'));

function idOf(record) {
  return record == null ? null : record.getId();
}

const byValue = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

async function related(repository, relation, id) {
  const accessor = repository[relation.name];
  try {
    switch (relation.type) {
      case 'belongsTo':
        return idOf(await accessor(id));
      case 'hasOne':
        return idOf(await accessor(id).get());
      case 'referencesMany':
        return (await accessor(id)).map(idOf).sort(byValue);
      default:
        return (await accessor(id).find()).map(idOf).sort(byValue);
    }
  } catch (error) {
    // LoopBack 4 reports "no related record" of a to-one relation by throwing
    // ENTITY_NOT_FOUND where LoopBack 3 answers null: the same answer.
    const single = relation.type === 'belongsTo' || relation.type === 'hasOne';
    if (single && error.code === 'ENTITY_NOT_FOUND') return null;
    return {error: error.code || error.message};
  }
}

async function main() {
  const context = new Context();
  for (const DataSource of Object.values(dataSources)) {
    const config = {...DataSource.defaultConfig};
    if (config.connector === 'sqlite3') config.file = path.resolve(db);
    context.bind(`datasources.${DataSource.dataSourceName}`).to(new DataSource(config));
  }
  for (const [name, Repository] of Object.entries(repositories)) {
    context.bind(`repositories.${name}`).toClass(Repository);
  }
  const wanted = option('cases') ? JSON.parse(fs.readFileSync(option('cases'), 'utf8')) : null;
  const cases = [];
  for (const name of Object.keys(repositories).sort()) {
    const repository = await context.get(`repositories.${name}`);
    const model = repository.entityClass;
    const relations = Object.values(model.definition.relations).sort((a, b) => byValue(a.name, b.name));
    if (relations.length === 0) continue;
    const ids = wanted ? null : (await repository.find()).map(idOf).sort(byValue);
    for (const relation of relations) {
      const kind = relation.through ? 'hasManyThrough' : relation.type;
      const sources = wanted
        ? wanted.filter((c) => c.model === model.modelName && c.relation === relation.name).map((c) => c.id)
        : ids;
      for (const id of sources) {
        cases.push({model: model.modelName, relation: relation.name, kind, id,
          result: await related(repository, relation, id)});
      }
    }
  }
  for (const DataSource of Object.values(dataSources)) {
    await (await context.get(`datasources.${DataSource.dataSourceName}`)).disconnect();
  }
  process.stdout.write(JSON.stringify({cases}, null, 2) + '\n');
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
