// The tiles drawn beside the models: stubs for relations to missing models,
// and the built-in models an app uses.

#include "canvas/diagram_scene.h"
#include "canvas/model_item.h"
#include "canvas/relation_item.h"
#include "document/document.h"
#include "edit/edit_controller.h"
#include "fixture_app.h"
#include "inspector/inspector_panel.h"
#include "main_window.h"
#include "person.h"
#include "schema/schema.h"
#include "session.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace relata;

class TestCanvasTiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void relationToAMissingModelEndsAtAStub();
    void stubsAreLaidOutWithTheModels();
    void builtinModelsAreDrawn_data();
    void builtinModelsAreDrawn();
    void builtinModelsAreMovedAndSaved();
};

void TestCanvasTiles::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("RelataTest"));
    QApplication::setApplicationName(QStringLiteral("tst_canvas_tiles"));
}

// A relation naming a model that does not exist is drawn to a stub named
// after it: a person sees it, clicks it into the Inspector and finds it.
void TestCanvasTiles::relationToAMissingModelEndsAtAStub()
{
    QTemporaryDir dir;
    const auto write = [&](const QString& name, const QByteArray& text) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(QStringLiteral("customer.json"), R"({"name": "Customer", "properties": {"name": "string"}})");
    write(QStringLiteral("order.json"), R"({"name": "Order", "properties": {"total": "number"},
        "relations": {"customer": {"type": "belongsTo", "model": "Custmer", "foreignKey": "customerId"},
                      "supplier": {"type": "belongsTo", "model": "Suplier", "foreignKey": "supplierId"}}})");
    MainWindow window;
    QVERIFY(window.openApp(dir.path(), true));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const RelationItem* edge = window.scene()->relationItem(QStringLiteral("Order"), QStringLiteral("customer"));
    QVERIFY(edge);
    QCOMPARE(edge->to()->name(), QStringLiteral("Custmer"));
    QCOMPARE(edge->to()->modelId(), ModelId::None);
    QVERIFY(edge->to()->content().missing);
    QVERIFY(!edge->to()->sceneBox().intersects(edge->from()->sceneBox()));

    test::Person person(window);
    QVERIFY(person.clickRelation(QStringLiteral("Order"), QStringLiteral("customer")));
    QTRY_COMPARE(window.inspector()->currentIndex(), 2);
    const auto hits = window.scene()->search(QStringLiteral("customer"));
    QVERIFY(std::ranges::any_of(hits, [&](const SearchHit& hit) { return hit.relation == edge; }));

    // Two stubs beside one model take a free place each, and follow the
    // model when it is dragged and when the drag is undone.
    DiagramScene* scene = window.scene();
    ModelItem* order = scene->modelItem(QStringLiteral("Order"));
    const ModelItem* otherStub = scene->relationItem(QStringLiteral("Order"), QStringLiteral("supplier"))->to();
    const ModelItem* stub = edge->to();
    const auto clear = [&] {
        for (const QGraphicsItem* item : scene->items()) {
            if (item->type() != ModelItem::Type || item == stub)
                continue;
            if (static_cast<const ModelItem*>(item)->sceneBox().intersects(stub->sceneBox()))
                return false;
        }
        return true;
    };
    QVERIFY(clear());
    QVERIFY(!otherStub->sceneBox().intersects(stub->sceneBox()));
    const QPointF offset = stub->pos() - order->pos();
    const QPointF start = order->pos();
    QVERIFY(person.dragModel(QStringLiteral("Order"), QPoint(60, 90)));
    QVERIFY(order->pos() != start);
    QCOMPARE(stub->pos() - order->pos(), offset);
    QVERIFY(clear());
    scene->flushRoutes();
    const RelationItem* moved = scene->relationItem(QStringLiteral("Order"), QStringLiteral("customer"));
    QVERIFY(moved && moved->to() == stub);
    QVERIFY(stub->sceneBox().adjusted(-0.5, -0.5, 0.5, 0.5).contains(moved->route().end));
    window.session()->edits().undoStack()->undo();
    QCOMPARE(order->pos(), start);
    QCOMPARE(stub->pos() - order->pos(), offset);
}

