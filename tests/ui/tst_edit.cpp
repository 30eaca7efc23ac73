#include "canvas/diagram_scene.h"
#include "canvas/model_item.h"
#include "document/document.h"
#include "edit/edit_controller.h"
#include "io/app_io.h"
#include "main_window.h"
#include "session.h"
#include "fixture_app.h"

#include <QApplication>
#include <QTest>
#include <QUndoStack>

using namespace relata;

class TestEdit : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void deleteAndUndo();
    void renameAndUndo();
    void addRelationThenRemove();
    void duplicateAndUndo();
    void saveWritesOnlyChangedFiles();
    void reopenRestoresPositions();
};

namespace {

std::unique_ptr<Session> open(const test::FixtureApp& app)
{
    std::unique_ptr<Document> document = io::read(app.path());
    return document ? std::make_unique<Session>(std::move(document)) : nullptr;
}

std::string relationTarget(const Document& document, const std::string& model, const std::string& relation)
{
    const Json& value = document.model(document.findModel(model));
    return value["relations"][relation].value("model", std::string());
}

} // namespace

void TestEdit::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("RelataTest"));
    QApplication::setApplicationName(QStringLiteral("tst_edit"));
}

void TestEdit::deleteAndUndo()
{
    test::FixtureApp app;
    auto session = open(app);
    QVERIFY(session);
    Document& document = session->document();
    EditController& edits = session->edits();
    edits.addRelation({document.findModel("Order"), "customer", {{"type", "belongsTo"}, {"model", "Customer"}}, {}, {}});
    const auto before = test::renderedFiles(document);
    const DiagramLayout layout = document.diagram();
    const ModelId customer = document.findModel("Customer");

    const auto orphans = edits.relationsOrphanedBy({customer});
    QCOMPARE(orphans.size(), std::size_t(1));
    QCOMPARE(orphans.front().modelName, std::string("Order"));
    QCOMPARE(orphans.front().relation, std::string("customer"));
    const int steps = edits.undoStack()->count();
    edits.removeModels({customer});
    QCOMPARE(edits.undoStack()->count(), steps + 1);
    QVERIFY(!document.contains(customer));
    QVERIFY(!document.modelConfig()->value().contains("Customer"));
    QVERIFY(!document.model(document.findModel("Order"))["relations"].contains("customer"));

    edits.undoStack()->undo();
    QVERIFY(document.contains(customer));
    QVERIFY(test::renderedFiles(document) == before);
    QVERIFY(document.diagram() == layout);
    edits.undoStack()->redo();
    QVERIFY(!document.contains(customer));
    edits.undoStack()->undo();
    QVERIFY(test::renderedFiles(document) == before);
}

void TestEdit::renameAndUndo()
{
    test::FixtureApp app;
    auto session = open(app);
    QVERIFY(session);
    Document& document = session->document();
    EditController& edits = session->edits();
    const ModelId order = document.findModel("Order");
    edits.addRelation({order, "customer", {{"type", "belongsTo"}, {"model", "Customer"}}, {}, {}});
    edits.addRelation({document.findModel("Tag"), "owners",
                       {{"type", "hasMany"}, {"model", "Customer"}, {"through", "Order"}}, {}, {}});
    const auto before = test::renderedFiles(document);
    const ModelId customer = document.findModel("Customer");
    const int steps = edits.undoStack()->count();

    QVERIFY(!edits.renameModel(customer, "Order"));
    QVERIFY(!edits.renameModel(customer, "Bad Name"));
    QCOMPARE(edits.undoStack()->count(), steps);
    QVERIFY(edits.renameModel(customer, "Client"));
    QCOMPARE(edits.undoStack()->count(), steps + 1);
    QCOMPARE(document.modelName(customer), std::string("Client"));
    QCOMPARE(relationTarget(document, "Order", "customer"), std::string("Client"));
    QCOMPARE(relationTarget(document, "Tag", "owners"), std::string("Client"));
    QVERIFY(document.modelConfig()->value().contains("Client"));
    QVERIFY(!document.modelConfig()->value().contains("Customer"));
    QCOMPARE(session->schema().model(customer)->name, std::string("Client"));

    edits.undoStack()->undo();
    QVERIFY(test::renderedFiles(document) == before);
}

