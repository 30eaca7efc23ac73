#include "person.h"

#include "canvas/diagram_scene.h"
#include "canvas/model_item.h"
#include "canvas/relation_item.h"
#include "document/document.h"
#include "inspector/inspector_panel.h"
#include "inspector/model_inspector.h"
#include "inspector/relation_inspector.h"
#include "main_window.h"
#include "schema/schema.h"
#include "session.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialog>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>
#include <QTimer>
#include <functional>
#include <optional>
#include <utility>

namespace relata::test {
namespace {

// Types like a keyboard, one key press per character; QTest's own typing
// knows only ASCII.
void typeInto(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, char(c.unicode()));
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

// Answers modal dialogs as they show, on a short timer (a dialog's exec()
// blocks the gesture that opened it).
class DialogAnswerer : public QObject {
public:
    DialogAnswerer()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, &DialogAnswerer::poll);
    }
    void arm(Answer answer, const QString& text)
    {
        m_answer = answer;
        m_text = text;
        m_answered.clear();
        m_timer.start();
    }
    void disarm() { m_timer.stop(); }
    const QStringList& answered() const { return m_answered; }

private:
    void poll()
    {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        QWidget* target = dialog->focusWidget() ? dialog->focusWidget() : dialog;
        if (dialog == m_last) {
            // Still open after the answer: Enter took a completion (a file
            // name), so press it once more; then leave with Escape.
            if (m_since.elapsed() > 300) {
                const bool again = m_answer == Answer::Accept && ++m_retries == 1;
                QTest::keyClick(target, again ? Qt::Key_Return : Qt::Key_Escape);
                m_since.restart();
            }
            return;
        }
        m_last = dialog;
        m_retries = 0;
        m_since.start();
        m_answered << dialog->windowTitle();
        if (auto* files = qobject_cast<QFileDialog*>(dialog); files && !m_text.isEmpty()) {
            // Qt's own file dialog is not under test, and typed key by key its
            // completer follows each '/' into a folder it lists in a thread,
            // so on a busy machine the path comes out short: it takes the path whole.
            files->selectFile(m_text);
        } else if (!m_text.isEmpty()) {
            auto* edit = dialog->findChild<QLineEdit*>();
            if (edit) {
                edit->setFocus();
                QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
                typeInto(edit, m_text);
                target = edit;
            }
        }
        QTest::keyClick(target, m_answer == Answer::Accept ? Qt::Key_Return : Qt::Key_Escape);
    }

    QTimer m_timer;
    Answer m_answer = Answer::Cancel;
    QString m_text;
    QPointer<QWidget> m_last;
    QElapsedTimer m_since;
    int m_retries = 0;
    QStringList m_answered;
};

DialogAnswerer& answerer()
{
    static auto* instance = new DialogAnswerer;
    return *instance;
}

// Plays a script against the modal dialogs and popup menus as they show.
class DialogScript : public QObject {
public:
    DialogScript()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, &DialogScript::poll);
    }
    void arm(QList<Person::DialogStep> steps)
    {
        m_steps = std::move(steps);
        m_done = 0;
        m_last = nullptr;
        m_timer.start();
    }
    void disarm() { m_timer.stop(); }
    int done() const { return m_done; }

private:
    void poll()
    {
        QWidget* shown = QApplication::activePopupWidget();
        if (!shown)
            shown = QApplication::activeModalWidget();
        if (!shown || shown == m_last || m_done >= m_steps.size())
            return;
        if (m_done + 1 >= m_steps.size())
            m_timer.stop();
        m_last = shown;
        // The step may open the next dialog (exec() blocks): count it first.
        const Person::DialogStep step = m_steps[m_done++];
        step(shown);
    }

    QTimer m_timer;
    QList<Person::DialogStep> m_steps;
    int m_done = 0;
    QPointer<QWidget> m_last;
};

DialogScript& script()
{
    static auto* instance = new DialogScript;
    return *instance;
}

} // namespace

Person::Person(MainWindow& window)
    : m_window(window)
{
}

QWidget* Person::field(const QString& objectName) const
{
    for (QWidget* widget : m_window.inspector()->findChildren<QWidget*>(objectName)) {
        if (widget->isVisible() && widget->isEnabled())
            return widget;
    }
    return nullptr;
}

QList<QWidget*> Person::fields() const
{
    QList<QWidget*> found;
    for (QWidget* widget : m_window.inspector()->findChildren<QWidget*>()) {
        const QString name = widget->objectName();
        const bool editable =
            qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
            qobject_cast<QAbstractButton*>(widget) || qobject_cast<QAbstractScrollArea*>(widget);
        if (editable && !name.isEmpty() && !name.startsWith(QLatin1String("qt_")) &&
            widget->isVisible() && widget->isEnabled())
            found << widget;
    }
    return found;
}