// A missing model several models belong to is laid out with them, in the
// layer above them as the model itself would be, not beside the first of
// them; it stays there when the app is compiled again after an edit, and
// follows that first model when it is dragged.
void TestCanvasTiles::stubsAreLaidOutWithTheModels()
{
    QTemporaryDir dir;
    const auto write = [&](const QString& name, const QByteArray& text) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    const QStringList owners{QStringLiteral("Invoice"), QStringLiteral("Order"), QStringLiteral("Shipment")};
    for (const QString& owner : owners) {
        write(owner.toLower() + QStringLiteral(".json"),
              QStringLiteral(R"({"name": "%1", "properties": {"total": "number"},
                  "relations": {"customer": {"type": "belongsTo", "model": "Custmer"}}})")
                  .arg(owner)
                  .toUtf8());
    }
    MainWindow window;
    QVERIFY(window.openApp(dir.path(), true));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    DiagramScene* scene = window.scene();
    const ModelItem* stub = scene->relationItem(owners.first(), QStringLiteral("customer"))->to();
    QVERIFY(stub->content().missing);
    const auto above = [&] {
        for (const QString& owner : owners) {
            if (stub->sceneBox().bottom() >= scene->modelItem(owner)->sceneBox().top())
                return false;
        }
        return true;
    };
    QVERIFY(above());
    const QPointF place = stub->pos();

    test::Person person(window);
    QVERIFY(person.clickModel(QStringLiteral("Order")));
    QWidget* plural = person.field(QStringLiteral("plural"));
    QVERIFY(plural);
    person.replaceText(plural, QStringLiteral("purchases"));
    person.commit(test::Commit::Tab);
    QTRY_COMPARE(window.session()->edits().undoStack()->count(), 1);
    const ModelItem* again = scene->relationItem(owners.first(), QStringLiteral("customer"))->to();
    QCOMPARE(again->pos(), place);

    ModelItem* first = scene->modelItem(owners.first());
    const QPointF offset = again->pos() - first->pos();
    const QPointF firstStart = first->pos();
    QVERIFY(person.dragModel(owners.first(), QPoint(-80, 60)));
    QVERIFY(first->pos() != firstStart);
    QCOMPARE(again->pos() - first->pos(), offset);
}

// The built-in models an app uses are drawn as LoopBack defines them, with
// model-config's overrides and inherited relations, and relations end at them
// rather than at missing-model stubs.
void TestCanvasTiles::builtinModelsAreDrawn_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("targetRow");
    QTest::addRow("an app model's belongsTo the built-in User") << "Post" << "author" << "User" << "email";
    QTest::addRow("AccessToken.user overridden to the app's user model")
        << "AccessToken" << "user" << "Member" << "nickname";
    QTest::addRow("a relation inherited from the built-in base") << "Member" << "accessTokens" << "AccessToken"
                                                               << "ttl";
    QTest::addRow("between two built-in models") << "RoleMapping" << "role" << "Role" << "name";
}

void TestCanvasTiles::builtinModelsAreDrawn()
{
    QFETCH(QString, owner);
    QFETCH(QString, relation);
    QFETCH(QString, target);
    QFETCH(QString, targetRow);
    const QString fixture = QStringLiteral(RELATA_SOURCE_DIR "/tests/core/data/sampledb/user-foreign-key");
    QVERIFY2(QDir(fixture).exists(), qPrintable(fixture + QStringLiteral(" is missing")));
    QTemporaryDir dir;
    test::copyTree(fixture, dir.path());
    MainWindow window;
    QVERIFY(window.openApp(dir.path(), true));
    const RelationItem* edge = window.scene()->relationItem(owner, relation);
    QVERIFY(edge);
    QCOMPARE(edge->to()->name(), target);
    QVERIFY(!edge->to()->content().missing);
    for (const ModelItem* end : {edge->from(), edge->to()}) {
        const bool builtin = window.session()->schema().model(end->name().toStdString())->builtin;
        QCOMPARE(end->content().builtin, builtin);
        QCOMPARE(end->modelId() == ModelId::None, builtin);
    }
    const auto& rows = edge->to()->content().rows;
    QVERIFY(std::ranges::any_of(rows, [&](const PropertyRow& row) { return row.name == targetRow; }));
    // Each built-in model has a place of its own.
    for (const QGraphicsItem* item : window.scene()->items()) {
        if (item->type() == ModelItem::Type && item != edge->to())
            QVERIFY(!static_cast<const ModelItem*>(item)->sceneBox().intersects(edge->to()->sceneBox()));
    }
}

