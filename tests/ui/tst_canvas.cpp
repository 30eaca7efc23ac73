#include "canvas/diagram_export.h"
#include "canvas/diagram_scene.h"
#include "canvas/diagram_view.h"
#include "canvas/model_item.h"
#include "canvas/new_relation_dialog.h"
#include "canvas/relation_item.h"
#include "document/document.h"
#include "inspector/json_edit.h"
#include "edit/edit_controller.h"
#include "io/app_io.h"
#include "main_window.h"
#include "schema/schema.h"
#include "session.h"
#include "fixture_app.h"
#include "inspector/inspector_panel.h"
#include "person.h"

#include <QApplication>
#include <QPainterPath>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <QUndoStack>


using namespace relata;

Q_DECLARE_METATYPE(relata::Json)

class TestCanvas : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void relationByDrag_data();
    void relationByDrag();
    void dragOfThreeModelsIsOneStep();
    void autoLayoutUndo();
    void firstOpenPlacesRelatedModelsTogether();
    void renderSampleApp();
    void longTypesEndInAnEllipsis();
    void edgeLabelsSayTheKind_data();
    void edgeLabelsSayTheKind();
    void draggingAcrossAnEdgeReroutesIt();

private:
    QPoint viewPoint(DiagramView* view, ModelItem* item, QPointF local) const;
    void drag(DiagramView* view, QPoint from, QPoint to) const;
    bool showFitted(MainWindow& window, const test::FixtureApp& app) const;
};

void TestCanvas::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("RelataTest"));
    QApplication::setApplicationName(QStringLiteral("tst_canvas"));
}

QPoint TestCanvas::viewPoint(DiagramView* view, ModelItem* item, QPointF local) const
{
    return view->mapFromScene(item->mapToScene(local));
}

// Opens the fixture app in a shown window with the whole diagram in view.
bool TestCanvas::showFitted(MainWindow& window, const test::FixtureApp& app) const
{
    if (!window.openApp(app.path(), true))
        return false;
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.view()->fitAll();
    return true;
}

