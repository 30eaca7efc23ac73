#pragma once

#include "document/diagram_layout.h"
#include "document/document.h"

#include <QUndoCommand>

#include <map>
#include <optional>

namespace relata {

// The primitive commands every gesture is built from. Each addresses models
// by ModelId and keeps whole before/after values, so undo restores the
// document's bytes exactly however the document placed keys on redo.

// An `editId` other than 0 names one continuing edit (text typed into an
// Inspector field, committed live): its commands merge into one undo step.
class ModelJsonCommand : public QUndoCommand {
public:
    ModelJsonCommand(Document* document, ModelId id, Json before, Json after, const QString& text,
                     QUndoCommand* parent = nullptr, quint64 editId = 0);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Document* m_document;
    ModelId m_id;
    Json m_before;
    Json m_after;
    quint64 m_editId;
};

class AddModelCommand : public QUndoCommand {
public:
    AddModelCommand(Document* document, Json value, QString relativePath, const QString& text,
                    QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    // Known after the first redo (which push() runs).
    ModelId modelId() const { return m_id; }

private:
    Document* m_document;
    ModelId m_id = ModelId::None;
    Json m_value;
    QString m_relativePath;
    SourceFile m_file;
    std::size_t m_position = 0;
};

class RemoveModelCommand : public QUndoCommand {
public:
    RemoveModelCommand(Document* document, ModelId id, const QString& text,
                       QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    ModelId m_id;
    SourceFile m_file;
    std::size_t m_position = 0;
};

// Placements: absent optional = no placement.
class PlacementCommand : public QUndoCommand {
public:
    using Change = std::pair<std::optional<NodePlacement>, std::optional<NodePlacement>>;
    PlacementCommand(Document* document, std::map<ModelId, Change> changes,
                     std::map<std::string, Change> builtinChanges, const QString& text,
                     QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(bool after);

    Document* m_document;
    std::map<ModelId, Change> m_changes;
    std::map<std::string, Change> m_builtinChanges;
};

class ModelConfigCommand : public QUndoCommand {
public:
    ModelConfigCommand(Document* document, Json before, Json after, const QString& text,
                       QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    Json m_before;
    Json m_after;
};

// Sets a model's JSON to exactly `value`, key order included. Document::setModel
// places keys the old value lacked canonically; a second pass, when every key
// already exists, keeps `value`'s own order.
void restoreModel(Document& document, ModelId id, const Json& value);

} // namespace relata
