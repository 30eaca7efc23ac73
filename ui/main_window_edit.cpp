#include "main_window.h"

#include "canvas/diagram_scene.h"
#include "canvas/diagram_view.h"
#include "canvas/model_item.h"
#include "canvas/new_relation_dialog.h"
#include "canvas/relation_item.h"
#include "document/document.h"
#include "edit/edit_controller.h"
#include "inspector/inspector_panel.h"
#include "model_picker.h"
#include "preview/preview_panel.h"
#include "session.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

// Gestures started from menus and the canvas, search, and Help.
namespace relata {
namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

void MainWindow::requestRelation(ModelId source, ModelId target)
{
    NewRelationDialog dialog(m_session.get(), source, target, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RelationSpec spec = dialog.spec();
    m_session->edits().addRelation(relationPlan(m_session->document(), spec));
    m_session->compileNow();
    m_scene->selectRelation(q(m_session->document().modelName(source)), q(spec.name));
}

// From the menu: the selected model is the source; with none selected the
// person picks it first.
void MainWindow::newRelation()
{
    if (!m_scene)
        return;
    const std::vector<ModelId> models = m_scene->selectedModels();
    ModelId source = models.size() == 1 ? models.front() : ModelId::None;
    if (source == ModelId::None) {
        ModelPicker picker(m_session->document(), tr("New Relation"), tr("Source model:"), this);
        if (picker.exec() != QDialog::Accepted)
            return;
        source = picker.chosen();
    }
    if (source != ModelId::None)
        requestRelation(source, ModelId::None);
}

// The relation's edge selected on the canvas; one the canvas does not draw
// (its target is missing) still shows in the Relation Inspector.
void MainWindow::showRelationOf(ModelId owner, const QString& relation)
{
    if (!m_scene || !m_session->document().contains(owner))
        return;
    const QString ownerName = q(m_session->document().modelName(owner));
    if (RelationItem* edge = m_scene->relationItem(ownerName, relation)) {
        m_view->ensureVisible(edge);
        m_scene->selectRelation(ownerName, relation);
        return;
    }
    m_scene->clearSelection();
    m_inspector->showRelation(owner, relation);
}

void MainWindow::deleteSelection()
{
    if (!m_scene)
        return;
    EditController& edits = m_session->edits();
    const std::vector<ModelId> models = m_scene->selectedModels();
    std::vector<RelationRef> relations;
    for (QGraphicsItem* item : m_scene->selectedItems()) {
        if (item->type() != RelationItem::Type)
            continue;
        // A copy: showing the relation may recompile, and the scene's rebuild
        // deletes the item that holds the key.
        const EdgeKey key = static_cast<RelationItem*>(item)->key();
        if (key.owner != ModelId::None
            && std::find(models.begin(), models.end(), key.owner) == models.end())
            relations.push_back({key.owner, key.ownerName.toStdString(), key.relation.toStdString()});
    }
    if (models.empty() && relations.empty())
        return;
    if (!models.empty()) {
        QStringList orphans;
        for (const RelationRef& orphan : edits.relationsOrphanedBy(models))
            orphans << QStringLiteral("%1.%2").arg(q(orphan.modelName), q(orphan.relation));
        if (!orphans.isEmpty()) {
            const auto answer = QMessageBox::question(
                this, tr("Delete Models"),
                tr("These relations point at the models you delete and will be removed too:\n\n%1")
                    .arg(orphans.join(u'\n')),
                QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
            if (answer != QMessageBox::Ok)
                return;
        }
    }
    QUndoStack* stack = edits.undoStack();
    stack->beginMacro(tr("Delete selection"));
    for (const RelationRef& relation : relations)
        edits.removeRelation(relation.model, relation.relation);
    edits.removeModels(models);
    stack->endMacro();
}

void MainWindow::renameSelection()
{
    const std::vector<ModelId> models = m_scene ? m_scene->selectedModels() : std::vector<ModelId>{};
    if (models.size() != 1)
        return;
    const ModelId id = models.front();
    const QString old = q(m_session->document().modelName(id));
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Model"),
                                               tr("New name for %1 (relations naming it follow):").arg(old),
                                               QLineEdit::Normal, old, &ok)
                             .trimmed();
    if (!ok || name == old)
        return;
    if (!m_session->edits().renameModel(id, name.toStdString()))
        QMessageBox::warning(this, tr("Rename Model"),
                             tr("%1 is not a free model name: use letters, digits, - and _, "
                                "and a name no other model has.")
                                 .arg(name));
}

void MainWindow::duplicateSelection()
{
    if (!m_scene)
        return;
    const std::vector<ModelId> copies = m_session->edits().duplicateModels(m_scene->selectedModels(), 40, 40);
    m_session->compileNow();
    m_scene->clearSelection();
    for (ModelId id : copies) {
        if (ModelItem* item = m_scene->modelItem(id))
            item->setSelected(true);
    }
}

void MainWindow::addModel()
{
    if (!m_scene)
        return;
    EditController& edits = m_session->edits();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Model"), tr("Model name:"), QLineEdit::Normal,
                                               q(edits.uniqueModelName("NewModel")), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (!EditController::isValidModelName(name.toStdString())
        || m_session->document().findModel(name.toStdString()) != ModelId::None) {
        QMessageBox::warning(this, tr("Add Model"),
                             tr("%1 is not a free model name: use letters, digits, - and _, "
                                "and a name no other model has.")
                                 .arg(name));
        return;
    }
    const QPointF center = m_view->mapToScene(m_view->viewport()->rect().center());
    NodePlacement placement;
    placement.x = center.x() - 90;
    placement.y = center.y() - 30;
    const ModelId id = edits.addModel(EditController::newModelJson(name.toStdString()), placement);
    m_session->compileNow();
    m_scene->selectModel(id);
}

void MainWindow::addProperty()
{
    const std::vector<ModelId> models = m_scene ? m_scene->selectedModels() : std::vector<ModelId>{};
    if (models.size() != 1) {
        statusBar()->showMessage(tr("Select one model to add a property to"), 4000);
        return;
    }
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Add Property"),
                                               tr("Name and type (e.g. \"price: number\"):"),
                                               QLineEdit::Normal, QString(), &ok);
    const QStringList parts = text.split(u':');
    const QString name = parts.value(0).trimmed();
    const QString type = parts.size() > 1 ? parts.value(1).trimmed() : QStringLiteral("string");
    if (!ok || name.isEmpty())
        return;
    m_session->edits().addProperty(models.front(), name.toStdString(), Json{{"type", type.toStdString()}});
}

void MainWindow::searchNow()
{
    m_searchTimer.stop();
    if (!m_scene)
        return;
    m_hits = m_scene->search(m_search->text());
    m_hitIndex = -1;
    m_scene->highlight(m_hits);
    m_status->setText(m_search->text().isEmpty() ? QString()
                                                 : tr("%n match(es)", nullptr, int(m_hits.size())));
}

void MainWindow::searchStep(int direction)
{
    if (m_hits.empty())
        return;
    const int count = int(m_hits.size());
    m_hitIndex = ((m_hitIndex + direction) % count + count) % count;
    showHit(m_hits[std::size_t(m_hitIndex)]);
    m_status->setText(tr("%1 of %2").arg(m_hitIndex + 1).arg(count));
}

void MainWindow::showHit(const SearchHit& hit)
{
    QGraphicsItem* item = hit.model ? static_cast<QGraphicsItem*>(hit.model) : hit.relation;
    m_scene->clearSelection();
    item->setSelected(true);
    m_view->centerOn(item);
}

void MainWindow::onSelectionChanged()
{
    if (!m_scene)
        return;
    const QList<QGraphicsItem*> selected = m_scene->selectedItems();
    const std::vector<ModelId> models = m_scene->selectedModels();
    m_renameAction->setEnabled(models.size() == 1);
    m_addPropertyAction->setEnabled(models.size() == 1);
    m_duplicateAction->setEnabled(!models.empty());
    m_deleteAction->setEnabled(!selected.isEmpty());
    m_layoutSelectionAction->setEnabled(models.size() > 1);
    m_fitSelectionAction->setEnabled(!selected.isEmpty());
    if (selected.size() != 1) {
        m_inspector->showNothing(int(selected.size()));
        return;
    }
    QGraphicsItem* item = selected.front();
    if (item->type() == ModelItem::Type && static_cast<ModelItem*>(item)->modelId() != ModelId::None) {
        const ModelId id = static_cast<ModelItem*>(item)->modelId();
        m_inspector->showModel(id);
        m_preview->showModel(m_session->document().modelName(id));
    } else if (item->type() == RelationItem::Type) {
        // A copy: showing the relation may recompile, and the scene's rebuild
        // deletes the item that holds the key.
        const EdgeKey key = static_cast<RelationItem*>(item)->key();
        // A relation of a model without a file (a built-in one) has nothing to edit.
        if (key.owner == ModelId::None)
            m_inspector->showNothing(1);
        else
            m_inspector->showRelation(key.owner, key.relation);
        m_preview->showRelation(key.ownerName, key.relation);
    } else {
        m_inspector->showNothing(1);
    }
}

void MainWindow::showDiagnostic(const Diagnostic& diagnostic)
{
    if (!m_scene || diagnostic.model.empty())
        return;
    const ModelId id = m_session->document().findModel(diagnostic.model);
    if (!diagnostic.relation.empty() && m_scene->relationItem(q(diagnostic.model), q(diagnostic.relation))) {
        m_scene->selectRelation(q(diagnostic.model), q(diagnostic.relation));
        m_view->fitSelection();
    } else if (id != ModelId::None) {
        m_scene->selectModel(id);
        m_view->fitSelection();
    }
    m_inspector->focusPointer(q(diagnostic.pointer));
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto* table = new QTableWidget(&dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QList<QPair<QString, QString>> rows;
    for (QAction* each : findChildren<QAction*>()) {
        if (!each->shortcut().isEmpty())
            rows.append({each->text().remove(u'&'), each->shortcut().toString(QKeySequence::NativeText)});
    }
    rows.append({tr("Pan the canvas"), tr("Space+drag, middle button drag")});
    rows.append({tr("Zoom around the pointer"), tr("Mouse wheel, pinch")});
    rows.append({tr("Add a relation"), tr("Drag from a model's handle onto another model")});
    rows.append({tr("Collapse a model"), tr("Click the triangle in its header")});
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        table->setItem(row, 1, new QTableWidgetItem(rows[row].second));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(520, 560);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Relata"),
                       tr("<h3>Relata %1</h3><p>A designer for LoopBack 3 model relations: draw "
                          "relations, preview related records, export model JSON.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace relata
