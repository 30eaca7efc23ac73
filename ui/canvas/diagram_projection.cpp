#include "canvas/diagram_projection.h"

#include "schema/schema.h"

#include <QCoreApplication>

#include <algorithm>

namespace relata {
namespace {

// Free functions have no tr(): they translate in this context, which lupdate sees.
struct DiagramProjection {
    Q_DECLARE_TR_FUNCTIONS(relata::DiagramProjection)
};

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

// Mid-tones that stay readable on light and dark canvases.
QColor kindColor(schema::RelationKind kind, bool polymorphic)
{
    using K = schema::RelationKind;
    if (polymorphic)
        return {0x9a, 0x7b, 0x4f};
    switch (kind) {
    case K::BelongsTo:
        return {0x4f, 0x86, 0xd9};
    case K::HasOne:
        return {0x1f, 0x9e, 0x8f};
    case K::HasMany:
        return {0x86, 0x5c, 0xd6};
    case K::HasManyThrough:
    case K::HasAndBelongsToMany:
        return {0xc8, 0x4b, 0x9e};
    case K::ReferencesMany:
        return {0xe0, 0x82, 0x10};
    case K::EmbedsOne:
    case K::EmbedsMany:
        return {0x3f, 0x9a, 0x45};
    }
    return {0x80, 0x80, 0x80};
}

QString kindText(const schema::Relation& relation)
{
    using K = schema::RelationKind;
    switch (relation.kind) {
    case K::BelongsTo:
        return QStringLiteral("* — 1");
    case K::HasOne:
        return QStringLiteral("1 — 1");
    case K::HasMany:
        return QStringLiteral("1 — *");
    case K::HasManyThrough:
    case K::HasAndBelongsToMany:
        return DiagramProjection::tr("* — * through %1").arg(q(relation.modelThrough));
    case K::ReferencesMany:
        return DiagramProjection::tr("ids of *");
    case K::EmbedsOne:
        return DiagramProjection::tr("embeds 1");
    case K::EmbedsMany:
        return DiagramProjection::tr("embeds *");
    }
    return {};
}

EdgeStyle styleFor(const schema::Relation& relation)
{
    using K = schema::RelationKind;
    EdgeStyle style;
    style.color = kindColor(relation.kind, relation.polymorphic.has_value());
    style.dotted = relation.polymorphic.has_value();
    switch (relation.kind) {
    case K::BelongsTo:
        style.atSource = EndGlyph::Many;
        style.atTarget = EndGlyph::One;
        break;
    case K::HasOne:
        style.atSource = EndGlyph::One;
        style.atTarget = EndGlyph::One;
        break;
    case K::HasMany:
        style.atSource = EndGlyph::One;
        style.atTarget = EndGlyph::Many;
        break;
    case K::HasManyThrough:
    case K::HasAndBelongsToMany:
        style.atSource = EndGlyph::Many;
        style.atTarget = EndGlyph::Many;
        break;
    case K::ReferencesMany:
        style.dashed = true;
        style.atTarget = EndGlyph::Many;
        break;
    case K::EmbedsOne:
        style.atSource = EndGlyph::Diamond;
        style.atTarget = EndGlyph::One;
        break;
    case K::EmbedsMany:
        style.atSource = EndGlyph::Diamond;
        style.atTarget = EndGlyph::Many;
        break;
    }
    style.kind = kindText(relation);
    return style;
}

QString detailFor(const schema::Model& model, const schema::Relation& relation)
{
    using K = schema::RelationKind;
    const QString kind = q(schema::relationKindName(relation.kind));
    switch (relation.kind) {
    case K::BelongsTo:
    case K::ReferencesMany:
        return DiagramProjection::tr("%1 · key %2.%3").arg(kind, q(model.name), q(relation.keyFrom));
    case K::HasOne:
    case K::HasMany:
        return DiagramProjection::tr("%1 · key %2.%3").arg(kind, q(relation.modelTo), q(relation.keyTo));
    case K::HasManyThrough:
    case K::HasAndBelongsToMany:
        return DiagramProjection::tr("%1 · keys %2.%3, %2.%4")
            .arg(kind, q(relation.modelThrough), q(relation.keyTo), q(relation.keyThrough));
    case K::EmbedsOne:
    case K::EmbedsMany:
        return DiagramProjection::tr("%1 · property %2.%3").arg(kind, q(model.name), q(relation.embedProperty));
    }
    return kind;
}

// A polymorphic belongsTo fans out to every model whose relation declares it
// as the inverse: a polymorphic hasOne/hasMany on this model with the same keys.
std::vector<const schema::Model*> polymorphicOwners(const schema::Schema& schema,
                                                    const schema::Model& model,
                                                    const schema::Relation& relation)
{
    std::vector<const schema::Model*> owners;
    for (const schema::Model& other : schema.models()) {
        for (const schema::Relation& inverse : other.relations) {
            if (!inverse.polymorphic || inverse.kind == schema::RelationKind::BelongsTo)
                continue;
            const bool targetsModel = inverse.modelTo == model.name || inverse.modelThrough == model.name;
            if (targetsModel && inverse.polymorphic->foreignKey == relation.polymorphic->foreignKey
                && inverse.polymorphic->discriminator == relation.polymorphic->discriminator) {
                owners.push_back(&other);
                break;
            }
        }
    }
    return owners;
}

void addKey(ForeignKeys& keys, const std::string& model, const std::string& key, const QString& use)
{
    if (model.empty() || key.empty())
        return;
    QString& uses = keys[q(model)][q(key)];
    uses = uses.isEmpty() ? use : uses + u'\n' + use;
}

} // namespace

QHash<QString, ModelProblems> problemsByModel(const Diagnostics& diagnostics)
{
    QHash<QString, ModelProblems> problems;
    for (const Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.model.empty())
            continue;
        ModelProblems& entry = problems[q(diagnostic.model)];
        if (diagnostic.severity == Severity::Error)
            ++entry.errors;
        else if (diagnostic.severity == Severity::Warning)
            ++entry.warnings;
        entry.messages << q(diagnostic.message);
    }
    return problems;
}

