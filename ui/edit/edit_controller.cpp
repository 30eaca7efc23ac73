#include "edit/edit_controller.h"

#include "document/document.h"
#include "edit/document_commands.h"

#include <algorithm>
#include <regex>
#include <set>

namespace relata {
namespace {

QString quoted(const std::string& name)
{
    return QString::fromStdString(name);
}

// `object` with `oldKey` replaced by `newKey: value` at the same position.
Json withReplacedKey(const Json& object, const std::string& oldKey, const std::string& newKey,
                     Json value)
{
    Json result = Json::object();
    bool placed = false;
    if (object.is_object()) {
        for (const auto& [key, member] : object.items()) {
            if (key == oldKey) {
                result[newKey] = value;
                placed = true;
            } else if (key != newKey) {
                result[key] = member;
            }
        }
    }
    if (!placed)
        result[newKey] = std::move(value);
    return result;
}

bool namesModel(const Json& type, const std::string& name)
{
    if (type.is_string())
        return type.get<std::string>() == name;
    if (type.is_array())
        return type.size() == 1 && namesModel(type[0], name);
    if (type.is_object() && type.contains("type"))
        return namesModel(type["type"], name);
    return false;
}

void replaceTypeName(Json& type, const std::string& newName)
{
    if (type.is_string())
        type = newName;
    else if (type.is_array())
        replaceTypeName(type[0], newName);
    else if (type.is_object())
        replaceTypeName(type["type"], newName);
}

// Rewrites every place a model file names `oldName` as a model.
bool renameReferences(Json& model, const std::string& oldName, const std::string& newName)
{
    bool changed = false;
    for (const char* key : {"base", "super"}) {
        if (model.contains(key) && model[key] == oldName) {
            model[key] = newName;
            changed = true;
        }
    }
    if (model.contains("relations") && model["relations"].is_object()) {
        for (auto& [name, relation] : model["relations"].items()) {
            for (const char* key : {"model", "through"}) {
                if (relation.is_object() && relation.contains(key) && relation[key] == oldName) {
                    relation[key] = newName;
                    changed = true;
                }
            }
        }
    }
    if (model.contains("properties") && model["properties"].is_object()) {
        for (auto& [name, property] : model["properties"].items()) {
            if (namesModel(property, oldName)) {
                replaceTypeName(property, newName);
                changed = true;
            }
        }
    }
    return changed;
}

std::string stringMember(const Json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace

EditController::EditController(Document* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{
}

void EditController::pushModelJson(ModelId id, Json value, const QString& text, quint64 editId)
{
    const Json& before = m_document->model(id);
    if (before == value)
        return;
    m_stack.push(new ModelJsonCommand(m_document, id, before, std::move(value), text, nullptr, editId));
}

void EditController::setModelJson(ModelId id, Json value, const QString& text, quint64 editId)
{
    pushModelJson(id, std::move(value), text, editId);
}

std::string EditController::dataSourceFor(const std::string& modelName) const
{
    const SourceFile* config = m_document->modelConfig();
    if (!config || !config->value().is_object())
        return "db";
    const std::string own = stringMember(config->value().value(modelName, Json()), "dataSource");
    if (!own.empty())
        return own;
    std::map<std::string, int> counts;
    for (const auto& [key, entry] : config->value().items()) {
        if (const std::string source = stringMember(entry, "dataSource"); !source.empty())
            ++counts[source];
    }
    const auto best = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
        return a.second < b.second;
    });
    return best == counts.end() ? "db" : best->first;
}

void EditController::addConfigEntry(const std::string& name, const std::string& like)
{
    const SourceFile* config = m_document->modelConfig();
    if (!config || !config->value().is_object() || config->value().contains(name))
        return;
    Json after = config->value();
    after[name] = Json{{"dataSource", dataSourceFor(like)}, {"public", true}};
    m_stack.push(new ModelConfigCommand(m_document, config->value(), std::move(after),
                                        tr("Register %1").arg(quoted(name))));
}

ModelId EditController::addModel(Json value, const NodePlacement& placement)
{
    const std::string name = stringMember(value, "name");
    m_stack.beginMacro(tr("Add model %1").arg(quoted(name)));
    auto* add = new AddModelCommand(m_document, std::move(value), {}, tr("Add model"));
    m_stack.push(add);
    const ModelId id = add->modelId();
    m_stack.push(new PlacementCommand(m_document, {{id, {std::nullopt, placement}}}, {}, tr("Place")));
    addConfigEntry(name, {});
    m_stack.endMacro();
    return id;
}

std::vector<RelationRef> EditController::relationsOrphanedBy(const std::vector<ModelId>& ids) const
{
    std::set<std::string> names;
    for (ModelId id : ids)
        names.insert(m_document->modelName(id));
    std::vector<RelationRef> orphaned;
    for (ModelId other : m_document->modelIds()) {
        if (std::find(ids.begin(), ids.end(), other) != ids.end())
            continue;
        const Json& relations = m_document->model(other).value("relations", Json());
        if (!relations.is_object())
            continue;
        for (const auto& [relation, entry] : relations.items()) {
            if (names.contains(stringMember(entry, "model"))
                || names.contains(stringMember(entry, "through")))
                orphaned.push_back({other, m_document->modelName(other), relation});
        }
    }
    return orphaned;
}

void EditController::removeModels(const std::vector<ModelId>& ids)
{
    if (ids.empty())
        return;
    m_stack.beginMacro(ids.size() == 1 ? tr("Delete %1").arg(quoted(m_document->modelName(ids[0])))
                                       : tr("Delete %n model(s)", nullptr, int(ids.size())));
    for (const RelationRef& orphan : relationsOrphanedBy(ids)) {
        Json value = m_document->model(orphan.model);
        value["relations"].erase(orphan.relation);
        pushModelJson(orphan.model, std::move(value), tr("Remove relation"));
    }
    std::map<ModelId, PlacementCommand::Change> placements;
    for (ModelId id : ids) {
        if (const auto placement = m_document->diagram().placement(id))
            placements[id] = {placement, std::nullopt};
    }
    if (!placements.empty())
        m_stack.push(new PlacementCommand(m_document, std::move(placements), {}, tr("Unplace")));
    if (const SourceFile* config = m_document->modelConfig(); config && config->value().is_object()) {
        Json after = config->value();
        for (ModelId id : ids)
            after.erase(m_document->modelName(id));
        if (after != config->value())
            m_stack.push(new ModelConfigCommand(m_document, config->value(), std::move(after),
                                                tr("Unregister")));
    }
    // Removed last first, so undo puts them back in their original order.
    for (auto it = ids.rbegin(); it != ids.rend(); ++it)
        m_stack.push(new RemoveModelCommand(m_document, *it, tr("Remove model")));
    m_stack.endMacro();
}

bool EditController::isValidModelName(const std::string& name)
{
    static const std::regex valid("^[-_a-zA-Z0-9]+$");
    return std::regex_match(name, valid);
}

std::string EditController::uniqueModelName(const std::string& stem) const
{
    std::string name = stem;
    for (int n = 2; m_document->findModel(name) != ModelId::None; ++n)
        name = stem + std::to_string(n);
    return name;
}

bool EditController::renameModel(ModelId id, const std::string& newName)
{
    const std::string oldName = m_document->modelName(id);
    if (newName == oldName)
        return true;
    if (!isValidModelName(newName) || m_document->findModel(newName) != ModelId::None)
        return false;
    m_stack.beginMacro(tr("Rename %1 to %2").arg(quoted(oldName), quoted(newName)));
    for (ModelId other : m_document->modelIds()) {
        Json value = m_document->model(other);
        renameReferences(value, oldName, newName);
        if (other == id)
            value["name"] = newName;
        pushModelJson(other, std::move(value), tr("Follow rename"));
    }
    if (const SourceFile* config = m_document->modelConfig();
        config && config->value().is_object() && config->value().contains(oldName)) {
        Json after = withReplacedKey(config->value(), oldName, newName, config->value()[oldName]);
        m_stack.push(new ModelConfigCommand(m_document, config->value(), std::move(after),
                                            tr("Rename registration")));
    }
    m_stack.endMacro();
    return true;
}

std::vector<ModelId> EditController::duplicateModels(const std::vector<ModelId>& ids, double dx,
                                                     double dy)
{
    std::vector<ModelId> copies;
    if (ids.empty())
        return copies;
    m_stack.beginMacro(tr("Duplicate %n model(s)", nullptr, int(ids.size())));
    for (ModelId id : ids) {
        Json value = m_document->model(id);
        const std::string original = m_document->modelName(id);
        const std::string name = uniqueModelName(original + "Copy");
        value["name"] = name;
        NodePlacement placement = m_document->diagram().placement(id).value_or(NodePlacement{});
        placement.x += dx;
        placement.y += dy;
        placement.pinned = false;
        auto* add = new AddModelCommand(m_document, std::move(value), {}, tr("Add model"));
        m_stack.push(add);
        copies.push_back(add->modelId());
        m_stack.push(new PlacementCommand(m_document, {{add->modelId(), {std::nullopt, placement}}}, {},
                                          tr("Place")));
        addConfigEntry(name, original);
    }
    m_stack.endMacro();
    return copies;
}

void EditController::setPlacements(const std::map<ModelId, NodePlacement>& placements,
                                   const QString& text,
                                   const std::map<std::string, std::optional<NodePlacement>>& builtins)
{
    std::map<ModelId, PlacementCommand::Change> changes;
    for (const auto& [id, placement] : placements) {
        const auto before = m_document->diagram().placement(id);
        if (before != placement)
            changes[id] = {before, placement};
    }
    std::map<std::string, PlacementCommand::Change> builtinChanges;
    for (const auto& [name, placement] : builtins) {
        const auto before = m_document->diagram().builtinPlacement(name);
        if (before != placement)
            builtinChanges[name] = {before, placement};
    }
    if (!changes.empty() || !builtinChanges.empty())
        m_stack.push(new PlacementCommand(m_document, std::move(changes), std::move(builtinChanges), text));
}

void EditController::addRelation(const RelationPlan& plan)
{
    const std::string source = m_document->modelName(plan.source);
    m_stack.beginMacro(tr("Add relation %1.%2").arg(quoted(source), quoted(plan.name)));
    if (plan.newModel) {
        auto* add = new AddModelCommand(m_document, *plan.newModel, {}, tr("Add model"));
        m_stack.push(add);
        if (plan.newModelPlacement)
            m_stack.push(new PlacementCommand(
                m_document, {{add->modelId(), {std::nullopt, *plan.newModelPlacement}}}, {}, tr("Place")));
        addConfigEntry(stringMember(*plan.newModel, "name"), source);
    }
    Json value = m_document->model(plan.source);
    if (!value.contains("relations") || !value["relations"].is_object())
        value["relations"] = Json::object();
    value["relations"][plan.name] = plan.entry;
    pushModelJson(plan.source, std::move(value), tr("Add relation"));
    m_stack.endMacro();
}

void EditController::setRelation(ModelId id, const std::string& oldName, const std::string& newName,
                                 Json entry, quint64 editId)
{
    Json value = m_document->model(id);
    value["relations"] = withReplacedKey(value.value("relations", Json::object()), oldName, newName,
                                         std::move(entry));
    pushModelJson(id, std::move(value),
                  oldName == newName ? tr("Edit relation %1").arg(quoted(newName))
                                     : tr("Rename relation %1 to %2").arg(quoted(oldName), quoted(newName)),
                  editId);
}

void EditController::removeRelation(ModelId id, const std::string& name)
{
    Json value = m_document->model(id);
    if (!value.contains("relations") || !value["relations"].is_object())
        return;
    value["relations"].erase(name);
    pushModelJson(id, std::move(value), tr("Remove relation %1").arg(quoted(name)));
}

void EditController::addProperty(ModelId id, const std::string& name, Json definition)
{
    Json value = m_document->model(id);
    if (!value.contains("properties") || !value["properties"].is_object())
        value["properties"] = Json::object();
    value["properties"][name] = std::move(definition);
    pushModelJson(id, std::move(value), tr("Add property %1").arg(quoted(name)));
}

Json EditController::newModelJson(const std::string& name)
{
    return Json{{"name", name},
                {"base", "PersistedModel"},
                {"idInjection", true},
                {"options", {{"validateUpsert", true}}},
                {"properties", Json::object()},
                {"validations", Json::array()},
                {"relations", Json::object()},
                {"acls", Json::array()},
                {"methods", Json::object()}};
}

} // namespace relata
