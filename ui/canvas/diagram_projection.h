#pragma once

#include "canvas/edge_painter.h"
#include "canvas/model_item.h"
#include "canvas/relation_item.h"
#include "document/diagnostic.h"

#include <QHash>
#include <QString>

#include <vector>

namespace relata {

namespace schema {
class Schema;
struct Model;
} // namespace schema

// What the canvas draws, derived from the compiled schema alone: the scene
// turns it into items, so no drawing decision re-reads the model files.

struct ModelProblems {
    int errors = 0;
    int warnings = 0;
    QStringList messages;
};

// Problems per model name.
QHash<QString, ModelProblems> problemsByModel(const Diagnostics& diagnostics);

// Every model's foreign keys (and discriminators, id arrays) with what uses them.
using ForeignKeys = QHash<QString, QHash<QString, QString>>;
ForeignKeys foreignKeys(const schema::Schema& schema);

ModelContent modelContent(const schema::Model& model, const ForeignKeys& keys,
                          const ModelProblems& problems);

// The models drawn without a file: LoopBack's built-in models that are part of
// the app (so relations to them end at them, not at a missing-model stub), and,
// when `withGenerated`, the through models hasAndBelongsToMany generates.
std::vector<const schema::Model*> fileLessModels(const schema::Schema& schema, bool withGenerated);

// The model a built-in one is best placed beside: the first that relates to it
// or extends it; empty when none does.
QString neighbourOf(const schema::Schema& schema, const schema::Model& builtin);

struct EdgeSpec {
    EdgeKey key;
    QString from;
    QString to;
    QString via; // through model, empty when none
    bool viaGenerated = false; // HABTM's generated through model: drawn only on demand
    bool generated = false;    // a relation LoopBack adds (on a generated through model)
    EdgeStyle style;
    QString label;
    QString detail;
};

std::vector<EdgeSpec> relationEdges(const schema::Schema& schema);

} // namespace relata
