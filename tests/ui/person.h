#pragma once

#include <QKeySequence>
#include <QPoint>
#include <QString>
#include <QStringList>

#include <functional>

class QAbstractItemView;
class QAction;
class QComboBox;
class QWidget;

namespace relata {
class MainWindow;
class ModelItem;
class RelationItem;
} // namespace relata

namespace relata::test {

// How a person ends an edit in a field.
enum class Commit { Tab, Enter, ClickElsewhere };

// What a person answers a modal dialog: the default button (Enter) or Cancel
// (Escape), optionally after typing into its text field.
enum class Answer { Accept, Cancel };

// Drives a MainWindow the way a person does: mouse clicks, drags and key
// presses on the real widgets, menus opened from the menu bar. It reads the
// window's state only to find where to click; it never calls into the
// Inspector, the canvas or the edit controller to change anything.
class Person {
public:
    explicit Person(MainWindow& window);

    // Shows the window at a desktop size with the whole diagram in view.
    bool showFitted();

    // Canvas: a click on the model's header, on the edge, on empty canvas.
    bool clickModel(const QString& model, Qt::KeyboardModifiers modifiers = {});
    bool clickRelation(const QString& owner, const QString& relation);
    bool clickEmptyCanvas();
    bool dragModel(const QString& model, QPoint by);
    // Drags from `source`'s relation handle onto `target`.
    bool dragRelation(const QString& source, const QString& target);

    // The visible Inspector field with this object name, or null.
    QWidget* field(const QString& objectName) const;
    // Every visible Inspector field a person can edit.
    QList<QWidget*> fields() const;
    // Clicks into a text field, selects what is there and types `text`.
    void replaceText(QWidget* field, const QString& text);
    void commit(Commit how);
    // Opens the combo's list and clicks the entry.
    bool choose(QComboBox* combo, const QString& entry);
    void click(QWidget* widget);
    // Double-clicks a table cell, selects its text and types `text`.
    bool editCell(QAbstractItemView* view, int row, int column, const QString& text);
    bool clickCheckCell(QAbstractItemView* view, int row, int column);

    // Keys go to whatever has the focus, as from a keyboard.
    void press(const QKeySequence& keys);
    void type(const QString& text);
    // Opens a menu of the menu bar by its title and clicks the action with
    // this object name. False when the action is absent or disabled.
    bool chooseMenu(const QString& actionObjectName);
    bool chooseMenu(QAction* action);
    // Every action reachable from the menu bar, submenus included.
    QList<QAction*> menuActions() const;
    bool undo() { return chooseMenu(QStringLiteral("undo")); }
    bool redo() { return chooseMenu(QStringLiteral("redo")); }

    // Answers the next modal dialog (and every one it opens) once it shows;
    // `text` is typed into its text field first when not empty. Ends a
    // script of scriptDialogs().
    void answerDialogs(Answer answer, const QString& text = {});
    // The titles of the dialogs answered since answerDialogs().
    QStringList answeredDialogs() const;
    // Runs one step for each modal dialog or popup menu that shows next, in
    // order, with the keyboard and mouse of a person (the step gets the
    // dialog or the menu); once the steps are used up, nothing more answers.
    // Ends what answerDialogs() armed.
    using DialogStep = std::function<void(QWidget*)>;
    void scriptDialogs(QList<DialogStep> steps);
    // How many steps have run since scriptDialogs().
    int scriptedDialogs() const;
    // Opens the context menu of a view's row with a right click.
    bool openContextMenu(QAbstractItemView* view, int row);

    // What the canvas, the Inspector and the document disagree on (empty
    // when they agree): every model and edge drawn exists, every model is
    // drawn, and the Inspector shows something that exists.
    QString disagreement() const;

private:
    QPoint modelPoint(ModelItem* item) const;
    QWidget* focusTarget() const;
    void activate() const;

    MainWindow& m_window;
};

} // namespace relata::test
