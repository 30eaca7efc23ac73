#pragma once

#include "document/model_id.h"

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace relata {

class Session;

// The searchable list of the app's models, for finding one on a large canvas.
class ModelList : public QWidget {
    Q_OBJECT

public:
    explicit ModelList(QWidget* parent = nullptr);
    void setSession(Session* session);

signals:
    void modelChosen(relata::ModelId id);

private:
    void rebuild();
    void applyFilter();

    Session* m_session = nullptr;
    QLineEdit* m_filter;
    QListWidget* m_list;
};

} // namespace relata
