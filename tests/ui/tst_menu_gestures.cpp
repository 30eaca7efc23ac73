#include "canvas/diagram_scene.h"
#include "document/document.h"
#include "edit/edit_controller.h"
#include "fixture_app.h"
#include "main_window.h"
#include "person.h"
#include "session.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace relata;
using test::Answer;

// Every menu action, from the menu bar and by its shortcut, with a model, a
// relation and nothing selected; every dialog accepted and cancelled. After
// each gesture the canvas, the Inspector and the document agree, and undoing
// every step from the Edit menu gives back the files byte for byte.
class TestMenuGestures : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyAction_data();
    void everyAction();
    void everyShortcut_data();
    void everyShortcut();
    void dialogs_data();
    void dialogs();
    void editsWhileAModelIsSelected_data();
    void editsWhileAModelIsSelected();
    void newRelationDialog_data();
    void newRelationDialog();
    void undoneModelLeavesNoPlacement_data();
    void undoneModelLeavesNoPlacement();

private:
    void select(const QString& what);
    void undoAllAndCompare();

    QTemporaryDir m_dir;
    QString m_app;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<test::Person> m_person;
    std::map<QString, std::string> m_original;
};

namespace {

const QString shop = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");

QString plainText(const QAction* action)
{
    return action->text().remove(u'&');
}

// The actions whose job is to leave this app (quit, open another, write it
// elsewhere) or write it: the file life cycle's own tests cover them.
bool leavesTheApp(const QAction* action)
{
    const auto* menu = qobject_cast<const QMenu*>(action->parent());
    return action->shortcut() == QKeySequence::Quit || action->shortcut() == QKeySequence::Open ||
           action->objectName() == QLatin1String("saveAs") ||
           action->objectName() == QLatin1String("save") ||
           (menu && menu->title().remove(u'&') == QLatin1String("Open Recent"));
}

} // namespace

void TestMenuGestures::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RelataTest"));
    QApplication::setApplicationName(QStringLiteral("tst_menu_gestures"));
    QVERIFY(m_dir.isValid());
}

void TestMenuGestures::init()
{
    QString tag = QString::fromUtf8(QTest::currentDataTag());
    for (QChar& c : tag) {
        if (!c.isLetterOrNumber())
            c = u'-';
    }
    m_app = QDir(m_dir.path())
                .filePath(QStringLiteral("shop-%1-%2").arg(QTest::currentTestFunction(), tag));
    test::copyTree(shop, m_app);
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openApp(m_app, true));
    m_person = std::make_unique<test::Person>(*m_window);
    QVERIFY(m_person->showFitted());
    m_original = test::renderedFiles(m_window->session()->document());
}

void TestMenuGestures::cleanup()
{
    m_person->answerDialogs(Answer::Cancel);
    m_person.reset();
    m_window.reset();
}

void TestMenuGestures::select(const QString& what)
{
    if (what == QLatin1String("model"))
        QVERIFY(m_person->clickModel(QStringLiteral("Customer")));
    else if (what == QLatin1String("relation"))
        QVERIFY(m_person->clickRelation(QStringLiteral("Customer"), QStringLiteral("orders")));
    else
        QVERIFY(m_person->clickEmptyCanvas());
}

void TestMenuGestures::undoAllAndCompare()
{
    QVERIFY2(m_person->disagreement().isEmpty(), qPrintable(m_person->disagreement()));
    if (!m_window->session())
        return;
    m_person->answerDialogs(Answer::Cancel);
    for (int guard = 0; guard < 50 && m_person->undo(); ++guard)
        QVERIFY2(m_person->disagreement().isEmpty(), qPrintable(m_person->disagreement()));
    const auto files = test::renderedFiles(m_window->session()->document());
    for (const auto& [path, text] : m_original)
        QVERIFY2(files.contains(path) && files.at(path) == text, qPrintable(path));
    QCOMPARE(files.size(), m_original.size());
    QVERIFY(!m_window->isModified());
    QVERIFY(test::filesOnDisk(m_app) == test::filesOnDisk(shop));
}

