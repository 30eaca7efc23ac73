#!/usr/bin/env node
// Prints the graph LoopBack 3 itself builds for an app, in the shape of
// `relata-cli graph`: {"models": {NAME: {table, idProperty, properties, relations}}}.
//
//   node tests/tools/lb-graph.js APP [--oracle DIR] > expected.json
//   node tests/tools/lb-graph.js --scenarios FILE [--oracle DIR] > expected.json
//
// APP is a LoopBack app root (server/model-config.json) or a folder of model
// files. FILE holds {"<scenario>": {"models": [definitions], "modelConfig"?: {…}}};
// the output is then {"<scenario>": graph} (a scenario without modelConfig is a
// folder whose files come in the listed order). The juggler comes from the oracle (../shared/oracle by default, or
// $RELATA_ORACLE). `loopback` itself is not installed there, so this script does
// what its registry and loopback-boot 2 do, with the juggler's own ModelBuilder
// and DataSource:
//   - `Model` is defined with the juggler's defaults (so it has an injected id
//     that every model inherits) and `PersistedModel` extends it;
//   - LoopBack's built-in models come from core/schema/builtin_models.json (their
//     files in loopback 3.28 without ACLs), defined in the registry's order;
//   - boot: model-config entries plus the bases they need, ordered by toposort,
//     every model defined first, then each configured one attached (relations set
//     up, or deferred until their target attaches);
//   - every model-config datasource is one loopback-connector-sqlite3 datasource;
//   - app models model-config does not list are defined afterwards, unattached;
//   - model-config.json is in server/, or in the only folder of server/ that
//     holds one; when that is not server/ and it has no _meta.sources, the boot
//     script gives the sources in code: the models are found as in a folder of
//     models, and a configured model that no file defines is left out;
//   - a folder of models acts as a model-config listing every model (after the
//     built-in models they name), each with "dataSource": "db";
//   - `mixins` are dropped (their code is app JavaScript); model .js files are
//     not run;
//   - built-in models are printed (with "builtin": true) when they are part of
//     the app: attached, or a base or relation target of a model that is.
// Exit status: 0, or 1 with a message when LoopBack itself would fail to boot.
'use strict';

const fs = require('fs');
const path = require('path');

function parseArgs(argv) {
  const args = {app: null, scenarios: null, oracle: process.env.RELATA_ORACLE ||
    path.resolve(__dirname, '../../../shared/oracle')};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--oracle') args.oracle = argv[++i];
    else if (argv[i] === '--scenarios') args.scenarios = argv[++i];
    else if (!args.app) args.app = argv[i];
    else throw new Error('unexpected argument ' + argv[i]);
  }
  if (!args.app === !args.scenarios) {
    throw new Error('usage: lb-graph.js APP | --scenarios FILE [--oracle DIR]');
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const oracleModules = path.join(path.resolve(args.oracle), 'node_modules');
const juggler = require(path.join(oracleModules, 'loopback-datasource-juggler'));
const sqlite3Connector = require(path.join(oracleModules, 'loopback-connector-sqlite3'));
const builtinDefinitions = require(path.join(__dirname, '../../core/schema/builtin_models.json'));

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function modelFiles(dir) {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => path.join(dir, f));
}

// The folders named `models` under dir (itself included), depth first in
// name order, at most 5 levels down; hidden folders, node_modules and
// symbolic links are not entered.
function modelsFolders(dir, depth) {
  const found = path.basename(dir) === 'models' && depth > 0 ? [dir] : [];
  if (depth === 5) return found;
  const names = fs.readdirSync(dir, {withFileTypes: true})
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
    .map((e) => e.name).sort();
  return found.concat(...names.map((name) => modelsFolders(path.join(dir, name), depth + 1)));
}

// Where Relata finds model-config.json (core/io): server/, else the only
// folder directly in server/ holding one (a boot script can point loopback-boot's
// modelsRootDir there, as JoshElias' esports site does with server/configs/).
function findModelConfig(root) {
  const standard = path.join(root, 'server', 'model-config.json');
  if (fs.existsSync(standard)) return standard;
  const server = path.join(root, 'server');
  if (!fs.existsSync(server)) return null;
  const found = fs.readdirSync(server, {withFileTypes: true})
    .filter((e) => e.isDirectory() && e.name !== 'node_modules')
    .map((e) => path.join(server, e.name, 'model-config.json'))
    .filter((file) => fs.existsSync(file));
  return found.length === 1 ? found[0] : null;
}