void TestCanvas::drag(DiagramView* view, QPoint from, QPoint to) const
{
    QWidget* viewport = view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    const QPoint step = (to - from) / 4;
    for (int i = 1; i <= 4; ++i) {
        QMouseEvent move(QEvent::MouseMove, from + step * i, viewport->mapToGlobal(from + step * i),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

// Each row: a drag from one model's handle onto another, the dialog's fields,
// and the entry LoopBack reads (SEMANTICS.md §2); `created` is a through model
// the same step creates.
void TestCanvas::relationByDrag_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Json>("entry");
    QTest::addColumn<QString>("created");
    QTest::addColumn<Json>("createdRelations");
    const Json tagging = {{"customer", {{"type", "belongsTo"}, {"model", "Customer"}}},
                          {"tag", {{"type", "belongsTo"}, {"model", "Tag"}}}};

    QTest::addRow("belongsTo") << "Order" << "Customer" << int(RelationChoice::BelongsTo) << QVariantMap{}
                               << "customer" << Json{{"type", "belongsTo"}, {"model", "Customer"}} << QString() << Json();
    QTest::addRow("hasOne") << "Customer" << "Address" << int(RelationChoice::HasOne) << QVariantMap{}
                            << "address" << Json{{"type", "hasOne"}, {"model", "Address"}} << QString() << Json();
    QTest::addRow("hasMany with foreign key")
        << "Customer" << "Order" << int(RelationChoice::HasMany)
        << QVariantMap{{QStringLiteral("foreignKey"), QStringLiteral("buyerId")}} << "orders"
        << Json{{"type", "hasMany"}, {"model", "Order"}, {"foreignKey", "buyerId"}} << QString() << Json();
    QTest::addRow("hasMany through, creating it")
        << "Customer" << "Tag" << int(RelationChoice::HasManyThrough)
        << QVariantMap{{QStringLiteral("through"), QStringLiteral("Tagging")}} << "tags"
        << Json{{"type", "hasMany"}, {"model", "Tag"}, {"through", "Tagging"}} << "Tagging" << tagging;
    QTest::addRow("hasAndBelongsToMany") << "Customer" << "Tag" << int(RelationChoice::HasAndBelongsToMany)
                                         << QVariantMap{} << "tags"
                                         << Json{{"type", "hasAndBelongsToMany"}, {"model", "Tag"}} << QString() << Json();
    QTest::addRow("referencesMany") << "Customer" << "Tag" << int(RelationChoice::ReferencesMany)
                                    << QVariantMap{} << "tags"
                                    << Json{{"type", "referencesMany"}, {"model", "Tag"}} << QString() << Json();
    QTest::addRow("polymorphic belongsTo")
        << "Picture" << "Customer" << int(RelationChoice::PolymorphicBelongsTo) << QVariantMap{}
        << "imageable" << Json{{"type", "belongsTo"}, {"polymorphic", true}} << QString() << Json();
    QTest::addRow("embedsOne with property")
        << "Customer" << "Address" << int(RelationChoice::EmbedsOne)
        << QVariantMap{{QStringLiteral("foreignKey"), QStringLiteral("billingAddress")}} << "addressItem"
        << Json{{"type", "embedsOne"}, {"model", "Address"}, {"property", "billingAddress"}} << QString() << Json();
    QTest::addRow("embedsMany") << "Customer" << "Address" << int(RelationChoice::EmbedsMany) << QVariantMap{}
                                << "addressList" << Json{{"type", "embedsMany"}, {"model", "Address"}}
                                << QString() << Json();
    QTest::addRow("polymorphic hasMany")
        << "Order" << "Picture" << int(RelationChoice::HasMany)
        << QVariantMap{{QStringLiteral("selector"), QStringLiteral("imageable")}} << "pictures"
        << Json{{"type", "hasMany"}, {"model", "Picture"}, {"polymorphic", "imageable"}} << QString() << Json();
    QTest::addRow("polymorphic hasOne with its keys")
        << "Order" << "Picture" << int(RelationChoice::HasOne)
        << QVariantMap{{QStringLiteral("polymorphicForeignKey"), QStringLiteral("imageableId")},
                       {QStringLiteral("discriminator"), QStringLiteral("imageableType")}}
        << "picture"
        << Json{{"type", "hasOne"},
                {"model", "Picture"},
                {"polymorphic", {{"foreignKey", "imageableId"}, {"discriminator", "imageableType"}}}}
        << QString() << Json();
    QTest::addRow("hasMany through with keyThrough")
        << "Customer" << "Tag" << int(RelationChoice::HasManyThrough)
        << QVariantMap{{QStringLiteral("through"), QStringLiteral("Tagging")},
                       {QStringLiteral("keyThrough"), QStringLiteral("labelId")}}
        << "tags" << Json{{"type", "hasMany"}, {"model", "Tag"}, {"through", "Tagging"}, {"keyThrough", "labelId"}}
        << "Tagging"
        << Json{{"customer", {{"type", "belongsTo"}, {"model", "Customer"}}},
                {"label", {{"type", "belongsTo"}, {"model", "Tag"}, {"foreignKey", "labelId"}}}};
    QTest::addRow("hasMany with scope and properties")
        << "Customer" << "Order" << int(RelationChoice::HasMany)
        << QVariantMap{{QStringLiteral("scope"), QStringLiteral(R"({"order": "total DESC", "limit": 5})")},
                       {QStringLiteral("properties"), QStringLiteral(R"({"name": "customerName"})")}}
        << "orders"
        << Json{{"type", "hasMany"},
                {"model", "Order"},
                {"scope", {{"order", "total DESC"}, {"limit", 5}}},
                {"properties", {{"name", "customerName"}}}}
        << QString() << Json();
}

void TestCanvas::relationByDrag()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(int, kind);
    QFETCH(QVariantMap, fields);
    QFETCH(QString, name);
    QFETCH(Json, entry);
    QFETCH(QString, created);
    QFETCH(Json, createdRelations);

    test::FixtureApp app;
    MainWindow window;
    QVERIFY(showFitted(window, app));
    DiagramView* view = window.view();
    Document& document = window.session()->document();
    const auto before = test::renderedFiles(document);

    ModelItem* from = window.scene()->modelItem(source);
    ModelItem* to = window.scene()->modelItem(target);
    QVERIFY(from && to);
    bool dialogSeen = false;
    bool valid = false;
    QString problems;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<NewRelationDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogSeen = true;
        auto* kinds = dialog->findChild<QComboBox*>(QStringLiteral("kind"));
        kinds->setCurrentIndex(kinds->findData(kind));
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (auto* edit = dialog->findChild<QLineEdit*>(it.key()))
                edit->setText(it.value().toString());
            else if (auto* combo = dialog->findChild<QComboBox*>(it.key()))
                combo->setEditText(it.value().toString());
            else if (auto* json = dialog->findChild<JsonEdit*>(it.key()))
                json->setPlainText(it.value().toString());
        }
        dialog->refreshPreview();
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("name"))->text(), name);
        for (const Diagnostic& problem : dialog->preview().problems)
            problems += QString::fromStdString(problem.message) + u'\n';
        valid = !dialog->preview().hasErrors();
        dialog->accept();
    });
    drag(view, viewPoint(view, from, from->handleCenter()), viewPoint(view, to, to->box().center()));
    QVERIFY(dialogSeen);
    QVERIFY2(valid, qPrintable(problems));

    const Json& model = document.model(document.findModel(source.toStdString()));
    QVERIFY(model.contains("relations"));
    QCOMPARE(QString::fromStdString(model["relations"].value(name.toStdString(), Json()).dump()),
             QString::fromStdString(entry.dump()));
    if (!created.isEmpty()) {
        const ModelId through = document.findModel(created.toStdString());
        QVERIFY(through != ModelId::None);
        const Json& relations = document.model(through)["relations"];
        QCOMPARE(QString::fromStdString(relations.dump()), QString::fromStdString(createdRelations.dump()));
    }
    const schema::Model* compiled = window.session()->schema().model(source.toStdString());
    QVERIFY(compiled && compiled->relation(name.toStdString()));
    QCOMPARE(window.session()->edits().undoStack()->count(), 1);

    window.session()->edits().undoStack()->undo();
    QVERIFY(test::renderedFiles(document) == before);
}

