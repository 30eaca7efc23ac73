#include "canvas/diagram_scene.h"
#include "canvas/diagram_view.h"
#include "canvas/model_item.h"
#include "canvas/relation_item.h"
#include "document/document.h"
#include "edit/edit_controller.h"
#include "main_window.h"
#include "problems/problems_panel.h"
#include "session.h"

#include <QApplication>
#include <QImage>
#include <QLineF>
#include <QPainterPath>
#include <QListWidget>
#include <QSet>
#include <QTest>
#include <QUndoStack>

using namespace relata;

// The whole window on the bundled sample app, as a user first sees it. With
// RELATA_SCREENSHOT set, the picture is also written there (the README's).
class TestWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void opensTheSampleApp();
    void titleShowsUnsavedEdits();

private:
    const QString m_shop = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");
};

void TestWindow::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("RelataTest"));
    QApplication::setApplicationName(QStringLiteral("tst_window"));
}

void TestWindow::opensTheSampleApp()
{
    MainWindow window;
    window.resize(1920, 1200);
    QVERIFY(window.openApp(m_shop, true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.view()->fitAll();

    const Document& document = window.session()->document();
    QCOMPARE(int(document.modelIds().size()), 22);
    auto* models = window.findChild<QListWidget*>();
    QVERIFY(models);
    QCOMPARE(models->count(), 22);
    QCOMPARE(window.problems()->visibleCount(), 0);

    // fit all: every model's box lies inside the viewport.
    const QRect viewport = window.view()->viewport()->rect();
    for (ModelId id : document.modelIds()) {
        ModelItem* item = window.scene()->modelItem(QString::fromStdString(document.modelName(id)));
        QVERIFY2(item, document.modelName(id).c_str());
        const QRect box = window.view()->mapFromScene(item->sceneBoundingRect()).boundingRect();
        QVERIFY2(viewport.adjusted(-2, -2, 2, 2).contains(box), document.modelName(id).c_str());
    }

    // No edge runs through a model's box, its own or another's.
    for (const RelationItem* edge : window.scene()->relationItems()) {
        for (const QPolygonF& part : edge->route().path.toSubpathPolygons()) {
            for (int i = 1; i < part.size(); ++i) {
                const int steps = std::max(1, int(QLineF(part[i - 1], part[i]).length() / 2));
                for (int step = 0; step <= steps; ++step) {
                    const QPointF point = part[i - 1] + (part[i] - part[i - 1]) * step / steps;
                    for (ModelId id : document.modelIds()) {
                        const ModelItem* item = window.scene()->modelItem(id);
                        QVERIFY2(!item->sceneBox().adjusted(1, 1, -1, -1).contains(point),
                                 qPrintable(QStringLiteral("%1.%2 crosses %3")
                                                .arg(edge->key().ownerName, edge->key().relation, item->name())));
                    }
                }
            }
        }
    }

    QApplication::processEvents();
    const QImage picture = window.grab().toImage();
    QVERIFY(!picture.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < picture.height(); y += 7)
        for (int x = 0; x < picture.width(); x += 7)
            colours.insert(picture.pixel(x, y));
    QVERIFY2(colours.size() > 20, "the window painted almost nothing");
    if (const QString target = qEnvironmentVariable("RELATA_SCREENSHOT"); !target.isEmpty())
        QVERIFY(picture.save(target));
}

void TestWindow::titleShowsUnsavedEdits()
{
    MainWindow window;
    QVERIFY(window.openApp(m_shop, true));
    QVERIFY(window.windowTitle().contains(QStringLiteral("shop")));
    QVERIFY(!window.isModified());
    QVERIFY(!window.isWindowModified());

    Session* session = window.session();
    const ModelId tag = session->document().findModel("Tag");
    QVERIFY(tag != ModelId::None);
    QVERIFY(session->edits().renameModel(tag, "Label"));
    QVERIFY(window.isModified());
    QVERIFY(window.isWindowModified());
    session->edits().undoStack()->undo();
    QVERIFY(!window.isModified());
    QVERIFY(!window.isWindowModified());
}

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