void Person::click(QWidget* widget)
{
    activate();
    if (auto* scroll = qobject_cast<QAbstractScrollArea*>(widget))
        widget = scroll->viewport();
    QTest::mouseClick(widget, Qt::LeftButton, {},
                      QPoint(qMin(12, widget->width() / 2), widget->height() / 2));
}

void Person::replaceText(QWidget* field, const QString& text)
{
    if (auto* combo = qobject_cast<QComboBox*>(field); combo && combo->lineEdit())
        field = combo->lineEdit();
    click(field);
    QWidget* target = focusTarget();
    QTest::keyClick(target, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(target, Qt::Key_Delete);
    else
        typeInto(target, text);
}

// What a window manager does once a dialog closes: the window under it is
// active again (the offscreen platform leaves no window active).
void Person::activate() const
{
    if (QApplication::activeModalWidget() || QApplication::activeWindow() == &m_window ||
        !m_window.isVisible())
        return;
    m_window.activateWindow();
    if (!QTest::qWaitForWindowActive(&m_window, 1000))
        qWarning("the window did not become active again");
    // The platform window may have kept the focus all along (a menu closed),
    // so no activation event came: say it to the application directly.
    if (QApplication::activeWindow() != &m_window)
        QApplication::setActiveWindow(&m_window);
}

QWidget* Person::focusTarget() const
{
    activate();
    QWidget* focus = QApplication::focusWidget();
    return focus ? focus : &m_window;
}

void Person::commit(Commit how)
{
    switch (how) {
    case Commit::Tab:
        QTest::keyClick(focusTarget(), Qt::Key_Tab);
        break;
    case Commit::Enter:
        QTest::keyClick(focusTarget(), Qt::Key_Return);
        break;
    case Commit::ClickElsewhere:
        clickEmptyCanvas();
        break;
    }
    QApplication::processEvents();
}

bool Person::choose(QComboBox* combo, const QString& entry)
{
    activate();
    const int index = combo->findText(entry);
    if (index < 0)
        return false;
    click(combo);
    QAbstractItemView* list = combo->view();
    if (!QTest::qWaitFor([list] { return list->isVisible(); }, 1000))
        return false;
    // Arrow keys to the entry, Enter: the popup ignores a click that comes
    // within a double-click interval of its opening.
    const int from =
        list->currentIndex().isValid() ? list->currentIndex().row() : combo->currentIndex();
    for (int row = from; row != index; row += index > from ? 1 : -1)
        QTest::keyClick(list, index > from ? Qt::Key_Down : Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Return);
    QApplication::processEvents();
    return !list->isVisible() && combo->currentIndex() == index;
}

bool Person::editCell(QAbstractItemView* view, int row, int column, const QString& text)
{
    activate();
    const QModelIndex index = view->model()->index(row, column);
    if (!index.isValid())
        return false;
    view->scrollTo(index);
    // A double-click: the first press and release, then the second press.
    const QPoint center = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
    QWidget* editor = QApplication::focusWidget();
    if (!qobject_cast<QLineEdit*>(editor))
        return false;
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(editor, Qt::Key_Delete);
    else
        typeInto(editor, text);
    return true;
}

bool Person::clickCheckCell(QAbstractItemView* view, int row, int column)
{
    activate();
    const QModelIndex index = view->model()->index(row, column);
    if (!index.isValid())
        return false;
    view->scrollTo(index);
    const QRect cell = view->visualRect(index);
    const QStyle* style = view->style();
    QStyleOptionButton option;
    const int indicator = style->pixelMetric(QStyle::PM_IndicatorWidth, &option, view);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      QPoint(cell.left() + margin + indicator / 2, cell.center().y()));
    return true;
}

void Person::press(const QKeySequence& keys)
{
    QTest::keySequence(focusTarget(), keys);
    QApplication::processEvents();
}

void Person::type(const QString& text)
{
    typeInto(focusTarget(), text);
}

QList<QAction*> Person::menuActions() const
{
    QList<QAction*> actions;
    std::function<void(QMenu*)> collect = [&](QMenu* menu) {
        for (QAction* action : menu->actions()) {
            if (action->menu())
                collect(action->menu());
            else if (!action->isSeparator())
                actions << action;
        }
    };
    for (QAction* title : m_window.menuBar()->actions()) {
        if (title->menu())
            collect(title->menu());
    }
    return actions;
}

bool Person::chooseMenu(const QString& actionObjectName)
{
    for (QAction* action : menuActions()) {
        if (action->objectName() == actionObjectName)
            return chooseMenu(action);
    }
    return false;
}

