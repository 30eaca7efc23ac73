#include "edit/document_commands.h"

namespace relata {

void restoreModel(Document& document, ModelId id, const Json& value)
{
    document.setModel(id, value);
    if (document.model(id) != value)
        document.setModel(id, value);
}

ModelJsonCommand::ModelJsonCommand(Document* document, ModelId id, Json before, Json after,
                                   const QString& text, QUndoCommand* parent, quint64 editId)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_id(id)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_editId(editId)
{
}

int ModelJsonCommand::id() const
{
    return m_editId == 0 ? -1 : 1;
}

bool ModelJsonCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ModelJsonCommand*>(other);
    if (next->m_editId != m_editId || next->m_id != m_id)
        return false;
    m_after = next->m_after;
    // An edit typed back to where it started leaves no step behind.
    setObsolete(m_after == m_before);
    return true;
}

void ModelJsonCommand::redo()
{
    restoreModel(*m_document, m_id, m_after);
}

void ModelJsonCommand::undo()
{
    restoreModel(*m_document, m_id, m_before);
}

AddModelCommand::AddModelCommand(Document* document, Json value, QString relativePath,
                                 const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_value(std::move(value))
    , m_relativePath(std::move(relativePath))
{
}

void AddModelCommand::redo()
{
    if (m_id == ModelId::None)
        m_id = m_document->addModel(m_value, m_relativePath);
    else
        m_document->insertModel(m_id, std::move(m_file), m_position);
}

void AddModelCommand::undo()
{
    m_position = m_document->modelPosition(m_id);
    m_file = m_document->takeModel(m_id);
}

RemoveModelCommand::RemoveModelCommand(Document* document, ModelId id, const QString& text,
                                       QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_id(id)
{
}

void RemoveModelCommand::redo()
{
    m_position = m_document->modelPosition(m_id);
    m_file = m_document->takeModel(m_id);
}

void RemoveModelCommand::undo()
{
    m_document->insertModel(m_id, std::move(m_file), m_position);
}

PlacementCommand::PlacementCommand(Document* document, std::map<ModelId, Change> changes,
                                   std::map<std::string, Change> builtinChanges, const QString& text,
                                   QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_changes(std::move(changes))
    , m_builtinChanges(std::move(builtinChanges))
{
}

void PlacementCommand::redo()
{
    apply(true);
}

void PlacementCommand::undo()
{
    apply(false);
}

void PlacementCommand::apply(bool after)
{
    for (const auto& [id, change] : m_changes) {
        const std::optional<NodePlacement>& placement = after ? change.second : change.first;
        if (placement)
            m_document->setPlacement(id, *placement);
        else
            m_document->clearPlacement(id);
    }
    for (const auto& [name, change] : m_builtinChanges)
        m_document->setBuiltinPlacement(name, after ? change.second : change.first);
}

ModelConfigCommand::ModelConfigCommand(Document* document, Json before, Json after,
                                       const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ModelConfigCommand::redo()
{
    m_document->setModelConfigValue(m_after);
}

void ModelConfigCommand::undo()
{
    m_document->setModelConfigValue(m_before);
}

} // namespace relata