// The app's model definitions (name -> definition, the last file read wins), its
// model-config (null for a folder of models), and whether the boot script gives
// the model sources in code (a moved model-config without _meta.sources).
function readApp(root) {
  const configFile = findModelConfig(root);
  let files;
  let config = null;
  let sourcesInCode = false;
  if (configFile) {
    config = readJson(configFile);
    const meta = config._meta || {};
    sourcesInCode = !Array.isArray(meta.sources) && path.dirname(configFile) !== path.join(root, 'server');
    const sources = Array.isArray(meta.sources) ? meta.sources :
      ['loopback/common/models', 'loopback/server/models', '../common/models', './models'];
    files = [].concat(...sources.filter((s) => !s.startsWith('loopback/'))
      .map((s) => modelFiles(path.join(path.dirname(configFile), s))));
  }
  if (!configFile || sourcesInCode) {
    // Relata's rule for a folder without model-config, and for model sources
    // given in code (core/io): the files of every folder named `models` in it,
    // or its own files.
    const folders = modelsFolders(root, 0);
    files = folders.length ? [].concat(...folders.map(modelFiles)) : modelFiles(root);
  }
  const definitions = new Map();
  for (const file of files) {
    const definition = readJson(file);
    if (definition && typeof definition.name === 'string' && definition.name) {
      definitions.delete(definition.name);
      definitions.set(definition.name, definition);
    }
  }
  return {definitions, config, sourcesInCode};
}

// LB registry.buildModelOptionsFromConfig.
function modelSettings(config) {
  const options = Object.assign({}, config.options);
  for (const key in config) {
    if (['name', 'properties', 'options'].indexOf(key) !== -1) continue;
    if (options[key] !== undefined) continue;
    options[key] = config[key];
  }
  return options;
}

function createRegistry() {
  const builder = new juggler.ModelBuilder();
  const Model = builder.define('Model');
  Model.extend('PersistedModel', {}, {replaceOnPUT: true});
  const createModel = (definition) => {
    const copy = JSON.parse(JSON.stringify(definition));
    const settings = modelSettings(copy);
    delete settings.mixins;
    let Base = settings.base || settings.super;
    if (typeof Base === 'string') {
      const name = Base;
      Base = builder.models[name];
      if (!Base || Base.settings.unresolved) {
        throw new Error(`Model not found: model \`${copy.name}\` is extending an unknown model \`${name}\`.`);
      }
    }
    Base = Base || builder.models.PersistedModel;
    return Base.extend(copy.name, copy.properties || {}, settings);
  };
  const builtins = new Set();
  for (const definition of builtinDefinitions) {
    createModel(definition);
    builtins.add(definition.name);
  }
  return {builder, createModel, builtins};
}

// loopback-boot 2's compiler: config names plus the bases they need, sorted the
// way the `toposort` package sorts edges base -> model.
function bootOrder(configNames, definitionOf) {
  const baseOf = (definition) => definition && (definition.base ||
    (definition.options && definition.options.base));
  const names = [];
  const seen = new Set();
  const queue = configNames.slice();
  while (queue.length) {
    const name = queue.shift();
    if (seen.has(name)) continue;
    seen.add(name);
    names.push(name);
    const base = baseOf(definitionOf(name));
    if (base && definitionOf(base)) queue.push(base);
  }
  const edges = names.map((name) => [baseOf(definitionOf(name)), name]);
  const nodes = Array.from(new Set([].concat(...edges)));
  const outgoing = new Map();
  for (const [from, to] of edges) {
    if (!outgoing.has(from)) outgoing.set(from, new Set());
    outgoing.get(from).add(to);
  }
  const sorted = new Array(nodes.length);
  const visited = new Array(nodes.length).fill(false);
  let cursor = nodes.length;
  const visit = (node, predecessors) => {
    if (predecessors.has(node)) throw new Error('Cyclic dependency, node was:' + JSON.stringify(node));
    const i = nodes.indexOf(node);
    if (visited[i]) return;
    visited[i] = true;
    const children = Array.from(outgoing.get(node) || []);
    if (children.length) {
      predecessors.add(node);
      for (let k = children.length; k-- > 0;) visit(children[k], predecessors);
      predecessors.delete(node);
    }
    sorted[--cursor] = node;
  };
  for (let i = nodes.length; i-- > 0;) {
    if (!visited[i]) visit(nodes[i], new Set());
  }
  return sorted.filter((name) => seen.has(name));
}

