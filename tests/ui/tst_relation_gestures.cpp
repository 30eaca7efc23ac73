#include "canvas/diagram_scene.h"
#include "canvas/model_item.h"
#include "canvas/relation_item.h"
#include "document/document.h"
#include "edit/edit_controller.h"
#include "fixture_app.h"
#include "inspector/inspector_panel.h"
#include "inspector/relation_inspector.h"
#include "main_window.h"
#include "person.h"
#include "session.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace relata;
using test::Answer;

// Every relation edit is reachable without drawing on the canvas: the Model
// Inspector lists a model's relations (add, show, delete) and Edit ▸ New
// Relation asks for the source model when none is selected. A person does
// each with mouse and keyboard; each edit is one step that Edit ▸ Undo takes
// back byte for byte and Edit ▸ Redo brings again; each dialog cancels.
class TestRelationGestures : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void inspectorListsTheRelations();
    void showingARelationFromTheList_data();
    void showingARelationFromTheList();
    void showingARelationToAMissingModel();
    void deletingARelationFromTheList_data();
    void deletingARelationFromTheList();
    void addingARelationFromTheList_data();
    void addingARelationFromTheList();
    void newRelationFromTheMenu_data();
    void newRelationFromTheMenu();

private:
    QTableWidget* relationTable() const;
    int rowOf(const QString& relation) const;
    std::size_t relationCount(const char* model) const;
    bool hasRelation(const char* model, const char* relation) const;
    void checkOneStepUndoRedo(const std::function<bool()>& edited);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<test::Person> m_person;
    std::map<QString, std::string> m_original;
    int m_steps = 0;
};

namespace {

const QString shop = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");

} // namespace

void TestRelationGestures::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RelataTest"));
    QApplication::setApplicationName(QStringLiteral("tst_relation_gestures"));
    QVERIFY(m_dir.isValid());
}

void TestRelationGestures::init()
{
    const QString app =
        QDir(m_dir.path()).filePath(QString::fromLatin1(QTest::currentTestFunction()));
    if (!QDir(app).exists())
        test::copyTree(shop, app);
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openApp(app, true));
    m_person = std::make_unique<test::Person>(*m_window);
    QVERIFY(m_person->showFitted());
    m_original = test::renderedFiles(m_window->session()->document());
    m_steps = m_window->session()->edits().undoStack()->count();
}

void TestRelationGestures::cleanup()
{
    m_person->scriptDialogs({});
    m_person->answerDialogs(Answer::Cancel);
    m_person.reset();
    m_window.reset();
}

QTableWidget* TestRelationGestures::relationTable() const
{
    return qobject_cast<QTableWidget*>(m_person->field(QStringLiteral("relations")));
}

int TestRelationGestures::rowOf(const QString& relation) const
{
    QTableWidget* table = relationTable();
    for (int row = 0; table && row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == relation)
            return row;
    }
    return -1;
}

std::size_t TestRelationGestures::relationCount(const char* model) const
{
    const Document& document = m_window->session()->document();
    return document.model(document.findModel(model)).value("relations", Json::object()).size();
}

bool TestRelationGestures::hasRelation(const char* model, const char* relation) const
{
    const Document& document = m_window->session()->document();
    return document.model(document.findModel(model))
        .value("relations", Json::object())
        .contains(relation);
}

// The edit is one step; Edit ▸ Undo gives back every byte, Edit ▸ Redo the
// edit, and undo again the original.
void TestRelationGestures::checkOneStepUndoRedo(const std::function<bool()>& edited)
{
    const Document& document = m_window->session()->document();
    QTRY_VERIFY(edited());
    QCOMPARE(m_window->session()->edits().undoStack()->count(), m_steps + 1);
    QVERIFY2(m_person->disagreement().isEmpty(), qPrintable(m_person->disagreement()));
    QVERIFY(m_person->undo());
    QTRY_VERIFY(test::renderedFiles(document) == m_original);
    QVERIFY(m_person->redo());
    QTRY_VERIFY(edited());
    QVERIFY(m_person->undo());
    QTRY_VERIFY(test::renderedFiles(document) == m_original);
    QVERIFY(!m_window->isModified());
    QVERIFY2(m_person->disagreement().isEmpty(), qPrintable(m_person->disagreement()));
}

void TestRelationGestures::inspectorListsTheRelations()
{
    QVERIFY(m_person->clickModel(QStringLiteral("Customer")));
    QTableWidget* table = relationTable();
    QVERIFY(table);
    QCOMPARE(std::size_t(table->rowCount()), relationCount("Customer"));
    const int orders = rowOf(QStringLiteral("orders"));
    QVERIFY(orders >= 0);
    QCOMPARE(table->item(orders, 1)->text(), QStringLiteral("hasMany"));
    QCOMPARE(table->item(orders, 2)->text(), QStringLiteral("Order"));
}