// A built-in model is dragged like any other: one undo step, saved by name
// in relata.json, where it is drawn when the app is opened again, and sent
// back to the layout's place by Auto-Layout.
void TestCanvasTiles::builtinModelsAreMovedAndSaved()
{
    const QString fixture = QStringLiteral(RELATA_SOURCE_DIR "/tests/core/data/sampledb/user-foreign-key");
    QVERIFY2(QDir(fixture).exists(), qPrintable(fixture + QStringLiteral(" is missing")));
    QTemporaryDir dir;
    test::copyTree(fixture, dir.path());
    QPointF moved;
    {
        MainWindow window;
        QVERIFY(window.openApp(dir.path(), true));
        test::Person person(window);
        QVERIFY(person.showFitted());
        const Document& document = window.session()->document();
        ModelItem* user = window.scene()->modelItem(QStringLiteral("User"));
        QVERIFY(user && user->modelId() == ModelId::None);
        const QPointF start = user->pos();
        const RelationItem* author = window.scene()->relationItem(QStringLiteral("Post"), QStringLiteral("author"));
        QVERIFY(author && author->to() == user);
        const QRectF routeBefore = author->boundingRect();

        QVERIFY(person.dragModel(QStringLiteral("User"), QPoint(160, 120)));
        moved = user->pos();
        QVERIFY(moved.x() > start.x() && moved.y() > start.y());
        const auto placed = document.diagram().builtinPlacement("User");
        QVERIFY(placed);
        QCOMPARE(QPointF(placed->x, placed->y), moved);
        window.scene()->flushRoutes();
        QVERIFY(author->boundingRect() != routeBefore);
        // No other built-in model took a place of its own for that drag.
        QCOMPARE(document.diagram().builtins().size(), std::size_t(1));

        QVERIFY(person.undo());
        QCOMPARE(user->pos(), start);
        QVERIFY(!document.diagram().builtinPlacement("User"));
        QVERIFY(person.redo());
        QCOMPARE(user->pos(), moved);
        QVERIFY(window.save());
    }
    QFile designer(QDir(dir.path()).filePath(QStringLiteral("relata.json")));
    QVERIFY(designer.open(QIODevice::ReadOnly));
    const Json saved = Json::parse(designer.readAll().toStdString());
    QCOMPARE(saved["models"]["User"]["x"].get<double>(), moved.x());
    QCOMPARE(saved["models"]["User"]["y"].get<double>(), moved.y());

    MainWindow window;
    QVERIFY(window.openApp(dir.path(), true));
    test::Person person(window);
    QVERIFY(person.showFitted());
    ModelItem* user = window.scene()->modelItem(QStringLiteral("User"));
    QVERIFY(user);
    QCOMPARE(user->pos(), moved);
    QVERIFY(!window.session()->document().isModified());

    QVERIFY(person.chooseMenu(QStringLiteral("layout")));
    QVERIFY(!window.session()->document().diagram().builtinPlacement("User"));
    QVERIFY(user->pos() != moved);
    QVERIFY(person.undo());
    QCOMPARE(user->pos(), moved);
}

QTEST_MAIN(TestCanvasTiles)
#include "tst_canvas_tiles.moc"