// Built-in models a folder of models names (as base, target or through), and the
// built-in models those name in turn.
function referencedBuiltins(definitions, builtinByName) {
  const wanted = new Set();
  const pending = Array.from(definitions.values());
  while (pending.length) {
    const definition = pending.pop();
    const names = [definition.base || (definition.options && definition.options.base)];
    for (const relation of Object.values(definition.relations || {})) {
      if (relation) names.push(relation.model, relation.through);
    }
    for (const name of names) {
      if (builtinByName.has(name) && !definitions.has(name) && !wanted.has(name)) {
        wanted.add(name);
        pending.push(builtinByName.get(name));
      }
    }
  }
  return builtinDefinitions.map((d) => d.name).filter((name) => wanted.has(name));
}

// LB registry.configureModel, with every datasource being `ds`.
function configureModel(Model, config, ds) {
  const settings = Model.settings;
  if (config.relations && typeof config.relations === 'object') {
    const relations = settings.relations = settings.relations || {};
    for (const key of Object.keys(config.relations)) {
      relations[key] = Object.assign(relations[key] || {}, config.relations[key]);
    }
  }
  if (config.options && typeof config.options === 'object') {
    for (const key in config.options) {
      if (!['base', 'super', 'relations', 'acls', 'dataSource'].includes(key)) {
        settings[key] = config.options[key];
      }
    }
  }
  if (config.dataSource) ds.attach(Model);
}

function boot(app, registry, ds) {
  const builtinByName = new Map(builtinDefinitions.map((d) => [d.name, d]));
  let entries;
  if (app.config) {
    entries = Object.keys(app.config).filter((k) => k !== '_meta').map((k) => [k, app.config[k]]);
  } else {
    const names = referencedBuiltins(app.definitions, builtinByName).concat(Array.from(app.definitions.keys()));
    entries = names.map((name) => [name, {dataSource: 'db'}]);
  }
  const configs = new Map(entries);
  const definitionOf = (name) => app.definitions.get(name) || builtinByName.get(name);
  const order = bootOrder(entries.map(([name]) => name), definitionOf);
  const models = new Map();
  for (const name of order) {
    if (app.definitions.has(name)) models.set(name, registry.createModel(app.definitions.get(name)));
    else if (registry.builtins.has(name)) models.set(name, registry.builder.models[name]);
    // A model of a source the boot script gives in code, which no file here
    // defines: Relata reports it and boots the rest, and so does this script.
    else if (!app.sourcesInCode) throw new Error('Cannot configure unknown model ' + name);
  }
  for (const name of order) {
    const config = configs.get(name);
    if (config && models.has(name)) configureModel(models.get(name), typeof config === 'object' ? config : {}, ds);
  }
  const loaded = new Set(order);
  const defineUnloaded = (name, visiting) => {
    if (loaded.has(name) || visiting.has(name)) return;
    visiting.add(name);
    const definition = app.definitions.get(name);
    const base = definition.base || (definition.options && definition.options.base);
    if (app.definitions.has(base)) defineUnloaded(base, visiting);
    registry.createModel(definition);
    loaded.add(name);
  };
  for (const name of app.definitions.keys()) defineUnloaded(name, new Set());
}

function typeName(type) {
  if (Array.isArray(type)) return '[' + (type.length ? typeName(type[0]) : '') + ']';
  if (typeof type === 'function') {
    if (type.settings && type.settings.anonymous) return 'AnonymousModel';
    return type.modelName || type.name;
  }
  return type === undefined || type === null ? '' : String(type);
}

function hiddenNames(hidden) {
  if (Array.isArray(hidden)) return new Set(hidden);
  if (hidden && typeof hidden === 'object') return new Set(Object.keys(hidden).filter((k) => hidden[k]));
  return new Set();
}

