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
#include <QFileInfo>
#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace relata;
using test::Commit;

Q_DECLARE_METATYPE(relata::Json)
Q_DECLARE_METATYPE(relata::test::Commit)

// Every Inspector field of a model, a property and a relation, edited on the
// sample app the way a person does: select on the canvas, click into the
// field, type, end the edit with Tab, Enter or a click elsewhere, then Edit ▸
// Undo and Edit ▸ Redo from the menu bar. Each edit is one undo step, and
// undo gives back every file byte for byte.
class TestInspectorGestures : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void field_data();
    void field();
    void propertyCell_data();
    void propertyCell();
    void buttons_data();
    void buttons();
    void undoingANewRelationClearsTheInspector();
    void scopeReachesTheDocumentWhileTyping();
    void typingPausesAreOneUndoStep();
    void reopeningTheAppLeavesNoStaleField();

private:
    ModelId modelNamed(const QString& name) const;
    void checkEdit(ModelId id, const QString& pointer, const Json& expected, const QString& absent);

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<test::Person> m_person;
    std::map<QString, std::string> m_original;
    int m_steps = 0;
};

namespace {

const QString shop = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");

Json at(const Json& value, const QString& pointer)
{
    const Json::json_pointer path(pointer.toStdString());
    return value.contains(path) ? value.at(path) : Json();
}

void addTextRows(const char* owner, const char* relation, const char* field, const char* text,
                 const char* pointer, const Json& expected, const char* absent = "")
{
    for (const auto& [name, how] :
         {std::pair{"Tab", Commit::Tab}, std::pair{"Enter", Commit::Enter},
          std::pair{"click elsewhere", Commit::ClickElsewhere}}) {
        QTest::addRow("%s%s%s %s, %s", owner, *relation ? "." : "", relation, field, name)
            << owner << relation << field << text << how << pointer << expected << absent;
    }
}

} // namespace

void TestInspectorGestures::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RelataTest"));
    QApplication::setApplicationName(QStringLiteral("tst_inspector_gestures"));
}

void TestInspectorGestures::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openApp(shop, true));
    m_person = std::make_unique<test::Person>(*m_window);
    QVERIFY(m_person->showFitted());
    m_original = test::renderedFiles(m_window->session()->document());
    m_steps = m_window->session()->edits().undoStack()->count();
}

void TestInspectorGestures::cleanup()
{
    m_person.reset();
    m_window.reset();
}

ModelId TestInspectorGestures::modelNamed(const QString& name) const
{
    return m_window->session()->document().findModel(name.toStdString());
}

// The edit landed as one step; Edit ▸ Undo gives back every byte, Edit ▸
// Redo the edit, and undo again the original.
void TestInspectorGestures::checkEdit(ModelId id, const QString& pointer, const Json& expected,
                                      const QString& absent)
{
    Session& session = *m_window->session();
    const Document& document = session.document();
    QVERIFY(id != ModelId::None);
    const auto value = [&] { return at(document.model(id), pointer); };
    QTRY_VERIFY2(value() == expected, value().dump().c_str());
    if (!absent.isEmpty())
        QVERIFY(at(document.model(id), absent).is_null());
    QCOMPARE(session.edits().undoStack()->count(), m_steps + 1);
    QVERIFY(m_person->undo());
    QTRY_VERIFY(test::renderedFiles(document) == m_original);
    QVERIFY(m_person->redo());
    QTRY_VERIFY2(value() == expected, value().dump().c_str());
    QVERIFY(m_person->undo());
    QTRY_VERIFY(test::renderedFiles(document) == m_original);
    QVERIFY(!m_window->isModified());
}

