#pragma once

#include "document/model_id.h"

#include <QStackedWidget>

class QLabel;

namespace relata {

class ModelInspector;
class RelationInspector;
class Session;

// The Inspector dock: the selected model's or relation's fields.
class InspectorPanel : public QStackedWidget {
    Q_OBJECT

public:
    explicit InspectorPanel(QWidget* parent = nullptr);
    void setSession(Session* session);
    void showNothing(int selectedCount);
    void showModel(ModelId id);
    void showRelation(ModelId owner, const QString& relation);
    // Puts the cursor in the field a property name or a JSON pointer names.
    void focusProperty(const QString& property);
    void focusPointer(const QString& pointer);
    ModelInspector* modelInspector() const { return m_model; }
    RelationInspector* relationInspector() const { return m_relation; }

private:
    QLabel* m_empty;
    ModelInspector* m_model;
    RelationInspector* m_relation;
};

} // namespace relata
