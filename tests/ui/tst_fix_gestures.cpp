#include "canvas/diagram_scene.h"
#include "document/document.h"
#include "edit/edit_controller.h"
#include "fixture_app.h"
#include "main_window.h"
#include "person.h"
#include "problems/problems_panel.h"
#include "session.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace relata;
using test::Answer;

// Quick fixes in the Problems panel, the Where column, the keys that stay a
// text field's own and the shortcuts that work from one, and the exported
// SVG's fonts and glyphs, each done the way a person does it.
class TestFixGestures : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void quickFix_data();
    void quickFix();
    void noQuickFixWhereTwoNamesAreClose();
    void whereIsFileAndLine();
    void ctrlYRedoes();
    void editingKeysStayTheFieldsOwn_data();
    void editingKeysStayTheFieldsOwn();
    void shortcutsFromAField_data();
    void shortcutsFromAField();
    void exportedSvgNamesRealFontsAndNoGlyphs();

private:
    // Opens a copy of the shop sample, `replace` applied to one of its files.
    void open(const QString& file = {}, const QByteArray& from = {}, const QByteArray& to = {});
    QTreeWidget* problemTree() const;
    QTreeWidgetItem* problemWithCode(const QString& code) const;
    ModelId modelNamed(const char* name) const;

    QTemporaryDir m_dir;
    QString m_app;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<test::Person> m_person;
    int m_opened = 0;
};

namespace {

const QString shop = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");

Json relationKey(const Document& document, const char* model, const char* relation, const char* key)
{
    const Json relations =
        document.model(document.findModel(model)).value("relations", Json::object());
    return relations.value(relation, Json::object()).value(key, Json());
}

} // namespace

void TestFixGestures::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RelataTest"));
    QApplication::setApplicationName(QStringLiteral("tst_fix_gestures"));
    QVERIFY(m_dir.isValid());
}

void TestFixGestures::cleanup()
{
    if (m_person) {
        m_person->scriptDialogs({});
        m_person->answerDialogs(Answer::Cancel);
    }
    m_person.reset();
    m_window.reset();
}

void TestFixGestures::open(const QString& file, const QByteArray& from, const QByteArray& to)
{
    m_app = QDir(m_dir.path()).filePath(QStringLiteral("shop-%1").arg(++m_opened));
    test::copyTree(shop, m_app);
    if (!file.isEmpty()) {
        QFile text(QDir(m_app).filePath(file));
        QVERIFY(text.open(QIODevice::ReadOnly));
        QByteArray bytes = text.readAll();
        text.close();
        const qsizetype at = bytes.indexOf(from);
        QVERIFY2(at >= 0, from.constData());
        bytes.replace(at, from.size(), to);
        QVERIFY(text.open(QIODevice::WriteOnly | QIODevice::Truncate));
        text.write(bytes);
    }
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openApp(m_app, true));
    m_person = std::make_unique<test::Person>(*m_window);
    QVERIFY(m_person->showFitted());
}

QTreeWidget* TestFixGestures::problemTree() const
{
    return m_window->problems()->findChild<QTreeWidget*>(QStringLiteral("problems"));
}

QTreeWidgetItem* TestFixGestures::problemWithCode(const QString& code) const
{
    QTreeWidget* tree = problemTree();
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        if (tree->topLevelItem(row)->text(3) == code)
            return tree->topLevelItem(row);
    }
    return nullptr;
}

ModelId TestFixGestures::modelNamed(const char* name) const
{
    return m_window->session()->document().findModel(name);
}

// A relation naming a model that is not there, with one close name: the
// problem offers "Did you mean …?" on a button and in its context menu;
// applying it is one undo step; double-click still goes to the place.
void TestFixGestures::quickFix_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("fixed");
    QTest::addColumn<bool>("byMenu");
    for (bool byMenu : {false, true}) {
        const char* how = byMenu ? "context menu" : "button";
        QTest::addRow("model, a typo, %s", how)
            << "common/models/customer.json" << QByteArray(R"("model": "Order")")
            << QByteArray(R"("model": "Ordr")") << "relation-model-unknown"
            << "Customer" << "orders" << "model" << "Order" << byMenu;
        QTest::addRow("through, another case, %s", how)
            << "common/models/patient.json" << QByteArray(R"("through": "Appointment")")
            << QByteArray(R"("through": "appointment")") << "relation-through-unknown"
            << "Patient" << "physicians" << "through" << "Appointment" << byMenu;
    }
}