// Each row: the model (and relation) to select on the canvas, the field, what
// is typed or chosen, how the edit ends, and what the model file then holds
// at `pointer` (and no longer holds at `absent`).
void TestInspectorGestures::field_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Commit>("commit");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<Json>("expected");
    QTest::addColumn<QString>("absent");
    addTextRows("Customer", "", "name", "Client", "/name", "Client");
    addTextRows("Customer", "", "plural", "Clients", "/plural", "Clients");
    addTextRows("Customer", "", "base", "Model", "/base", "Model");
    addTextRows("Customer", "", "hidden", "passwordHash, email", "/hidden",
                Json{"passwordHash", "email"});
    addTextRows("Customer", "", "scopes", R"({"vips": {"where": {"vip": false}}})", "/scopes",
                Json{{"vips", {{"where", {{"vip", false}}}}}});
    addTextRows("Customer", "", "scope", R"({"order": "name"})", "/scope", Json{{"order", "name"}});
    QTest::addRow("Customer idInjection")
        << "Customer" << "" << "idInjection" << "false" << Commit::Tab << "/idInjection" << Json(false) << "";
    QTest::addRow("Customer strict")
        << "Customer" << "" << "strict" << "filter" << Commit::Tab << "/strict" << Json("filter") << "";
    addTextRows("Customer", "orders", "relationName", "purchases", "/relations/purchases/model",
                "Order", "/relations/orders");
    addTextRows("Customer", "orders", "model", "Comment", "/relations/orders/model", "Comment");
    addTextRows("Customer", "orders", "foreignKey", "buyerId", "/relations/orders/foreignKey",
                "buyerId");
    addTextRows("Customer", "orders", "primaryKey", "email", "/relations/orders/primaryKey",
                "email");
    addTextRows("Customer", "orders", "through", "OrderItem", "/relations/orders/through",
                "OrderItem");
    addTextRows("Physician", "patients", "keyThrough", "patientRef",
                "/relations/patients/keyThrough", "patientRef");
    addTextRows("Product", "tags", "throughTable", "product_tags", "/relations/tags/throughTable",
                "product_tags");
    addTextRows("Customer", "pictures", "polymorphic", "owner", "/relations/pictures/polymorphic",
                "owner");
    addTextRows("Picture", "imageable", "idName", "uuid", "/relations/imageable/idName", "uuid");
    addTextRows("Customer", "address", "property", "homeAddress", "/relations/address/property",
                "homeAddress");
    addTextRows("Customer", "orders", "scope", R"({"where": {"status": "paid"}})",
                "/relations/orders/scope", Json{{"where", {{"status", "paid"}}}});
    addTextRows("Order", "items", "properties", R"(["currency", "status"])",
                "/relations/items/properties", Json{"currency", "status"});
    addTextRows("Customer", "orders", "options", R"({"nestRemoting": false})",
                "/relations/orders/options", Json{{"nestRemoting", false}});
    QTest::addRow("Customer.orders type")
        << "Customer"
        << "orders"
        << "type"
        << "hasOne" << Commit::Tab << "/relations/orders/type" << Json("hasOne") << "";
    QTest::addRow("Customer.orders nestRemoting")
        << "Customer"
        << "orders"
        << "nestRemoting"
        << "" << Commit::Tab << "/relations/orders/options" << Json() << "";
    QTest::addRow("Customer.orders disableInclude")
        << "Customer"
        << "orders"
        << "disableInclude"
        << "" << Commit::Tab << "/relations/orders/options/disableInclude" << Json(true) << "";
    QTest::addRow("Product.gallery invert")
        << "Product"
        << "gallery"
        << "invert"
        << "" << Commit::Tab << "/relations/gallery/invert" << Json(true) << "";
}

void TestInspectorGestures::propertyCell_data()
{
    QTest::addColumn<QString>("property");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Commit>("commit");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<Json>("expected");
    QTest::addColumn<QString>("absent");
    const std::tuple<const char*, int, const char*, const char*, Json, const char*> cells[] = {
        {"name", 0, "mail", "/properties/mail", Json{{"type", "string"}}, "/properties/email"},
        {"type", 1, "number", "/properties/email/type", "number", ""},
        {"default", 4, R"("x@example.com")", "/properties/email/default", "x@example.com", ""},
        {"description", 6, "Where receipts go", "/properties/email/description",
         "Where receipts go", ""},
    };
    for (const auto& [name, column, text, pointer, expected, absent] : cells) {
        for (const auto& [how, commit] :
             {std::pair{"Tab", Commit::Tab}, std::pair{"Enter", Commit::Enter},
              std::pair{"click elsewhere", Commit::ClickElsewhere}}) {
            QTest::addRow("%s, %s", name, how)
                << "email" << column << text << commit << pointer << expected << absent;
        }
    }
    QTest::addRow("required") << "email" << 2 << "" << Commit::Tab << "/properties/email/required"
                              << Json(true) << "";
    QTest::addRow("id") << "email" << 3 << "" << Commit::Tab << "/properties/email/id" << Json(true)
                        << "";
    QTest::addRow("index") << "email" << 5 << "" << Commit::Tab << "/properties/email/index"
                           << Json(true) << "";
    QTest::addRow("required off") << "name" << 2 << "" << Commit::Tab << "/properties/name/required"
                                  << Json() << "";
}

