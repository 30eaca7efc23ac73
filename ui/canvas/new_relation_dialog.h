#pragma once

#include "edit/relation_spec.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace relata {

class JsonEdit;
class Session;

// The dialog a drag between two models opens: every kind, LoopBack's default
// name, the foreign key default shown (and editable), a through model picker
// that can create the through model, polymorphic options, the embed property,
// scope, properties and options. It validates live by compiling the relation
// on a scratch copy of the document and running core/check on it.
class NewRelationDialog : public QDialog {
    Q_OBJECT

public:
    NewRelationDialog(Session* session, ModelId source, ModelId target, QWidget* parent = nullptr);

    RelationSpec spec() const;
    const RelationPreview& preview() const { return m_preview; }
    // Recomputes the preview now instead of after the typing pause.
    void refreshPreview();

private:
    void buildForm();
    void updateVisibility();
    void updateDefaults();
    void schedulePreview();
    void showPreview();
    QString localError() const;

    Session* m_session;
    ModelId m_source;
    QComboBox* m_kind;
    QComboBox* m_target;
    QLineEdit* m_name;
    QLineEdit* m_key;
    QLineEdit* m_primaryKey;
    QComboBox* m_through;
    QCheckBox* m_createThrough;
    QLineEdit* m_keyThrough;
    QLineEdit* m_selector;
    QLineEdit* m_polymorphicKey;
    QLineEdit* m_discriminator;
    QLineEdit* m_idType;
    QCheckBox* m_invert;
    QCheckBox* m_disableInclude;
    QCheckBox* m_nestRemoting;
    JsonEdit* m_scope;
    JsonEdit* m_properties;
    JsonEdit* m_options;
    QLabel* m_json;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
    QFormLayout* m_form;
    QTimer m_previewTimer;
    RelationPreview m_preview;
    std::string m_defaultName;
};

} // namespace relata
