#include "canvas/diagram_scene.h"
#include "canvas/model_item.h"
#include "document/document.h"
#include "edit/edit_controller.h"
#include "fixture_app.h"
#include "main_window.h"
#include "person.h"
#include "problems/problems_panel.h"
#include "session.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>
#include <memory>

using namespace relata;

// The designer and the files of the app it edits: nothing the user has is ever
// lost, whether the disk changes under it or the designer dies.
class TestFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addModelNeverTakesABrokenFilesPath();
    void fixingAFileOutsideClearsItsProblem();
    void ownSaveReloadsNothing();
    void outsideChangeToAnEditedFileAsks_data();
    void outsideChangeToAnEditedFileAsks();
    void crashLeavesChangesToRestore_data();
    void crashLeavesChangesToRestore();
    void restoringGivesBuiltinModelsTheirPlaces();
    void saveRemovesTheRecovery();
    void undoingToTheDiskRemovesTheRecovery();
    void eachWindowKeepsItsOwnRecovery();
};

namespace {

constexpr int autosaveWaitMs = 15000;

QString recoveryRoot() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("recovery"));
}

int recoveryCount() {
    QDirIterator it(recoveryRoot(), {QStringLiteral("manifest.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int count = 0;
    for (; it.hasNext(); it.next())
        ++count;
    return count;
}

bool recoveryExists() {
    return recoveryCount() > 0;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Answers the next modal dialog as a user would once it shows: types `answer`
// into an input dialog and presses Return, or clicks the button reading `answer`.
// The flag turns true once it has.
std::shared_ptr<bool> answerDialog(const QString& answer) {
    auto answered = std::make_shared<bool>(false);
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, answer, answered] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        poll->stop();
        poll->deleteLater();
        *answered = true;
        if (auto* input = qobject_cast<QInputDialog*>(modal)) {
            auto* line = input->findChild<QLineEdit*>();
            line->selectAll();
            QTest::keyClicks(line, answer);
            QTest::keyClick(line, Qt::Key_Return);
            return;
        }
        for (QAbstractButton* button : modal->findChildren<QAbstractButton*>()) {
            if (button->text() == answer) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
        qWarning("no button %s", qPrintable(answer));
        QTest::keyClick(modal, Qt::Key_Escape);
    });
    poll->start();
    return answered;
}

std::unique_ptr<MainWindow> showWindow() {
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    return window;
}

// Opened as a test opens it: without the dialogs of File ▸ Open.
std::unique_ptr<MainWindow> openWindow(const QString& path) {
    auto window = showWindow();
    if (!window || !window->openApp(path, true))
        return nullptr;
    return window;
}

// A shortcut reaches the window's actions only while it is the active window;
// a dialog that just closed may have left none active.
void press(MainWindow& window, const QKeySequence& keys) {
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keySequence(&window, keys);
}

// Edit ▸ Add Model… (Ctrl+Shift+M), named `name`.
void addModel(MainWindow& window, const QString& name) {
    answerDialog(name);
    press(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
}

// Clicks the model in the Models list, then Edit ▸ Delete.
void deleteModel(MainWindow& window, const QString& model) {
    auto* list = window.findChild<QListWidget*>();
    QVERIFY(list);
    const auto items = list->findItems(model, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(items.front()).center());
    press(window, QKeySequence::Delete);
}

// True when a row of the Problems dock shows `text`.
bool problemsMention(const MainWindow& window, const QString& text) {
    const auto* tree = window.problems()->findChild<QTreeWidget*>();
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget*>(tree)); *it; ++it) {
        for (int column = 0; column < tree->columnCount(); ++column) {
            if ((*it)->text(column).contains(text))
                return true;
        }
    }
    return false;
}

const QByteArray brokenTag =
    "{\n  \"name\": \"Tag\",\n  \"properties\": {\"label\": \"string\",}\n}\n";

} // namespace

void TestFiles::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RelataTest"));
    QApplication::setApplicationName(QStringLiteral("tst_files"));
}

void TestFiles::init() {
    QDir(recoveryRoot()).removeRecursively();
}

void TestFiles::addModelNeverTakesABrokenFilesPath() {
    test::FixtureApp app;
    const QString tagPath = QDir(app.path()).filePath(QStringLiteral("common/models/tag.json"));
    writeFile(tagPath, brokenTag);
    auto window = openWindow(app.path());
    QVERIFY(window);
    QCOMPARE(window->session()->document().findModel("Tag"), ModelId::None);

    addModel(*window, QStringLiteral("Tag"));
    QTRY_VERIFY(window->session()->document().findModel("Tag") != ModelId::None);
    press(*window, QKeySequence::Save);
    QTRY_VERIFY(!window->isModified());

    QCOMPARE(readFile(tagPath), brokenTag);
    const QByteArray added =
        readFile(QDir(app.path()).filePath(QStringLiteral("common/models/tag-2.json")));
    QVERIFY2(added.contains("\"name\": \"Tag\""), added.constData());
}

