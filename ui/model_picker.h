#pragma once

#include "document/model_id.h"

#include <QDialog>

class QListWidget;
class QLineEdit;

namespace relata {

class Document;

// Asks for one model by name: typing narrows the list, the arrow keys move
// in it while the cursor stays in the filter, Enter takes the highlighted one.
class ModelPicker : public QDialog {
    Q_OBJECT

public:
    ModelPicker(const Document& document, const QString& title, const QString& prompt,
                QWidget* parent = nullptr);
    ModelId chosen() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();

    QLineEdit* m_filter;
    QListWidget* m_list;
};

} // namespace relata