void TestFixGestures::quickFix()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, code);
    QFETCH(QString, model);
    QFETCH(QString, relation);
    QFETCH(QString, key);
    QFETCH(QString, fixed);
    QFETCH(bool, byMenu);
    open(file, from, to);
    const Document& document = m_window->session()->document();
    const auto original = test::renderedFiles(document);
    const QUndoStack* stack = m_window->session()->edits().undoStack();
    const int steps = stack->count();
    const QByteArray modelName = model.toUtf8();
    const QByteArray relationName = relation.toUtf8();
    const QByteArray keyName = key.toUtf8();
    const auto value = [&] {
        return relationKey(document, modelName.constData(), relationName.constData(),
                           keyName.constData());
    };
    QVERIFY2(value() != Json(fixed.toStdString()), value().dump().c_str());
    QTreeWidgetItem* problem = problemWithCode(code);
    QVERIFY(problem);
    QTreeWidget* tree = problemTree();
    const QString label = QStringLiteral("Did you mean `%1`?").arg(fixed);
    if (byMenu) {
        QStringList offered;
        m_person->scriptDialogs({[&](QWidget* popup) {
            auto* menu = qobject_cast<QMenu*>(popup);
            if (!menu) {
                QTest::keyClick(popup, Qt::Key_Escape);
                return;
            }
            for (QAction* action : menu->actions())
                offered << action->text();
            for (QAction* action : menu->actions()) {
                if (action->text() == label) {
                    QTest::mouseClick(menu, Qt::LeftButton, {},
                                      menu->actionGeometry(action).center());
                    return;
                }
            }
            QTest::keyClick(menu, Qt::Key_Escape);
        }});
        QVERIFY(m_person->openContextMenu(tree, tree->indexOfTopLevelItem(problem)));
        QTRY_COMPARE(m_person->scriptedDialogs(), 1);
        QVERIFY2(offered.contains(label), qPrintable(offered.join(u'|')));
    } else {
        const QPoint row = tree->visualItemRect(problem).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, row);
        auto* button =
            m_window->problems()->findChild<QAbstractButton*>(QStringLiteral("quickFix"));
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        QCOMPARE(button->text(), label);
        m_person->click(button);
    }
    QTRY_VERIFY2(value() == Json(fixed.toStdString()), value().dump().c_str());
    QCOMPARE(stack->count(), steps + 1);
    QTRY_VERIFY(!problemWithCode(code));
    QVERIFY(m_person->undo());
    QTRY_VERIFY(test::renderedFiles(document) == original);
    QTRY_VERIFY(problemWithCode(code));
    QVERIFY(m_person->redo());
    QTRY_VERIFY2(value() == Json(fixed.toStdString()), value().dump().c_str());
    QVERIFY(m_person->undo());
    QTRY_VERIFY(test::renderedFiles(document) == original);
    // Double-click keeps going to the place: the relation's owner or edge.
    problem = problemWithCode(code);
    QVERIFY(problem);
    const QPoint center = tree->visualItemRect(problem).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, center);
    QTRY_VERIFY(!m_window->scene()->selectedItems().isEmpty());
    QCOMPARE(test::renderedFiles(document), original);
}

// "Par" is two edits from both Tag and Part: no fix is offered.
void TestFixGestures::noQuickFixWhereTwoNamesAreClose()
{
    open(QStringLiteral("common/models/customer.json"), R"("model": "Order")", R"("model": "Par")");
    QTreeWidgetItem* problem = problemWithCode(QStringLiteral("relation-model-unknown"));
    QVERIFY(problem);
    QTreeWidget* tree = problemTree();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(problem).center());
    auto* button = m_window->problems()->findChild<QAbstractButton*>(QStringLiteral("quickFix"));
    QVERIFY(button);
    QVERIFY(!button->isVisible());
    QStringList offered;
    m_person->scriptDialogs({[&](QWidget* popup) {
        if (auto* menu = qobject_cast<QMenu*>(popup)) {
            for (QAction* action : menu->actions())
                offered << action->text();
        }
        QTest::keyClick(popup, Qt::Key_Escape);
    }});
    QVERIFY(m_person->openContextMenu(tree, tree->indexOfTopLevelItem(problem)));
    QTRY_COMPARE(m_person->scriptedDialogs(), 1);
    QVERIFY(!offered.isEmpty());
    QVERIFY2(!offered.join(u'|').contains(QStringLiteral("Did you mean")),
             qPrintable(offered.join(u'|')));
}