void TestFiles::fixingAFileOutsideClearsItsProblem() {
    test::FixtureApp app;
    const QDir root(app.path());
    writeFile(root.filePath(QStringLiteral("common/models/tag.json")), brokenTag);
    auto window = openWindow(app.path());
    QVERIFY(window);
    const Document& document = window->session()->document();
    QTRY_VERIFY(problemsMention(*window, QStringLiteral("json-syntax")));

    writeFile(root.filePath(QStringLiteral("common/models/tag.json")),
              "{\n  \"name\": \"Tag\",\n  \"properties\": {\"label\": \"string\"}\n}\n");
    QTRY_VERIFY(document.findModel("Tag") != ModelId::None);
    QTRY_VERIFY(!problemsMention(*window, QStringLiteral("json-syntax")));
    QCOMPARE(document.diagram().placement(document.findModel("Tag"))->y, 400.0); // from relata.json
    QVERIFY(!window->isModified());

    // A model changed outside is read again in place: same id, same place on the canvas.
    const ModelId customer = document.findModel("Customer");
    const auto placement = document.diagram().placement(customer);
    writeFile(
        root.filePath(QStringLiteral("common/models/customer.json")),
        R"({"name": "Customer", "base": "PersistedModel", "properties": {"email": "string"}})");
    QTRY_VERIFY(document.model(customer)["properties"].contains("email"));
    QCOMPARE(document.findModel("Customer"), customer);
    QCOMPARE(document.diagram().placement(customer), placement);
    QVERIFY(!window->isModified());
}

void TestFiles::ownSaveReloadsNothing() {
    test::FixtureApp app;
    auto window = openWindow(app.path());
    QVERIFY(window);
    addModel(*window, QStringLiteral("Invoice"));
    addModel(*window, QStringLiteral("Receipt"));
    QUndoStack* stack = window->session()->edits().undoStack();
    QTRY_COMPARE(stack->count(), 2);

    press(*window, QKeySequence::Save);
    QTRY_VERIFY(!window->isModified());
    QTest::qWait(1000); // the watcher's notices of the save arrive and settle
    QCOMPARE(stack->count(), 2);
    QVERIFY(!window->statusBar()->currentMessage().contains(QStringLiteral("Reloaded")));
}

void TestFiles::outsideChangeToAnEditedFileAsks_data() {
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("keepsEdit");
    QTest::addRow("keep mine") << "Keep Mine" << true;
    QTest::addRow("reload") << "Reload" << false;
}

void TestFiles::outsideChangeToAnEditedFileAsks() {
    QFETCH(QString, answer);
    QFETCH(bool, keepsEdit);
    test::FixtureApp app;
    const QString configPath =
        QDir(app.path()).filePath(QStringLiteral("server/model-config.json"));
    auto window = openWindow(app.path());
    QVERIFY(window);
    const Document& document = window->session()->document();
    addModel(*window, QStringLiteral("Invoice")); // registers it in model-config.json
    QTRY_VERIFY(document.modelConfig()->value().contains("Invoice"));

    const auto answered = answerDialog(answer);
    QByteArray outside = readFile(configPath);
    outside.replace(R"("Address": {"dataSource": "db", "public": false})",
                    R"("Address": {"dataSource": "db", "public": true})");
    writeFile(configPath, outside);
    QTRY_VERIFY(*answered);
    const Json& config = document.modelConfig()->value();
    QCOMPARE(config.contains("Invoice"), keepsEdit);
    QCOMPARE(config["Address"]["public"].get<bool>(), !keepsEdit);
    QVERIFY(window->isModified()); // Invoice's own file is still unsaved
    if (!keepsEdit) {
        QCOMPARE(window->session()->edits().undoStack()->count(), 0);
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("Reloaded")));
        return;
    }
    press(*window, QKeySequence::Save);
    QTRY_VERIFY(!window->isModified());
    QVERIFY(readFile(configPath).contains("Invoice"));
}

void TestFiles::crashLeavesChangesToRestore_data() {
    QTest::addColumn<QString>("answer");
    QTest::addRow("restore") << "Restore";
    QTest::addRow("discard") << "Discard";
}