void TestCanvas::dragOfThreeModelsIsOneStep()
{
    test::FixtureApp app;
    MainWindow window;
    QVERIFY(showFitted(window, app));
    DiagramView* view = window.view();
    DiagramScene* scene = window.scene();
    Document& document = window.session()->document();
    const auto before = test::renderedFiles(document);
    const QStringList names = {QStringLiteral("Customer"), QStringLiteral("Order"), QStringLiteral("Tag")};
    std::map<QString, NodePlacement> start;
    for (const QString& name : names) {
        ModelItem* item = scene->modelItem(name);
        item->setSelected(true);
        start[name] = *document.diagram().placement(item->modelId());
    }
    ModelItem* grabbed = scene->modelItem(QStringLiteral("Order"));
    const QPoint from = viewPoint(view, grabbed, QPointF(60, 30));
    drag(view, from, from + QPoint(80, 40));

    QUndoStack* stack = window.session()->edits().undoStack();
    QCOMPARE(stack->count(), 1);
    for (const QString& name : names) {
        const NodePlacement moved = *document.diagram().placement(scene->modelItem(name)->modelId());
        QVERIFY(moved.x > start[name].x);
        QVERIFY(moved.y > start[name].y);
    }
    const NodePlacement untouched = *document.diagram().placement(document.findModel("Picture"));
    QCOMPARE(untouched.x, 1200.0);
    stack->undo();
    for (const QString& name : names) {
        const NodePlacement back = *document.diagram().placement(scene->modelItem(name)->modelId());
        QCOMPARE(back, start[name]);
        QCOMPARE(scene->modelItem(name)->pos(), QPointF(back.x, back.y));
    }
    QVERIFY(test::renderedFiles(document) == before);
}