void TestFixGestures::whereIsFileAndLine()
{
    open(QStringLiteral("common/models/customer.json"), R"("model": "Order")",
         R"("model": "Ordr")");
    QTreeWidgetItem* problem = problemWithCode(QStringLiteral("relation-model-unknown"));
    QVERIFY(problem);
    const QRegularExpression fileAndLine(QStringLiteral(R"(^common/models/customer\.json:\d+$)"));
    QVERIFY2(fileAndLine.match(problem->text(2)).hasMatch(), qPrintable(problem->text(2)));
}

// Ctrl+Y redoes on every platform, next to the platform's Redo key.
void TestFixGestures::ctrlYRedoes()
{
    open();
    QVERIFY(m_person->clickModel(QStringLiteral("Customer")));
    QWidget* plural = m_person->field(QStringLiteral("plural"));
    QVERIFY(plural);
    m_person->replaceText(plural, QStringLiteral("clients"));
    m_person->commit(test::Commit::Enter);
    const Document& document = m_window->session()->document();
    const auto value = [&] {
        return document.model(modelNamed("Customer")).value("plural", std::string());
    };
    QTRY_COMPARE(value(), std::string("clients"));
    QVERIFY(m_person->undo());
    QTRY_COMPARE(value(), std::string());
    QVERIFY(m_person->clickEmptyCanvas());
    m_person->press(QKeySequence(Qt::CTRL | Qt::Key_Y));
    QTRY_COMPARE(value(), std::string("clients"));
}

// In a text field Ctrl+Z, Ctrl+Y, Ctrl+A and Delete edit the field: the
// document's undo stack and the canvas selection stay as they are.
void TestFixGestures::editingKeysStayTheFieldsOwn_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::addRow("Ctrl+Z") << QKeySequence(Qt::CTRL | Qt::Key_Z);
    QTest::addRow("Ctrl+Y") << QKeySequence(Qt::CTRL | Qt::Key_Y);
    QTest::addRow("Ctrl+Shift+Z") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    QTest::addRow("Ctrl+A") << QKeySequence(Qt::CTRL | Qt::Key_A);
    QTest::addRow("Delete") << QKeySequence(Qt::Key_Delete);
}

void TestFixGestures::editingKeysStayTheFieldsOwn()
{
    QFETCH(QKeySequence, keys);
    open();
    QVERIFY(m_person->clickModel(QStringLiteral("Customer")));
    QWidget* plural = m_person->field(QStringLiteral("plural"));
    QVERIFY(plural);
    m_person->replaceText(plural, QStringLiteral("clients"));
    m_person->commit(test::Commit::Enter);
    const Document& document = m_window->session()->document();
    const auto value = [&] {
        return document.model(modelNamed("Customer")).value("plural", std::string());
    };
    QTRY_COMPARE(value(), std::string("clients"));
    // Undo once, so both undo and redo have something to do in the document.
    QWidget* hidden = m_person->field(QStringLiteral("hidden"));
    QVERIFY(hidden);
    m_person->replaceText(hidden, QStringLiteral("name"));
    m_person->commit(test::Commit::Enter);
    QTRY_VERIFY(document.model(modelNamed("Customer")).contains("hidden"));
    QVERIFY(m_person->undo());
    const QUndoStack* stack = m_window->session()->edits().undoStack();
    const int index = stack->index();
    QTRY_VERIFY(m_person->field(QStringLiteral("plural")));
    plural = m_person->field(QStringLiteral("plural"));
    m_person->click(plural);
    QTest::keyClick(plural, Qt::Key_End);
    m_person->type(QStringLiteral("x"));
    QVERIFY(plural->hasFocus());
    m_person->press(keys);
    QTest::qWait(20);
    QCOMPARE(stack->index(), index);
    QVERIFY(modelNamed("Customer") != ModelId::None);
    QCOMPARE(m_window->scene()->selectedModels().size(), std::size_t(1));
    QVERIFY(plural->hasFocus());
}

