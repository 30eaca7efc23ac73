#include "inspector/inspector_panel.h"

#include "inspector/model_inspector.h"
#include "inspector/relation_inspector.h"

#include <QLabel>
#include <QScrollArea>

namespace relata {
namespace {

QScrollArea* scrolled(QWidget* widget, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidget(widget);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

InspectorPanel::InspectorPanel(QWidget* parent)
    : QStackedWidget(parent)
    , m_empty(new QLabel(this))
    , m_model(new ModelInspector(this))
    , m_relation(new RelationInspector(this))
{
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    addWidget(m_empty);
    addWidget(scrolled(m_model, this));
    addWidget(scrolled(m_relation, this));
    setMinimumWidth(300);
    connect(m_model, &ModelInspector::subjectGone, this, [this] { showNothing(0); });
    connect(m_relation, &RelationInspector::subjectGone, this, [this] { showNothing(0); });
    showNothing(0);
}

void InspectorPanel::setSession(Session* session)
{
    m_model->setSession(session);
    m_relation->setSession(session);
    showNothing(0);
}

void InspectorPanel::showNothing(int selectedCount)
{
    m_model->setModel(ModelId::None);
    m_relation->setRelation(ModelId::None, {});
    m_empty->setText(selectedCount > 1 ? tr("%n items selected", nullptr, selectedCount)
                                       : tr("Select a model or a relation to see its fields."));
    setCurrentIndex(0);
}

void InspectorPanel::showModel(ModelId id)
{
    m_relation->setRelation(ModelId::None, {});
    setCurrentIndex(1);
    m_model->setModel(id);
}

void InspectorPanel::showRelation(ModelId owner, const QString& relation)
{
    m_model->setModel(ModelId::None);
    setCurrentIndex(2);
    m_relation->setRelation(owner, relation);
}

void InspectorPanel::focusProperty(const QString& property)
{
    if (currentIndex() == 1 && !property.isEmpty())
        m_model->focusProperty(property);
}

void InspectorPanel::focusPointer(const QString& pointer)
{
    if (currentIndex() == 1)
        m_model->focusPointer(pointer);
    else if (currentIndex() == 2)
        m_relation->focusPointer(pointer);
}

} // namespace relata
