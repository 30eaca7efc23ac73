#pragma once

#include "document/diagram_layout.h"
#include "document/model_id.h"
#include "json/json_text.h"

#include <QObject>
#include <QUndoStack>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace relata {

class Document;

// A relation entry of one model, named as the user sees it.
struct RelationRef {
    ModelId model = ModelId::None;
    std::string modelName;
    std::string relation;
    friend bool operator==(const RelationRef&, const RelationRef&) = default;
};

// One "new relation" gesture: the entry on the source model and, for a
// hasMany through, the through model to create with it.
struct RelationPlan {
    ModelId source = ModelId::None;
    std::string name;
    Json entry;
    std::optional<Json> newModel;
    std::optional<NodePlacement> newModelPlacement;
};

// The only path that edits the document in the designer: every gesture is one
// command (or one macro) on the undo stack, addressing models by ModelId.
class EditController : public QObject {
    Q_OBJECT

public:
    explicit EditController(Document* document, QObject* parent = nullptr);

    QUndoStack* undoStack() { return &m_stack; }
    Document& document() const { return *m_document; }

    // `editId` (from JsonEdit::editId) merges the steps of one live edit.
    void setModelJson(ModelId id, Json value, const QString& text, quint64 editId = 0);
    ModelId addModel(Json value, const NodePlacement& placement);
    // Relations of the other models whose target or through model would be gone.
    std::vector<RelationRef> relationsOrphanedBy(const std::vector<ModelId>& ids) const;
    // Removes the models, their placements and model-config entries, and the
    // relations they orphan: one step.
    void removeModels(const std::vector<ModelId>& ids);
    // Every reference follows: relation model/through, base, embedded property
    // types, the model-config key. False when the name is taken or invalid.
    bool renameModel(ModelId id, const std::string& newName);
    std::vector<ModelId> duplicateModels(const std::vector<ModelId>& ids, double dx, double dy);
    // One undo step for the models and built-in models given; a built-in
    // model without a placement goes back to the place the canvas gives it.
    void setPlacements(const std::map<ModelId, NodePlacement>& placements, const QString& text,
                       const std::map<std::string, std::optional<NodePlacement>>& builtins = {});

    void addRelation(const RelationPlan& plan);
    // Replaces (and possibly renames) a relation keeping its place among the others.
    void setRelation(ModelId id, const std::string& oldName, const std::string& newName, Json entry,
                     quint64 editId = 0);
    void removeRelation(ModelId id, const std::string& name);
    void addProperty(ModelId id, const std::string& name, Json definition);

    // What `lb model` writes for a new model (SEMANTICS.md §9).
    static Json newModelJson(const std::string& name);
    static bool isValidModelName(const std::string& name);
    std::string uniqueModelName(const std::string& stem) const;

private:
    void pushModelJson(ModelId id, Json value, const QString& text, quint64 editId = 0);
    void addConfigEntry(const std::string& name, const std::string& like);
    std::string dataSourceFor(const std::string& modelName) const;

    Document* m_document;
    QUndoStack m_stack;
};

} // namespace relata