function ownTable(Model) {
  const meta = Model.settings.sqlite3 || {};
  return meta.table || meta.tableName || Model.modelName.toLowerCase();
}

function ownColumn(name, property) {
  const meta = property.sqlite3 || {};
  return meta.column || meta.columnName || meta.field || meta.fieldName || property.name ||
    name.toLowerCase();
}

function describe(Model, ds) {
  const attached = Model.dataSource === ds;
  const hidden = hiddenNames(Model.settings.hidden);
  const properties = {};
  for (const [name, property] of Object.entries(Model.definition.properties)) {
    const entry = {
      type: typeName(property.type),
      column: attached ? ds.connector.column(Model.modelName, name) : ownColumn(name, property),
    };
    if (property.id) entry.id = typeof property.id === 'number' ? property.id : 1;
    if (property.generated) entry.generated = true;
    if (property.required) entry.required = true;
    if (hidden.has(name)) entry.hidden = true;
    properties[name] = entry;
  }
  const relations = {};
  for (const name of Object.keys(Model.relations || {})) relations[name] = Model.relations[name].toJSON();
  return {
    table: attached ? ds.connector.table(Model.modelName) : ownTable(Model),
    idProperty: Model.definition.idName() || null,
    properties,
    relations,
  };
}

// The built-in models that are part of the app (Relata's rule, which `graph`
// follows): those attached to a datasource, then the bases of every model that
// is part of the app, and the relation targets (declared ones too, set up or not)
// of those that are the app's own or attached.
function usedBuiltins(registry, shown, ds) {
  const used = new Set();
  const pending = [];
  for (const [name, Model] of Object.entries(registry.builder.models)) {
    if (!registry.builtins.has(name) || shown.has(name)) pending.push(Model);
    else if (Model.dataSource === ds) {
      used.add(name);
      pending.push(Model);
    }
  }
  const use = (name) => {
    if (!name || !registry.builtins.has(name) || used.has(name) || shown.has(name)) return;
    used.add(name);
    pending.push(registry.builder.models[name]);
  };
  while (pending.length) {
    const Model = pending.pop();
    for (let base = Model.base; base && base.modelName; base = base.base) use(base.modelName);
    if (registry.builtins.has(Model.modelName) && Model.dataSource !== ds) continue;
    for (const relation of Object.values((Model.settings && Model.settings.relations) || {})) {
      if (relation) use(relation.model), use(relation.through);
    }
  }
  return used;
}

// The graph of one app: {definitions: Map name -> definition, config: model-config or null}.
function graph(app) {
  const registry = createRegistry();
  const ds = new juggler.DataSource('db', {connector: sqlite3Connector, file: ':memory:'}, registry.builder);
  boot(app, registry, ds);
  const shown = new Set();
  for (const [name, Model] of Object.entries(registry.builder.models)) {
    const settings = Model.settings || {};
    const ours = app.definitions.has(name);
    const generated = !ours && !registry.builtins.has(name) && name !== 'Model' && name !== 'PersistedModel';
    if (!settings.unresolved && !settings.anonymous && (ours || generated)) shown.add(name);
  }
  const builtins = usedBuiltins(registry, shown, ds);
  const models = {};
  for (const [name, Model] of Object.entries(registry.builder.models)) {
    if (shown.has(name)) models[name] = describe(Model, ds);
    else if (builtins.has(name)) models[name] = Object.assign(describe(Model, ds), {builtin: true});
  }
  ds.disconnect();
  return {models};
}

function main() {
  if (args.app) {
    process.stdout.write(JSON.stringify(graph(readApp(path.resolve(args.app))), null, 1) + '\n');
    return;
  }
  const out = {};
  for (const [name, scenario] of Object.entries(readJson(args.scenarios))) {
    const definitions = new Map(scenario.models.map((m) => [m.name, m]));
    try {
      out[name] = graph({definitions, config: scenario.modelConfig || null});
    } catch (err) {
      throw new Error(`scenario "${name}": ${err.message}`);
    }
  }
  process.stdout.write(JSON.stringify(out, null, 1) + '\n');
}

try {
  main();
} catch (err) {
  process.stderr.write('lb-graph: LoopBack fails on this app: ' + err.message + '\n');
  process.exit(1);
}
