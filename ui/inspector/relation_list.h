#pragma once

#include "document/model_id.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace relata {

class Session;

// The relations a model declares, in file order: name, type and target.
// Enter or a double-click on one asks to show it, Delete or the button
// removes it (one undo step), Add asks for a new relation from this model.
class RelationList : public QWidget {
    Q_OBJECT

public:
    explicit RelationList(QWidget* parent = nullptr);
    void setModel(Session* session, ModelId id);

signals:
    void addRequested();
    void relationActivated(const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void removeCurrent();

    Session* m_session = nullptr;
    ModelId m_id = ModelId::None;
    QTableWidget* m_table;
    QPushButton* m_remove;
};

} // namespace relata