// Enter on the row, or a double-click: the relation is selected on the
// canvas and the Relation Inspector shows it; nothing is edited.
void TestRelationGestures::showingARelationFromTheList_data()
{
    QTest::addColumn<bool>("byKeyboard");
    QTest::addRow("arrow keys and Enter") << true;
    QTest::addRow("double-click") << false;
}

void TestRelationGestures::showingARelationFromTheList()
{
    QFETCH(bool, byKeyboard);
    QVERIFY(m_person->clickModel(QStringLiteral("Customer")));
    QTableWidget* table = relationTable();
    QVERIFY(table);
    const int row = rowOf(QStringLiteral("orders"));
    QVERIFY(row >= 0);
    if (byKeyboard) {
        m_person->click(table);
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Return);
    } else {
        const QPoint center = table->visualItemRect(table->item(row, 0)).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, center);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, center);
    }
    QTRY_COMPARE(m_window->inspector()->currentIndex(), 2);
    QCOMPARE(m_window->inspector()->relationInspector()->relation(), std::string("orders"));
    const QList<QGraphicsItem*> selected = m_window->scene()->selectedItems();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.front()->type(), int(RelationItem::Type));
    QCOMPARE(static_cast<RelationItem*>(selected.front())->key().relation,
             QStringLiteral("orders"));
    QCOMPARE(m_window->session()->edits().undoStack()->count(), m_steps);
}

// A relation whose target is missing ends at a stub named after it; Enter on
// it in the list shows it in the Relation Inspector and selects its edge.
void TestRelationGestures::showingARelationToAMissingModel()
{
    QVERIFY(m_person->clickModel(QStringLiteral("Customer")));
    const auto showOrders = [this] {
        QTableWidget* table = relationTable();
        const int row = rowOf(QStringLiteral("orders"));
        if (!table || row < 0)
            return false;
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(row, 0)).center());
        QTest::keyClick(table, Qt::Key_Return);
        return m_window->inspector()->currentIndex() == 2
               && m_window->inspector()->relationInspector()->relation() == "orders";
    };
    QVERIFY(showOrders());
    QWidget* model = m_person->field(QStringLiteral("model"));
    QVERIFY(model);
    m_person->replaceText(model, QStringLiteral("Ordr"));
    m_person->commit(test::Commit::Enter);
    const auto edge = [this] {
        return m_window->scene()->relationItem(QStringLiteral("Customer"), QStringLiteral("orders"));
    };
    QTRY_VERIFY(edge() && edge()->to()->name() == QStringLiteral("Ordr"));
    QVERIFY(edge()->to()->content().missing);
    QVERIFY(m_person->clickModel(QStringLiteral("Customer")));
    QVERIFY(showOrders());
    QVERIFY(edge()->isSelected());
    QVERIFY2(m_person->disagreement().isEmpty(), qPrintable(m_person->disagreement()));
}

// The Delete key in the list or the Delete Relation button removes the
// relation, not the model selected on the canvas.
void TestRelationGestures::deletingARelationFromTheList_data()
{
    QTest::addColumn<bool>("byKey");
    QTest::addRow("Delete key") << true;
    QTest::addRow("Delete Relation button") << false;
}

void TestRelationGestures::deletingARelationFromTheList()
{
    QFETCH(bool, byKey);
    QVERIFY(m_person->clickModel(QStringLiteral("Customer")));
    QTableWidget* table = relationTable();
    QVERIFY(table);
    const int row = rowOf(QStringLiteral("bigOrders"));
    QVERIFY(row >= 0);
    const std::size_t before = relationCount("Customer");
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(row, 0)).center());
    if (byKey) {
        m_person->press(QKeySequence::Delete);
    } else {
        QWidget* remove = m_person->field(QStringLiteral("removeRelation"));
        QVERIFY(remove);
        m_person->click(remove);
    }
    QVERIFY(m_window->session()->document().findModel("Customer") != ModelId::None);
    QTRY_VERIFY(!hasRelation("Customer", "bigOrders"));
    QCOMPARE(relationCount("Customer"), before - 1);
    QTRY_VERIFY(rowOf(QStringLiteral("bigOrders")) < 0);
    checkOneStepUndoRedo([this] { return !hasRelation("Customer", "bigOrders"); });
}

// Add Relation… opens the New Relation dialog from this model: Enter adds
// what it proposes (one step), Escape adds nothing.
void TestRelationGestures::addingARelationFromTheList_data()
{
    QTest::addColumn<int>("answer");
    QTest::addRow("accepted") << int(Answer::Accept);
    QTest::addRow("cancelled") << int(Answer::Cancel);
}