void TestMenuGestures::everyAction_data()
{
    QTest::addColumn<QString>("selection");
    QTest::addColumn<QString>("action");
    MainWindow window;
    test::Person person(window);
    for (const char* selection : {"nothing", "model", "relation"}) {
        for (QAction* action : person.menuActions()) {
            if (!leavesTheApp(action))
                QTest::addRow("%s, %s", selection, qPrintable(plainText(action)))
                    << selection << plainText(action);
        }
    }
}

void TestMenuGestures::everyAction()
{
    QFETCH(QString, selection);
    QFETCH(QString, action);
    select(selection);
    m_person->answerDialogs(Answer::Cancel);
    QAction* chosen = nullptr;
    for (QAction* each : m_person->menuActions()) {
        if (plainText(each) == action)
            chosen = each;
    }
    QVERIFY(chosen);
    if (chosen->isEnabled())
        QVERIFY(m_person->chooseMenu(chosen));
    QTest::qWait(20);
    undoAllAndCompare();
}

void TestMenuGestures::everyShortcut_data()
{
    QTest::addColumn<QString>("selection");
    QTest::addColumn<QKeySequence>("keys");
    MainWindow window;
    test::Person person(window);
    for (const char* selection : {"nothing", "model", "relation"}) {
        for (QAction* action : window.findChildren<QAction*>()) {
            if (!action->shortcut().isEmpty() && !leavesTheApp(action))
                QTest::addRow("%s, %s (%s)", selection, qPrintable(plainText(action)),
                              qPrintable(action->shortcut().toString()))
                    << selection << action->shortcut();
        }
    }
}

void TestMenuGestures::everyShortcut()
{
    QFETCH(QString, selection);
    QFETCH(QKeySequence, keys);
    select(selection);
    m_person->answerDialogs(Answer::Cancel);
    m_person->press(keys);
    QTest::qWait(20);
    undoAllAndCompare();
}

// Each row: what is selected, the gesture that opens the dialog, the answer,
// the text typed into it, and what the document holds afterwards.
void TestMenuGestures::dialogs_data()
{
    QTest::addColumn<QString>("selection");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("answer");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("exists");
    const auto rows = [](const char* name, const char* selection, const char* action,
                         const char* text, const char* model, bool existsWhenAccepted,
                         bool existsWhenCancelled)
    {
        QTest::addRow("%s accepted", name)
            << selection << action << int(Answer::Accept) << text << model << existsWhenAccepted;
        QTest::addRow("%s cancelled", name)
            << selection << action << int(Answer::Cancel) << text << model << existsWhenCancelled;
    };
    rows("add model", "nothing", "addModel", "Gadget", "Gadget", true, false);
    rows("rename model", "model", "rename", "Client", "Client", true, false);
    rows("delete model with orphans", "model", "delete", "", "Customer", false, true);
    rows("add property", "model", "addProperty", "price: number", "Customer", true, true);
    rows("export diagram", "nothing", "export", "", "Customer", true, true);
}

void TestMenuGestures::dialogs()
{
    QFETCH(QString, selection);
    QFETCH(QString, action);
    QFETCH(int, answer);
    QFETCH(QString, text);
    QFETCH(QString, model);
    QFETCH(bool, exists);
    select(selection);
    QString typed = text;
    if (action == QLatin1String("export"))
        typed = QDir(m_dir.path()).filePath(QStringLiteral("diagram-%1.svg").arg(answer));
    m_person->answerDialogs(Answer(answer), typed);
    QVERIFY(m_person->chooseMenu(action));
    QTRY_VERIFY(!m_person->answeredDialogs().isEmpty());
    QTest::qWait(50);
    QCOMPARE(m_window->session()->document().findModel(model.toStdString()) != ModelId::None,
             exists);
    if (action == QLatin1String("export"))
        QVERIFY2(QFileInfo::exists(typed) == (Answer(answer) == Answer::Accept),
                 qPrintable(m_person->answeredDialogs().join(u',')));
    undoAllAndCompare();
}

// Defect: any model edit while the model was selected crashed in the
// Inspector's property table (rename with F2, Add Property, Duplicate).
void TestMenuGestures::editsWhileAModelIsSelected_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("model");
    QTest::addRow("rename (F2)") << QKeySequence(Qt::Key_F2) << "Client"
                                 << "Client";
    QTest::addRow("add property (Ctrl+Shift+P)")
        << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) << "price: number"
        << "Customer";
    QTest::addRow("duplicate (Ctrl+D)") << QKeySequence(Qt::CTRL | Qt::Key_D) << ""
                                        << "CustomerCopy";
}