void TestCanvas::autoLayoutUndo()
{
    test::FixtureApp app;
    MainWindow window;
    QVERIFY(window.openApp(app.path(), true));
    Document& document = window.session()->document();
    const ModelId picture = document.findModel("Picture");
    NodePlacement pinned = *document.diagram().placement(picture);
    pinned.pinned = true;
    window.session()->edits().setPlacements({{picture, pinned}}, QStringLiteral("pin"));
    const auto before = test::renderedFiles(document);
    QUndoStack* stack = window.session()->edits().undoStack();
    const int steps = stack->count();

    window.scene()->autoLayout(false);
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(*document.diagram().placement(picture), pinned);
    std::vector<QRectF> boxes;
    for (ModelId id : document.modelIds())
        boxes.push_back(window.scene()->modelItem(id)->sceneBox());
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        for (std::size_t j = i + 1; j < boxes.size(); ++j)
            QVERIFY2(!boxes[i].intersects(boxes[j]), "auto-layout left two models overlapping");
    }
    QVERIFY(test::renderedFiles(document) != before);
    stack->undo();
    QVERIFY(test::renderedFiles(document) == before);
}

// An app without relata.json opens laid out by its relations (Graphviz dot),
// not in a grid: related models sit much closer together than models do on
// average. A grid gives a ratio near 1.
void TestCanvas::firstOpenPlacesRelatedModelsTogether()
{
    QTemporaryDir dir;
    test::copyTree(QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop"), dir.path());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("relata.json"))));
    MainWindow window;
    QVERIFY(window.openApp(dir.path(), true));
    const DiagramScene& scene = *window.scene();
    const auto distance = [](const ModelItem* a, const ModelItem* b) {
        return QLineF(a->sceneBox().center(), b->sceneBox().center()).length();
    };
    double related = 0;
    int relatedPairs = 0;
    for (const RelationItem* edge : scene.relationItems()) {
        if (edge->from() != edge->to()) {
            related += distance(edge->from(), edge->to());
            ++relatedPairs;
        }
    }
    double any = 0;
    int pairs = 0;
    const std::vector<ModelId> ids = window.session()->document().modelIds();
    for (std::size_t i = 0; i < ids.size(); ++i) {
        for (std::size_t j = i + 1; j < ids.size(); ++j) {
            any += distance(scene.modelItem(ids[i]), scene.modelItem(ids[j]));
            ++pairs;
        }
    }
    QVERIFY(relatedPairs > 20 && pairs > 200);
    const double ratio = (related / relatedPairs) / (any / pairs);
    QVERIFY2(ratio < 0.6, qPrintable(QStringLiteral("related models are %1 of the mean distance apart").arg(ratio)));
}

void TestCanvas::renderSampleApp()
{
    const QString sample = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");
    QVERIFY2(QDir(sample).exists(), "the sample app resources/samples/shop is missing");
    QTemporaryDir out;
    const QString svg = out.filePath(QStringLiteral("shop.svg"));
    QProcess cli;
    cli.start(QStringLiteral(RELATA_CLI), {QStringLiteral("render"), sample, QStringLiteral("--out"), svg});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());

    Session session(io::read(sample));
    int names = 0;
    for (const schema::Model& model : session.schema().models()) {
        if (model.id == ModelId::None)
            continue;
        QVERIFY2(text.contains(QStringLiteral(">%1<").arg(QString::fromStdString(model.name))),
                 qPrintable(QString::fromStdString(model.name)));
        ++names;
        for (const schema::Relation& relation : model.relations) {
            // The belongsTo pair LoopBack adds to a HABTM through model is drawn
            // as the HABTM edge it belongs to, not under names of its own.
            if (relation.generated)
                continue;
            QVERIFY2(text.contains(QStringLiteral(">%1<").arg(QString::fromStdString(relation.name))),
                     qPrintable(QString::fromStdString(model.name + "." + relation.name)));
            ++names;
        }
    }
    QVERIFY(names > 20);
}