void TestInspectorGestures::propertyCell()
{
    QFETCH(QString, property);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(Commit, commit);
    QFETCH(QString, pointer);
    QFETCH(Json, expected);
    QFETCH(QString, absent);
    QVERIFY(m_person->clickModel(QStringLiteral("Customer")));
    auto* table = qobject_cast<QTableWidget*>(m_person->field(QStringLiteral("properties")));
    QVERIFY(table);
    const QList<QTableWidgetItem*> found = table->findItems(property, Qt::MatchExactly);
    QVERIFY(!found.isEmpty());
    const int row = found.front()->row();
    if (text.isEmpty()) {
        QVERIFY(m_person->clickCheckCell(table, row, column));
    } else {
        QVERIFY(m_person->editCell(table, row, column, text));
        m_person->commit(commit);
    }
    checkEdit(modelNamed(QStringLiteral("Customer")), pointer, expected, absent);
}

void TestInspectorGestures::field()
{
    QFETCH(QString, owner);
    QFETCH(QString, relation);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(Commit, commit);
    QFETCH(QString, pointer);
    QFETCH(Json, expected);
    QFETCH(QString, absent);
    const ModelId id = modelNamed(owner);
    QVERIFY(relation.isEmpty() ? m_person->clickModel(owner) : m_person->clickRelation(owner, relation));
    QWidget* widget = m_person->field(field);
    QVERIFY2(widget, qPrintable(field));
    if (auto* box = qobject_cast<QCheckBox*>(widget)) {
        m_person->click(box);
    } else if (auto* combo = qobject_cast<QComboBox*>(widget); combo && !combo->isEditable()) {
        QVERIFY(m_person->choose(combo, text));
    } else {
        m_person->replaceText(widget, text);
        m_person->commit(commit);
    }
    checkEdit(id, pointer, expected, absent);
}

// The Inspector's buttons: each click is one step that undo takes back.
void TestInspectorGestures::buttons_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<Json>("expected");
    QTest::addRow("Add Property") << "Customer" << "" << "addPropertyRow" << "/properties/property"
                                  << Json{{"type", "string"}};
    QTest::addRow("Remove Property") << "Customer" << "" << "removePropertyRow" << "/properties/name" << Json();
    QTest::addRow("Delete Relation") << "Customer" << "orders" << "deleteRelation" << "/relations/orders" << Json();
}