void TestMenuGestures::editsWhileAModelIsSelected()
{
    QFETCH(QKeySequence, keys);
    QFETCH(QString, text);
    QFETCH(QString, model);
    select(QStringLiteral("model"));
    m_person->answerDialogs(Answer::Accept, text);
    m_person->press(keys);
    QTRY_VERIFY(m_window->session()->document().findModel(model.toStdString()) != ModelId::None);
    QTest::qWait(20);
    QVERIFY2(m_person->disagreement().isEmpty(), qPrintable(m_person->disagreement()));
    // The Inspector still answers the person: a property edit right after.
    QVERIFY(m_person->clickModel(model));
    QWidget* plural = m_person->field(QStringLiteral("plural"));
    QVERIFY(plural);
    m_person->replaceText(plural, QStringLiteral("things"));
    m_person->commit(test::Commit::Tab);
    QTRY_COMPARE(m_window->session()
                     ->document()
                     .model(m_window->session()->document().findModel(model.toStdString()))
                     .value("plural", std::string()),
                 std::string("things"));
    undoAllAndCompare();
}

// The New Relation dialog, opened by a drag from Tag's handle onto Customer:
// Enter adds the relation it proposes (one step), Escape adds nothing.
void TestMenuGestures::newRelationDialog_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<int>("steps");
    QTest::addRow("accepted") << int(Answer::Accept) << 1;
    QTest::addRow("cancelled") << int(Answer::Cancel) << 0;
}

void TestMenuGestures::newRelationDialog()
{
    QFETCH(int, answer);
    QFETCH(int, steps);
    const QUndoStack* stack = m_window->session()->edits().undoStack();
    const int before = stack->count();
    const Document& document = m_window->session()->document();
    const auto relationCount = [&] {
        return document.model(document.findModel("Tag")).value("relations", Json::object()).size();
    };
    const std::size_t relations = relationCount();
    m_person->answerDialogs(Answer(answer));
    QVERIFY(m_person->dragRelation(QStringLiteral("Tag"), QStringLiteral("Customer")));
    QTRY_VERIFY(!m_person->answeredDialogs().isEmpty());
    QTRY_COMPARE(stack->count(), before + steps);
    QCOMPARE(relationCount(), relations + std::size_t(steps));
    undoAllAndCompare();
}

// relata.json names no model the document no longer has, whether it was
// added and undone before or after a save.
void TestMenuGestures::undoneModelLeavesNoPlacement_data()
{
    QTest::addColumn<bool>("saveBetween");
    QTest::addRow("add, undo, save") << false;
    QTest::addRow("add, save, undo, save") << true;
}

void TestMenuGestures::undoneModelLeavesNoPlacement()
{
    QFETCH(bool, saveBetween);
    m_person->answerDialogs(Answer::Accept, QStringLiteral("Gadget"));
    QVERIFY(m_person->chooseMenu(QStringLiteral("addModel")));
    QTRY_VERIFY(m_window->session()->document().findModel("Gadget") != ModelId::None);
    QVERIFY(m_person->dragModel(QStringLiteral("Gadget"), QPoint(60, 40)));
    if (saveBetween)
        m_person->press(QKeySequence::Save);
    while (m_window->session()->document().findModel("Gadget") != ModelId::None)
        QVERIFY(m_person->undo());
    m_person->answerDialogs(Answer::Accept);
    m_person->press(QKeySequence::Save);
    QFile designer(QDir(m_app).filePath(QStringLiteral("relata.json")));
    QVERIFY(designer.open(QIODevice::ReadOnly));
    const QByteArray text = designer.readAll();
    QVERIFY2(!text.contains("Gadget"), text.constData());
    QVERIFY(!QFileInfo::exists(QDir(m_app).filePath(QStringLiteral("common/models/gadget.json"))));
}

QTEST_MAIN(TestMenuGestures)
#include "tst_menu_gestures.moc"
