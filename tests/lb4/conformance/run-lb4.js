#!/usr/bin/env node
// Calls every relation of a LoopBack 4 project that `relata-cli export-lb4`
// wrote, through its repositories, for every source record of a SQLite file:
//
//   NODE_PATH=tests/lb4/fixture/node_modules \
//   node tests/lb4/conformance/run-lb4.js --project DIST --db FILE
//
// DIST is the project compiled by tsc (dist/models, dist/repositories,
// dist/datasources). Prints {"cases": [{model, relation, kind, id, accessor,
// include}]}: what the relation accessor and find with `include` give, as the
// sorted ids of the related records (one id or null for a to-one relation),
// or {"error": CODE} when the call throws.
'use strict';

const path = require('path');

function option(name) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
}

const dist = option('project');
const db = option('db');
if (!dist || !db) {
  process.stderr.write('usage: run-lb4.js --project DIST --db FILE\n');
  process.exit(2);
}

const {Context} = require('@loopback/core');
const models = require(path.resolve(dist, 'models'));
const repositories = require(path.resolve(dist, 'repositories'));
const dataSources = require(path.resolve(dist, 'datasources'));

function idOf(record) {
  return record.getId();
}

const byValue = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function idsOf(value) {
  if (value === undefined || value === null) return null;
  return Array.isArray(value) ? value.map(idOf).sort(byValue) : idOf(value);
}

function failure(error, relation) {
  // LoopBack 4 reports "no related record" of a to-one relation by throwing
  // ENTITY_NOT_FOUND where LoopBack 3 answers null: the same answer.
  const single = relation.type === 'belongsTo' || relation.type === 'hasOne';
  if (single && error.code === 'ENTITY_NOT_FOUND') return null;
  return {error: error.code || error.message};
}

// The relation accessor, called the way LoopBack 4 defines it: belongsTo and
// referencesMany take the source's id, the other factories its keyFrom value.
async function accessor(repository, relation, id) {
  try {
    const call = repository[relation.name];
    if (relation.type === 'belongsTo' || relation.type === 'referencesMany') return idsOf(await call(id));
    const source = await repository.findById(id);
    const key = source[relation.keyFrom];
    if (relation.type === 'hasOne') return idsOf(await call(key).get());
    return idsOf(await call(key).find());
  } catch (error) {
    return failure(error, relation);
  }
}

// find({where: {id}, include: [relation]}): the inclusion resolver.
async function inclusion(repository, relation, id) {
  try {
    const idName = repository.entityClass.getIdProperties()[0];
    const [source] = await repository.find({where: {[idName]: id}, include: [relation.name]});
    // LoopBack 4 leaves a to-many inclusion that found nothing out of the
    // record, where LoopBack 3 gives []: the same answer.
    const single = relation.type === 'belongsTo' || relation.type === 'hasOne';
    return idsOf(source[relation.name] ?? (single ? null : []));
  } catch (error) {
    return failure(error, relation);
  }
}

async function main() {
  const context = new Context();
  for (const DataSource of Object.values(dataSources)) {
    // Every datasource reads the given file, whatever connector the app names.
    const config = {...DataSource.defaultConfig, connector: 'sqlite3', file: path.resolve(db)};
    context.bind(`datasources.${DataSource.dataSourceName}`).to(new DataSource(config));
  }
  for (const [name, Repository] of Object.entries(repositories)) {
    context.bind(`repositories.${name}`).toClass(Repository);
  }
  const cases = [];
  for (const name of Object.keys(repositories).sort()) {
    const repository = await context.get(`repositories.${name}`);
    const model = repository.entityClass;
    const relations = Object.values(model.definition.relations).sort((a, b) => byValue(a.name, b.name));
    if (relations.length === 0) continue;
    const ids = (await repository.find()).map(idOf).sort(byValue);
    for (const relation of relations) {
      const kind = relation.through ? 'hasManyThrough' : relation.type;
      for (const id of ids) {
        cases.push({model: model.modelName, relation: relation.name, kind, id,
          accessor: await accessor(repository, relation, id), include: await inclusion(repository, relation, id)});
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