void TestEdit::addRelationThenRemove()
{
    test::FixtureApp app;
    auto session = open(app);
    QVERIFY(session);
    Document& document = session->document();
    EditController& edits = session->edits();
    const ModelId customer = document.findModel("Customer");
    const auto before = test::renderedFiles(document);
    edits.addRelation({customer, "orders", {{"type", "hasMany"}, {"model", "Order"}}, {}, {}});
    edits.setRelation(customer, "orders", "purchases", {{"type", "hasMany"}, {"model", "Order"}, {"foreignKey", "buyerId"}});
    const Json& relations = document.model(customer)["relations"];
    QCOMPARE(QString::fromStdString(relations.dump()),
             QStringLiteral(R"({"pictures":{"type":"hasMany","model":"Picture","polymorphic":"imageable"},)"
                            R"("purchases":{"type":"hasMany","model":"Order","foreignKey":"buyerId"}})"));
    edits.removeRelation(customer, "purchases");
    QCOMPARE(edits.undoStack()->count(), 3);
    while (edits.undoStack()->canUndo())
        edits.undoStack()->undo();
    QVERIFY(test::renderedFiles(document) == before);
}

void TestEdit::duplicateAndUndo()
{
    test::FixtureApp app;
    auto session = open(app);
    QVERIFY(session);
    Document& document = session->document();
    EditController& edits = session->edits();
    const auto before = test::renderedFiles(document);
    const auto copies = edits.duplicateModels({document.findModel("Tag"), document.findModel("Order")}, 40, 40);
    QCOMPARE(copies.size(), std::size_t(2));
    QCOMPARE(document.modelName(copies[0]), std::string("TagCopy"));
    QCOMPARE(document.modelFile(copies[1]).relativePath(), QStringLiteral("common/models/order-copy.json"));
    QCOMPARE(document.diagram().placement(copies[0])->x, 40.0);
    QVERIFY(document.modelConfig()->value().contains("OrderCopy"));
    QCOMPARE(edits.undoStack()->count(), 1);
    edits.undoStack()->undo();
    QVERIFY(test::renderedFiles(document) == before);
}

void TestEdit::saveWritesOnlyChangedFiles()
{
    test::FixtureApp app;
    MainWindow window;
    QVERIFY(window.openApp(app.path(), true));
    const auto onDisk = test::filesOnDisk(app.path());
    Document& document = window.session()->document();
    window.session()->edits().addProperty(document.findModel("Tag"), "color", Json{{"type", "string"}});
    QVERIFY(window.isModified());
    QVERIFY(window.save());
    QVERIFY(!window.isModified());
    const auto after = test::filesOnDisk(app.path());
    QCOMPARE(after.size(), onDisk.size());
    for (const auto& [path, bytes] : after) {
        if (path == QLatin1String("common/models/tag.json")) {
            QVERIFY(bytes != onDisk.at(path));
            QVERIFY(bytes.contains("\"color\": {\"type\": \"string\"}") || bytes.contains("\"color\""));
        } else {
            QCOMPARE(path + u'\n' + QString::fromUtf8(bytes), path + u'\n' + QString::fromUtf8(onDisk.at(path)));
        }
    }
}

void TestEdit::reopenRestoresPositions()
{
    test::FixtureApp app;
    std::map<std::string, NodePlacement> placed;
    {
        MainWindow window;
        QVERIFY(window.openApp(app.path(), true));
        Document& document = window.session()->document();
        std::map<ModelId, NodePlacement> moves;
        double x = 13.25;
        for (ModelId id : document.modelIds()) {
            NodePlacement placement = *document.diagram().placement(id);
            placement.x = x;
            placement.y = -x / 2;
            placement.collapsed = id == document.findModel("Order");
            moves[id] = placement;
            placed[document.modelName(id)] = placement;
            x += 311.5;
        }
        window.session()->edits().setPlacements(moves, QStringLiteral("move"));
        QVERIFY(window.save());
    }
    MainWindow reopened;
    QVERIFY(reopened.openApp(app.path(), true));
    Document& document = reopened.session()->document();
    for (const auto& [name, placement] : placed) {
        const ModelId id = document.findModel(name);
        QCOMPARE(*document.diagram().placement(id), placement);
        QCOMPARE(reopened.scene()->modelItem(id)->pos(), QPointF(placement.x, placement.y));
    }
    QVERIFY(reopened.scene()->modelItem(QStringLiteral("Order"))->content().collapsed);
}

QTEST_MAIN(TestEdit)
#include "tst_edit.moc"