// A type wider than the widest box is cut with an ellipsis, not drawn over
// the property's name.
void TestCanvas::longTypesEndInAnEllipsis()
{
    QTemporaryDir dir;
    const QString type = QStringLiteral("[SomeVeryLongEmbeddedModelTypeNameThatNoBoxCanHold]");
    QFile file(dir.filePath(QStringLiteral("thing.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"name": "Thing", "properties": {"parts": {"type": "%1"}}})").arg(type).toUtf8());
    file.close();
    const QString svg = dir.filePath(QStringLiteral("thing.svg"));
    QProcess cli;
    cli.start(QStringLiteral(RELATA_CLI), {QStringLiteral("render"), dir.path(), QStringLiteral("--out"), svg});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QFile picture(svg);
    QVERIFY(picture.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(picture.readAll());
    QVERIFY(text.contains(QStringLiteral(">parts<")));
    QVERIFY2(!text.contains(QStringLiteral("NoBoxCanHold")), "the whole type is drawn");
    QVERIFY(text.contains(QStringLiteral("…")));
}

// Every relation type reads on its edge in words, not only by colour and end
// glyphs, and the words are in the exported picture.
void TestCanvas::edgeLabelsSayTheKind_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<QString>("kind");
    QTest::addRow("belongsTo") << "Order" << "customer" << QStringLiteral("* — 1");
    QTest::addRow("hasOne") << "Customer" << "profile" << QStringLiteral("1 — 1");
    QTest::addRow("hasMany") << "Customer" << "orders" << QStringLiteral("1 — *");
    QTest::addRow("hasMany through") << "Physician" << "patients" << QStringLiteral("* — * through Appointment");
    QTest::addRow("hasAndBelongsToMany") << "Product" << "tags" << QStringLiteral("* — * through ProductTag");
    QTest::addRow("referencesMany") << "Customer" << "favorites" << QStringLiteral("ids of *");
    QTest::addRow("embedsOne") << "Customer" << "address" << QStringLiteral("embeds 1");
    QTest::addRow("embedsMany") << "Customer" << "emails" << QStringLiteral("embeds *");
    QTest::addRow("polymorphic hasMany") << "Author" << "pictures" << QStringLiteral("1 — *");
    QTest::addRow("polymorphic belongsTo") << "Picture" << "imageable" << QStringLiteral("* — 1");
}

void TestCanvas::edgeLabelsSayTheKind()
{
    QFETCH(QString, owner);
    QFETCH(QString, relation);
    QFETCH(QString, kind);
    const QString sample = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");
    MainWindow window;
    QVERIFY(window.openApp(sample, true));
    const RelationItem* edge = window.scene()->relationItem(owner, relation);
    QVERIFY(edge);
    QCOMPARE(edge->style().kind, kind);
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("shop.svg"));
    QCOMPARE(exportDiagram(*window.scene(), svg), QString());
    QFile picture(svg);
    QVERIFY(picture.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(picture.readAll()).contains(QStringLiteral(">%1<").arg(kind.toHtmlEscaped())));
}

// Another model dropped onto an edge pushes the edge round it, and the edge
// comes back once the model moves away again.
void TestCanvas::draggingAcrossAnEdgeReroutesIt()
{
    test::FixtureApp app;
    MainWindow window;
    QVERIFY(showFitted(window, app));
    DiagramScene* scene = window.scene();
    RelationItem* edge = nullptr;
    ModelItem* other = nullptr;
    for (RelationItem* candidate : scene->relationItems()) {
        if (candidate->via() || candidate->from() == candidate->to())
            continue;
        for (const QString& name : {QStringLiteral("Tag"), QStringLiteral("Address"), QStringLiteral("Picture"), QStringLiteral("Order")}) {
            ModelItem* item = scene->modelItem(name);
            if (item && !candidate->touches(item)) {
                edge = candidate;
                other = item;
                break;
            }
        }
        if (edge)
            break;
    }
    QVERIFY(edge && other);
    const QPainterPath before = edge->shape();
    const auto crosses = [&] {
        const QRectF box = other->sceneBox().adjusted(1, 1, -1, -1);
        const QPainterPath path = edge->route().path;
        for (int step = 1; step < 400; ++step) {
            if (box.contains(path.pointAtPercent(step / 400.0)))
                return true;
        }
        return false;
    };
    const QPointF home = other->pos();
    const QPointF middle = edge->route().path.pointAtPercent(0.5);
    QVERIFY(!crosses());
    DiagramView* view = window.view();
    const QPointF grip = other->box().topLeft() + QPointF(other->box().width() / 2, 10);
    drag(view, viewPoint(view, other, grip), view->mapFromScene(middle));
    QTRY_VERIFY(other->sceneBox().contains(middle) || other->pos() != home);
    QTRY_VERIFY(!crosses());
    QVERIFY(edge->shape() != before);
    window.session()->edits().undoStack()->undo();
    QCOMPARE(other->pos(), home);
    QTRY_COMPARE(edge->shape(), before);
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