ForeignKeys foreignKeys(const schema::Schema& schema)
{
    using K = schema::RelationKind;
    ForeignKeys keys;
    for (const schema::Model& model : schema.models()) {
        for (const schema::Relation& relation : model.relations) {
            const QString use = DiagramProjection::tr("key of %1.%2").arg(q(model.name), q(relation.name));
            switch (relation.kind) {
            case K::BelongsTo:
            case K::ReferencesMany:
                addKey(keys, model.name, relation.keyFrom, use);
                break;
            case K::HasOne:
            case K::HasMany:
                addKey(keys, relation.modelTo, relation.keyTo, use);
                break;
            case K::HasManyThrough:
            case K::HasAndBelongsToMany:
                addKey(keys, relation.modelThrough, relation.keyTo, use);
                addKey(keys, relation.modelThrough, relation.keyThrough, use);
                break;
            case K::EmbedsOne:
            case K::EmbedsMany:
                break;
            }
            if (relation.polymorphic && relation.kind == K::BelongsTo)
                addKey(keys, model.name, relation.polymorphic->discriminator, use);
        }
    }
    return keys;
}

ModelContent modelContent(const schema::Model& model, const ForeignKeys& keys,
                          const ModelProblems& problems)
{
    ModelContent content;
    content.name = q(model.name);
    content.base = model.base.empty() ? QStringLiteral("PersistedModel") : q(model.base);
    content.generated = model.generated;
    content.builtin = model.builtin;
    content.errors = problems.errors;
    content.warnings = problems.warnings;
    content.problems = problems.messages;
    const QHash<QString, QString> modelKeys = keys.value(content.name);
    for (const schema::Property& property : model.properties) {
        PropertyRow row;
        row.name = q(property.name);
        row.type = q(property.typeName);
        row.inherited = property.origin == schema::PropertyOrigin::Inherited
                        || property.origin == schema::PropertyOrigin::InjectedId;
        row.addedByRelation = property.origin == schema::PropertyOrigin::Relation;
        if (property.id)
            row.marker = PropertyRow::Marker::Id;
        else if (modelKeys.contains(row.name))
            row.marker = PropertyRow::Marker::ForeignKey;
        QStringList tips;
        if (property.origin == schema::PropertyOrigin::Relation)
            tips << DiagramProjection::tr("Added by relation %1").arg(q(property.originName));
        else if (property.origin == schema::PropertyOrigin::Inherited)
            tips << DiagramProjection::tr("Inherited from %1").arg(q(property.originName));
        else if (property.origin == schema::PropertyOrigin::InjectedId)
            tips << DiagramProjection::tr("Injected id (idInjection)");
        if (modelKeys.contains(row.name))
            tips << modelKeys.value(row.name);
        tips << DiagramProjection::tr("column %1").arg(q(property.column));
        row.tooltip = tips.join(u'\n');
        content.rows.push_back(std::move(row));
    }
    return content;
}

std::vector<const schema::Model*> fileLessModels(const schema::Schema& schema, bool withGenerated)
{
    std::vector<const schema::Model*> models;
    for (const schema::Model& model : schema.models()) {
        if ((model.builtin && model.used) || (model.generated && withGenerated))
            models.push_back(&model);
    }
    return models;
}

QString neighbourOf(const schema::Schema& schema, const schema::Model& builtin)
{
    for (const auto& [owner, relation] : schema.incoming(builtin.name)) {
        if (owner->name != builtin.name)
            return q(owner->name);
    }
    for (const schema::Model& model : schema.models()) {
        if (std::find(model.bases.begin(), model.bases.end(), builtin.name) != model.bases.end())
            return q(model.name);
    }
    return {};
}

std::vector<EdgeSpec> relationEdges(const schema::Schema& schema)
{
    using K = schema::RelationKind;
    std::vector<EdgeSpec> edges;
    for (const schema::Model& model : schema.models()) {
        for (const schema::Relation& relation : model.relations) {
            EdgeSpec edge;
            edge.key = {model.id, q(model.name), q(relation.name)};
            edge.from = q(model.name);
            edge.to = q(relation.modelTo);
            edge.generated = relation.generated;
            edge.style = styleFor(relation);
            edge.label = q(relation.name);
            edge.detail = detailFor(model, relation);
            if (relation.kind == K::HasManyThrough || relation.kind == K::HasAndBelongsToMany) {
                edge.via = q(relation.modelThrough);
                const schema::Model* through = schema.model(relation.modelThrough);
                edge.viaGenerated = through && through->generated;
            }
            if (relation.kind == K::BelongsTo && relation.polymorphic && relation.modelTo.empty()) {
                for (const schema::Model* owner : polymorphicOwners(schema, model, relation)) {
                    EdgeSpec fan = edge;
                    fan.to = q(owner->name);
                    edges.push_back(std::move(fan));
                }
                continue;
            }
            edges.push_back(std::move(edge));
        }
    }
    return edges;
}

} // namespace relata