void TestInspectorGestures::buttons()
{
    QFETCH(QString, owner);
    QFETCH(QString, relation);
    QFETCH(QString, button);
    QFETCH(QString, pointer);
    QFETCH(Json, expected);
    const ModelId id = modelNamed(owner);
    QVERIFY(relation.isEmpty() ? m_person->clickModel(owner) : m_person->clickRelation(owner, relation));
    if (button == QLatin1String("removePropertyRow")) {
        auto* table = qobject_cast<QTableWidget*>(m_person->field(QStringLiteral("properties")));
        QVERIFY(table);
        const QModelIndex first = table->model()->index(0, 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    }
    QWidget* widget = m_person->field(button);
    QVERIFY2(widget, qPrintable(button));
    m_person->click(widget);
    checkEdit(id, pointer, expected, {});
    QVERIFY2(m_person->disagreement().isEmpty(), qPrintable(m_person->disagreement()));
}

// Defect: undoing a just-created relation left a ghost Inspector that took input.
void TestInspectorGestures::undoingANewRelationClearsTheInspector()
{
    m_person->answerDialogs(test::Answer::Accept);
    QVERIFY(m_person->dragRelation(QStringLiteral("Tag"), QStringLiteral("Customer")));
    QTRY_COMPARE(m_window->session()->edits().undoStack()->count(), m_steps + 1);
    QVERIFY(m_person->field(QStringLiteral("relationName")));
    QVERIFY(m_person->undo());
    QTRY_VERIFY(test::renderedFiles(m_window->session()->document()) == m_original);
    QTRY_VERIFY(!m_person->field(QStringLiteral("relationName")));
    QVERIFY(!m_person->field(QStringLiteral("scope")));
    auto* inspector = m_window->findChild<QStackedWidget*>();
    QVERIFY(inspector);
    QCOMPARE(m_person->field(QStringLiteral("foreignKey")), nullptr);
}

// Defect: a scope typed in the Inspector reached the document (and so the
// preview) only when the field lost focus.
void TestInspectorGestures::scopeReachesTheDocumentWhileTyping()
{
    QVERIFY(m_person->clickRelation(QStringLiteral("Customer"), QStringLiteral("orders")));
    QWidget* scope = m_person->field(QStringLiteral("scope"));
    QVERIFY(scope);
    m_person->replaceText(scope, R"({"where": {"status": "paid"}})");
    QVERIFY(scope->hasFocus());
    const Document& document = m_window->session()->document();
    const ModelId customer = document.findModel("Customer");
    QTRY_VERIFY(at(document.model(customer),
                   QStringLiteral("/relations/orders/scope/where/status")) == "paid");
    QVERIFY(scope->hasFocus());
    // The user's own text stays as typed while the edit goes on.
    QCOMPARE(static_cast<QPlainTextEdit*>(scope)->toPlainText(),
             QStringLiteral(R"({"where": {"status": "paid"}})"));
    m_person->commit(Commit::Tab);
    checkEdit(customer, QStringLiteral("/relations/orders/scope"),
              Json{{"where", {{"status", "paid"}}}}, {});
}

// Live values while typing, a pause, more typing, then Tab: one undo step.
void TestInspectorGestures::typingPausesAreOneUndoStep()
{
    QVERIFY(m_person->clickRelation(QStringLiteral("Customer"), QStringLiteral("orders")));
    QWidget* scope = m_person->field(QStringLiteral("scope"));
    QVERIFY(scope);
    m_person->replaceText(scope, R"({"limit": 1})");
    QTest::qWait(300);
    m_person->press(QKeySequence(Qt::Key_End));
    QTest::keyClick(scope, Qt::Key_Left);
    QTest::keyClick(scope, Qt::Key_Backspace);
    m_person->type(QStringLiteral("5"));
    QTest::qWait(300);
    m_person->commit(Commit::Tab);
    checkEdit(modelNamed(QStringLiteral("Customer")), QStringLiteral("/relations/orders/scope"),
              Json{{"limit", 5}}, {});
}

// Found by the monkey: a scope field kept a validator that pointed at the
// session of the app as first opened; after File ▸ Open Recent reopened it,
// selecting a relation validated against the freed session.
void TestInspectorGestures::reopeningTheAppLeavesNoStaleField()
{
    QVERIFY(m_person->clickRelation(QStringLiteral("Customer"), QStringLiteral("orders")));
    QVERIFY(m_person->field(QStringLiteral("scope")));
    const QString recent = QDir::toNativeSeparators(QFileInfo(shop).absoluteFilePath());
    QAction* reopen = nullptr;
    for (QAction* action : m_person->menuActions()) {
        if (action->text() == recent)
            reopen = action;
    }
    QVERIFY(reopen);
    Session* before = m_window->session();
    QVERIFY(m_person->chooseMenu(reopen));
    QTRY_VERIFY(m_window->session() && m_window->session() != before);
    QVERIFY(m_person->chooseMenu(QStringLiteral("fitAll")));
    QVERIFY(m_person->clickRelation(QStringLiteral("Category"), QStringLiteral("shoes")));
    QWidget* scope = m_person->field(QStringLiteral("scope"));
    QVERIFY(scope);
    m_person->replaceText(scope, R"({"where": {"price": {"gt": 500}}})");
    m_person->commit(Commit::Tab);
    QTRY_VERIFY(at(m_window->session()->document().model(modelNamed(QStringLiteral("Category"))),
                   QStringLiteral("/relations/shoes/scope/where/price/gt")) == 500);
}

QTEST_MAIN(TestInspectorGestures)
#include "tst_inspector_gestures.moc"