void TestFiles::crashLeavesChangesToRestore() {
    QFETCH(QString, answer);
    test::FixtureApp app;
    const auto onDisk = test::filesOnDisk(app.path());
    auto window = openWindow(app.path());
    QVERIFY(window);
    addModel(*window, QStringLiteral("Invoice"));
    deleteModel(*window, QStringLiteral("Order"));
    QTRY_COMPARE(window->session()->edits().undoStack()->count(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(recoveryExists(), autosaveWaitMs);
    QCOMPARE(test::filesOnDisk(app.path()), onDisk); // never into the app
    window.reset();                                  // a crash: no close event, no question

    window = showWindow();
    QVERIFY(window);
    answerDialog(answer);
    QVERIFY(window->openApp(app.path()));
    const Document& document = window->session()->document();
    const bool restored = answer == QStringLiteral("Restore");
    QCOMPARE(document.findModel("Invoice") != ModelId::None, restored);
    QCOMPARE(document.findModel("Order") == ModelId::None, restored);
    QCOMPARE(document.modelConfig()->value().contains("Invoice"), restored);
    QCOMPARE(window->isModified(), restored);
    QCOMPARE(recoveryExists(), restored);
    if (!restored)
        return;

    press(*window, QKeySequence::Undo);
    QCOMPARE(document.findModel("Invoice"), ModelId::None);
    QVERIFY(document.findModel("Order") != ModelId::None);
    QVERIFY(!window->isModified());
    QVERIFY(window->close()); // a clean close
    QVERIFY(!recoveryExists());
    QCOMPARE(test::filesOnDisk(app.path()), onDisk);
}

void TestFiles::saveRemovesTheRecovery() {
    test::FixtureApp app;
    auto window = openWindow(app.path());
    QVERIFY(window);
    addModel(*window, QStringLiteral("Invoice"));
    QTRY_VERIFY_WITH_TIMEOUT(recoveryExists(), autosaveWaitMs);
    press(*window, QKeySequence::Save);
    QTRY_VERIFY(!window->isModified());
    QVERIFY(!recoveryExists());
}

// A built-in model the user moved is where it was put after a restore, and
// the restore's undo leaves its place to the canvas again.
void TestFiles::restoringGivesBuiltinModelsTheirPlaces() {
    const QString fixture = QStringLiteral(RELATA_SOURCE_DIR "/tests/core/data/sampledb/user-foreign-key");
    QVERIFY2(QDir(fixture).exists(), qPrintable(fixture + QStringLiteral(" is missing")));
    QTemporaryDir dir;
    test::copyTree(fixture, dir.path());
    auto window = openWindow(dir.path());
    QVERIFY(window);
    addModel(*window, QStringLiteral("Invoice"));
    QTRY_COMPARE(window->session()->edits().undoStack()->count(), 1);
    test::Person person(*window);
    QVERIFY(person.showFitted());
    const QPointF userAt = window->scene()->modelItem(QStringLiteral("User"))->pos();
    QVERIFY(person.dragModel(QStringLiteral("User"), QPoint(90, 70)));
    const QPointF userMoved = window->scene()->modelItem(QStringLiteral("User"))->pos();
    QVERIFY(userMoved != userAt);
    QTRY_COMPARE(window->session()->edits().undoStack()->count(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(recoveryExists(), autosaveWaitMs);
    window.reset(); // a crash

    window = showWindow();
    QVERIFY(window);
    answerDialog(QStringLiteral("Restore"));
    QVERIFY(window->openApp(dir.path()));
    QVERIFY(window->session()->document().findModel("Invoice") != ModelId::None);
    QCOMPARE(window->scene()->modelItem(QStringLiteral("User"))->pos(), userMoved);
    QVERIFY(window->session()->document().diagram().builtinPlacement("User"));
    press(*window, QKeySequence::Undo);
    QVERIFY(!window->session()->document().diagram().builtinPlacement("User"));
    QVERIFY(window->scene()->modelItem(QStringLiteral("User"))->pos() != userMoved);
    QVERIFY(!window->isModified());
    QVERIFY(window->close());
    QVERIFY(!recoveryExists());
}

// Undone back to the files on disk, nothing is left to restore at once, not a
// few seconds later: opening the app again right away (as tst_monkey's reopen
// does) offered the undone changes otherwise.
void TestFiles::undoingToTheDiskRemovesTheRecovery() {
    test::FixtureApp app;
    auto window = openWindow(app.path());
    QVERIFY(window);
    addModel(*window, QStringLiteral("Invoice"));
    QTRY_VERIFY_WITH_TIMEOUT(recoveryExists(), autosaveWaitMs);
    press(*window, QKeySequence::Undo);
    QVERIFY(!window->isModified());
    QVERIFY(!recoveryExists());
}

// Two windows on one app, as two running Relatas: each autosaves into a folder
// of its own, a clean close of one leaves the other's, and after the other
// crashes the next open offers exactly its changes.
void TestFiles::eachWindowKeepsItsOwnRecovery() {
    test::FixtureApp app;
    auto first = openWindow(app.path());
    auto second = openWindow(app.path());
    QVERIFY(first && second);
    addModel(*first, QStringLiteral("Invoice"));
    addModel(*second, QStringLiteral("Receipt"));
    QTRY_COMPARE_WITH_TIMEOUT(recoveryCount(), 2, autosaveWaitMs);
    const auto answered = answerDialog(QStringLiteral("Discard"));
    QVERIFY(second->close());
    QVERIFY(*answered);
    QCOMPARE(recoveryCount(), 1);
    first.reset(); // a crash

    auto window = showWindow();
    QVERIFY(window);
    answerDialog(QStringLiteral("Restore"));
    QVERIFY(window->openApp(app.path()));
    const Document& document = window->session()->document();
    QVERIFY(document.findModel("Invoice") != ModelId::None);
    QCOMPARE(document.findModel("Receipt"), ModelId::None);
}

QTEST_MAIN(TestFiles)
#include "tst_files.moc"
