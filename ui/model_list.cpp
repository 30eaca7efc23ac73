#include "model_list.h"

#include "document/document.h"
#include "schema/schema.h"
#include "session.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace relata {

ModelList::ModelList(QWidget* parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    m_filter->setPlaceholderText(tr("Filter models"));
    m_filter->setClearButtonEnabled(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    connect(m_filter, &QLineEdit::textChanged, this, &ModelList::applyFilter);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit modelChosen(ModelId(item->data(Qt::UserRole).toUInt()));
    });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        emit modelChosen(ModelId(item->data(Qt::UserRole).toUInt()));
    });
}

void ModelList::setSession(Session* session)
{
    m_session = session;
    if (session)
        connect(session, &Session::compiled, this, &ModelList::rebuild);
    rebuild();
}

void ModelList::rebuild()
{
    m_list->clear();
    if (!m_session)
        return;
    const Document& document = m_session->document();
    const schema::Schema& schema = m_session->schema();
    for (ModelId id : document.modelIds()) {
        const QString name = QString::fromStdString(document.modelName(id));
        auto* item = new QListWidgetItem(name, m_list);
        item->setData(Qt::UserRole, static_cast<uint>(id));
        if (const schema::Model* model = schema.model(id))
            item->setToolTip(tr("%1 · %2 · %n relation(s)", nullptr, int(model->relations.size()))
                                 .arg(name, QString::fromStdString(model->base)));
    }
    m_list->sortItems();
    applyFilter();
}

void ModelList::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

} // namespace relata