// Save, Open, Find, Auto-Layout, New Relation and Add Model work while an
// Inspector field has the focus; Save writes what the field shows.
void TestFixGestures::shortcutsFromAField_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::addColumn<QString>("expected");
    QTest::addRow("Save") << QKeySequence(QKeySequence::Save) << "saved";
    QTest::addRow("Open") << QKeySequence(QKeySequence::Open) << "dialog";
    QTest::addRow("Find") << QKeySequence(QKeySequence::Find) << "search";
    QTest::addRow("Auto-Layout") << QKeySequence(Qt::CTRL | Qt::Key_L) << "step";
    QTest::addRow("New Relation") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) << "dialog";
    QTest::addRow("Add Model") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M) << "dialog";
}

void TestFixGestures::shortcutsFromAField()
{
    QFETCH(QKeySequence, keys);
    QFETCH(QString, expected);
    open();
    // Moved away from where Auto-Layout puts it, so the layout has work to do.
    if (expected == QLatin1String("step"))
        QVERIFY(m_person->dragModel(QStringLiteral("Customer"), QPoint(300, 200)));
    QVERIFY(m_person->clickModel(QStringLiteral("Customer")));
    QWidget* plural = m_person->field(QStringLiteral("plural"));
    QVERIFY(plural);
    m_person->replaceText(plural, QStringLiteral("clients"));
    QVERIFY(plural->hasFocus());
    const QUndoStack* stack = m_window->session()->edits().undoStack();
    m_person->answerDialogs(Answer::Cancel);
    m_person->press(keys);
    if (expected == QLatin1String("saved")) {
        QFile file(QDir(m_app).filePath(QStringLiteral("common/models/customer.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains(R"("plural": "clients")"), text.constData());
        QVERIFY(!m_window->isModified());
        QVERIFY(plural->hasFocus());
    } else if (expected == QLatin1String("dialog")) {
        QTRY_COMPARE(m_person->answeredDialogs().size(), 1);
    } else if (expected == QLatin1String("search")) {
        QTRY_COMPARE(QApplication::focusWidget(),
                     m_window->findChild<QLineEdit*>(QStringLiteral("search")));
    } else {
        QTRY_COMPARE(stack->count(), 2);
        QCOMPARE(stack->text(1), QStringLiteral("Auto-layout"));
    }
}

// The SVG names a family that exists (not Qt's "Sans Serif" alias) and has
// no collapse triangles; the window's font is the alias again afterwards.
void TestFixGestures::exportedSvgNamesRealFontsAndNoGlyphs()
{
    const QFont font = QApplication::font();
    QApplication::setFont(QFont(QStringLiteral("Sans Serif"), font.pointSize()));
    open();
    QVERIFY(m_person->clickEmptyCanvas());
    // The file dialog opens in the app's folder: a name is enough.
    const QString path = QDir(m_app).filePath(QStringLiteral("exported.svg"));
    m_person->answerDialogs(Answer::Accept, QStringLiteral("exported.svg"));
    QVERIFY(m_person->chooseMenu(QStringLiteral("export")));
    QTRY_VERIFY2(QFile::exists(path), qPrintable(m_person->answeredDialogs().join(u'|')));
    QCOMPARE(QApplication::font().family(), QStringLiteral("Sans Serif"));
    QApplication::setFont(font);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    const QRegularExpression family(QStringLiteral(R"re(font-family="([^"]*)")re"));
    const QStringList known = QFontDatabase::families();
    int fonts = 0;
    for (const auto& match : family.globalMatch(svg)) {
        ++fonts;
        const QString name = match.captured(1).remove(u'\'');
        QVERIFY2(name != QLatin1String("Sans Serif") && known.contains(name), qPrintable(name));
    }
    QVERIFY(fonts > 0);
    // The triangle is the only shape drawn in the header's translucent white.
    QVERIFY2(!svg.contains(QStringLiteral("fill-opacity=\"0.823529\"")),
             "a collapse glyph was exported");
}

QTEST_MAIN(TestFixGestures)
#include "tst_fix_gestures.moc"
