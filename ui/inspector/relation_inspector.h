#pragma once

#include "document/model_id.h"
#include "json/json_text.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace relata {

class JsonEdit;
class Session;

// A relation's fields: every key its type takes (SEMANTICS.md §1.7.2), with
// what LoopBack resolves shown greyed where a key is unset; scope, properties
// and options as JSON with live validation and property-name completion.
// Each change is one undo step.
class RelationInspector : public QWidget {
    Q_OBJECT

public:
    explicit RelationInspector(QWidget* parent = nullptr);
    void setSession(Session* session);
    void setRelation(ModelId owner, const QString& relation);
    void focusPointer(const QString& pointer);
    ModelId owner() const { return m_owner; }
    const std::string& relation() const { return m_relation; }

signals:
    // The relation shown is no longer in the document (an undo took it away).
    void subjectGone();

private:
    struct KeyField {
        std::string key;
        QLineEdit* edit;
    };

    void reload();
    void updateRows(const Json& entry);
    void showDefaults();
    bool exists() const;
    Json entry() const;
    void commit(Json entry, quint64 editId = 0);
    void commitKey(const std::string& key, Json value, quint64 editId = 0);
    void commitOption(const std::string& key, bool on);
    void commitName();
    QLineEdit* addKeyField(const std::string& key, const QString& label);

    Session* m_session = nullptr;
    ModelId m_owner = ModelId::None;
    std::string m_relation;
    bool m_loading = false;
    QFormLayout* m_form;
    QLabel* m_ownerLabel;
    QLineEdit* m_name;
    QComboBox* m_type;
    QComboBox* m_model;
    std::vector<KeyField> m_keys;
    QCheckBox* m_invert;
    QCheckBox* m_disableInclude;
    QCheckBox* m_nestRemoting;
    JsonEdit* m_scope;
    JsonEdit* m_properties;
    JsonEdit* m_options;
    QLabel* m_resolved;
    QLabel* m_error;
};

} // namespace relata