void TestRelationGestures::addingARelationFromTheList()
{
    QFETCH(int, answer);
    QVERIFY(m_person->clickModel(QStringLiteral("Tag")));
    QWidget* add = m_person->field(QStringLiteral("addRelation"));
    QVERIFY(add);
    const std::size_t before = relationCount("Tag");
    QString title;
    m_person->scriptDialogs({[&](QWidget* dialog) {
        title = dialog->windowTitle();
        QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog,
                        Answer(answer) == Answer::Accept ? Qt::Key_Return : Qt::Key_Escape);
    }});
    m_person->click(add);
    QTRY_COMPARE(m_person->scriptedDialogs(), 1);
    QVERIFY2(title.endsWith(QStringLiteral("from Tag")), qPrintable(title));
    if (Answer(answer) == Answer::Cancel) {
        QTest::qWait(50);
        QCOMPARE(relationCount("Tag"), before);
        QCOMPARE(m_window->session()->edits().undoStack()->count(), m_steps);
        return;
    }
    checkOneStepUndoRedo([&] { return relationCount("Tag") == before + 1; });
}

// Edit ▸ New Relation (or its shortcut): with a model selected it is the
// source; with none, a model picker asks for it (type to filter, arrow
// keys, Enter). Escape in either dialog adds nothing.
void TestRelationGestures::newRelationFromTheMenu_data()
{
    QTest::addColumn<bool>("selectFirst");
    QTest::addColumn<bool>("byShortcut");
    QTest::addColumn<int>("cancelAt"); // the dialog Escape answers, 0: none
    QTest::addRow("model selected, menu") << true << false << 0;
    QTest::addRow("model selected, shortcut") << true << true << 0;
    QTest::addRow("model selected, relation dialog cancelled") << true << false << 1;
    QTest::addRow("nothing selected, menu") << false << false << 0;
    QTest::addRow("nothing selected, shortcut") << false << true << 0;
    QTest::addRow("nothing selected, picker cancelled") << false << false << 1;
    QTest::addRow("nothing selected, relation dialog cancelled") << false << true << 2;
}

void TestRelationGestures::newRelationFromTheMenu()
{
    QFETCH(bool, selectFirst);
    QFETCH(bool, byShortcut);
    QFETCH(int, cancelAt);
    if (selectFirst)
        QVERIFY(m_person->clickModel(QStringLiteral("Tag")));
    else
        QVERIFY(m_person->clickEmptyCanvas());
    const std::size_t before = relationCount("Tag");
    QStringList titles;
    QString picked;
    const auto answer = [&](QWidget* dialog, int number) {
        titles << dialog->windowTitle();
        QWidget* focus = dialog->focusWidget() ? dialog->focusWidget() : dialog;
        QTest::keyClick(focus, cancelAt == number ? Qt::Key_Escape : Qt::Key_Return);
    };
    QList<test::Person::DialogStep> steps;
    if (!selectFirst) {
        // "tag" leaves ProductTag (highlighted, the first) and Tag; Down moves to Tag.
        steps << [&](QWidget* dialog) {
            auto* filter = dialog->findChild<QLineEdit*>(QStringLiteral("filter"));
            auto* list = dialog->findChild<QListWidget*>(QStringLiteral("models"));
            if (!filter || !list || dialog->focusWidget() != filter) {
                QTest::keyClick(dialog, Qt::Key_Escape);
                return;
            }
            QTest::keyClicks(filter, "tag");
            const QString first = list->currentItem() ? list->currentItem()->text() : QString();
            QTest::keyClick(filter, Qt::Key_Down);
            picked = first + u'>' + (list->currentItem() ? list->currentItem()->text() : QString());
            answer(dialog, 1);
        };
    }
    steps << [&](QWidget* dialog) { answer(dialog, selectFirst ? 1 : 2); };
    m_person->scriptDialogs(steps);
    if (byShortcut)
        m_person->press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    else
        QVERIFY(m_person->chooseMenu(QStringLiteral("newRelation")));
    const int expectedDialogs = cancelAt == 1 ? 1 : int(steps.size());
    QTRY_COMPARE(m_person->scriptedDialogs(), expectedDialogs);
    if (!selectFirst)
        QCOMPARE(picked, QStringLiteral("ProductTag>Tag"));
    QVERIFY2(titles.last().endsWith(QStringLiteral("from Tag")) || cancelAt == 1,
             qPrintable(titles.join(u'|')));
    if (cancelAt != 0) {
        QTest::qWait(50);
        QCOMPARE(relationCount("Tag"), before);
        QCOMPARE(m_window->session()->edits().undoStack()->count(), m_steps);
        return;
    }
    QTRY_VERIFY(relationCount("Tag") == before + 1);
    checkOneStepUndoRedo([&] { return relationCount("Tag") == before + 1; });
}

QTEST_MAIN(TestRelationGestures)
#include "tst_relation_gestures.moc"