// Opens each menu on the way from the menu bar and clicks the action.
bool Person::chooseMenu(QAction* action)
{
    activate();
    std::function<bool(QMenu*, QList<QMenu*>&)> find = [&](QMenu* menu, QList<QMenu*>& path) {
        path << menu;
        for (QAction* each : menu->actions()) {
            if (each == action || (each->menu() && find(each->menu(), path)))
                return true;
        }
        path.removeLast();
        return false;
    };
    QMenuBar* bar = m_window.menuBar();
    QList<QMenu*> path;
    QAction* title = nullptr;
    for (QAction* each : bar->actions()) {
        if (each->menu() && find(each->menu(), path)) {
            title = each;
            break;
        }
    }
    if (!title)
        return false;
    const auto closeAll = [&] {
        for (auto it = path.rbegin(); it != path.rend(); ++it) {
            if ((*it)->isVisible())
                QTest::keyClick(*it, Qt::Key_Escape);
        }
    };
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(title).center());
    for (int i = 0; i < path.size(); ++i) {
        QMenu* menu = path[i];
        if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 1000)) {
            closeAll();
            return false;
        }
        QAction* next = i + 1 < path.size() ? path[i + 1]->menuAction() : action;
        if (!next->isEnabled() || !next->isVisible()) {
            closeAll();
            return false;
        }
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(next).center());
    }
    QApplication::processEvents();
    // Choosing an action closes its menus; wait for that, as a person would.
    if (!QTest::qWaitFor([] { return !QApplication::activePopupWidget(); }, 500)) {
        while (QWidget* popup = QApplication::activePopupWidget())
            popup->close();
    }
    return true;
}

QString Person::disagreement() const
{
    Session* session = m_window.session();
    DiagramScene* scene = m_window.scene();
    if (!session || !scene)
        return scene || session
                   ? QStringLiteral("a session without a canvas, or a canvas without one")
                   : QString();
    const Document& document = session->document();
    for (ModelId id : document.modelIds()) {
        if (!scene->modelItem(id))
            return QStringLiteral("%1 is not drawn")
                .arg(QString::fromStdString(document.modelName(id)));
    }
    for (QGraphicsItem* item : scene->items()) {
        if (item->type() == ModelItem::Type) {
            const ModelId id = static_cast<ModelItem*>(item)->modelId();
            if (id != ModelId::None && !document.contains(id))
                return QStringLiteral("a model drawn is gone: %1")
                    .arg(static_cast<ModelItem*>(item)->name());
        }
    }
    // An edge stands for a relation the model declares or inherits from its base.
    const schema::Schema& schema = session->schema();
    for (const RelationItem* edge : scene->relationItems()) {
        const EdgeKey& key = edge->key();
        if (key.owner == ModelId::None)
            continue;
        const schema::Model* model = document.contains(key.owner) ? schema.model(key.owner) : nullptr;
        if (!model || !model->relation(key.relation.toStdString()))
            return QStringLiteral("the edge %1.%2 has no relation").arg(key.ownerName, key.relation);
    }
    const InspectorPanel* inspector = m_window.inspector();
    if (inspector->currentIndex() == 1) {
        const ModelId id = inspector->modelInspector()->modelId();
        if (id == ModelId::None || !document.contains(id))
            return QStringLiteral("the Inspector shows a model that is gone");
    } else if (inspector->currentIndex() == 2) {
        const ModelId owner = inspector->relationInspector()->owner();
        const std::string& name = inspector->relationInspector()->relation();
        const Json& relations = owner != ModelId::None && document.contains(owner)
                                    ? document.model(owner).value("relations", Json())
                                    : Json();
        if (!relations.is_object() || !relations.contains(name))
            return QStringLiteral("the Inspector shows a relation that is gone: %1")
                .arg(QString::fromStdString(name));
    }
    return {};
}

void Person::answerDialogs(Answer answer, const QString& text)
{
    script().disarm();
    answerer().arm(answer, text);
}

QStringList Person::answeredDialogs() const
{
    return answerer().answered();
}

void Person::scriptDialogs(QList<DialogStep> steps)
{
    answerer().disarm();
    script().arm(std::move(steps));
}

int Person::scriptedDialogs() const
{
    return script().done();
}

bool Person::openContextMenu(QAbstractItemView* view, int row)
{
    activate();
    const QModelIndex index = view->model()->index(row, 0);
    if (!index.isValid())
        return false;
    view->scrollTo(index);
    const QPoint point = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    // What the platform sends on a right click (QTest's mouse events do not).
    QContextMenuEvent event(QContextMenuEvent::Mouse, point, view->viewport()->mapToGlobal(point));
    QApplication::sendEvent(view->viewport(), &event);
    QApplication::processEvents();
    return true;
}

} // namespace relata::test
