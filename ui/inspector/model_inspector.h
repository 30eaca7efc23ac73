#pragma once

#include "document/model_id.h"
#include "json/json_text.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace relata {

class JsonEdit;
class RelationList;
class Session;

// A model's fields: name, base, plural, idInjection, strict, hidden, the
// properties table, its relations, named scopes and the default scope. Each change is one
// undo step; LoopBack's default shows greyed where a key is unset.
class ModelInspector : public QWidget {
    Q_OBJECT

public:
    explicit ModelInspector(QWidget* parent = nullptr);
    void setSession(Session* session);
    void setModel(ModelId id);
    ModelId modelId() const { return m_id; }
    void focusProperty(const QString& property);
    void focusPointer(const QString& pointer);

signals:
    // The model shown is no longer in the document (an undo took it away).
    void subjectGone();
    // From the relations list: a new relation from this model, or one to show.
    void relationRequested(relata::ModelId source);
    void relationChosen(relata::ModelId owner, const QString& relation);

private:
    void reload();
    void reloadProperties(const Json& model);
    void commitKey(const std::string& key, Json value, const QString& text, quint64 editId = 0);
    void commitName();
    void commitProperties();
    Json tableProperties() const;
    void addPropertyRow();
    void removePropertyRow();

    Session* m_session = nullptr;
    ModelId m_id = ModelId::None;
    ModelId m_shownProperties = ModelId::None;
    bool m_loading = false;
    QLabel* m_file;
    QLineEdit* m_name;
    QComboBox* m_base;
    QLineEdit* m_plural;
    QComboBox* m_idInjection;
    QComboBox* m_strict;
    QLineEdit* m_hidden;
    QTableWidget* m_properties;
    RelationList* m_relations;
    JsonEdit* m_scopes;
    JsonEdit* m_defaultScope;
    QLabel* m_error;
};

} // namespace relata
