#include "canvas/diagram_export.h"
#include "canvas/diagram_scene.h"
#include "canvas/drawing.h"
#include "canvas/model_item.h"
#include "canvas/relation_item.h"
#include "document/document.h"
#include "fixture_app.h"
#include "io/app_io.h"
#include "session.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFontInfo>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <vector>

using namespace relata;

class TestDiagramExport : public QObject {
    Q_OBJECT

private slots:
    void svgHoldsTheScene_data();
    void svgHoldsTheScene();
    void textIsTheCanvasSize_data();
    void textIsTheCanvasSize();
    void namesXmlCannotHoldAreEscaped();
};

namespace {

// What an exported SVG shows, in scene coordinates: its texts with their font
// sizes, the first and last point of each path, the size a browser shows it
// at 100 % (in CSS pixels) and the part of the scene that fills that size.
struct SvgContent {
    QStringList texts;
    std::vector<double> fontSizes;
    std::vector<std::pair<QPointF, QPointF>> pathEnds;
    QSizeF cssSize;
    QRectF viewBox;
    QString error;
};

// A length as CSS reads it: a pixel is 1/96 inch.
double cssPixels(QStringView length)
{
    static const std::pair<const char*, double> units[] = {{"px", 1}, {"mm", 96 / 25.4}, {"cm", 96 / 2.54},
                                                           {"in", 96}, {"pt", 96.0 / 72}, {"pc", 16}};
    for (const auto& [unit, pixels] : units) {
        if (length.endsWith(QLatin1String(unit)))
            return length.chopped(2).toDouble() * pixels;
    }
    return length.toDouble();
}

std::vector<QPointF> pathPoints(const QString& d)
{
    static const QRegularExpression number(QStringLiteral(R"([-+]?[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)"));
    std::vector<double> values;
    for (const auto& match : number.globalMatch(d))
        values.push_back(match.captured().toDouble());
    std::vector<QPointF> points;
    for (std::size_t i = 0; i + 1 < values.size(); i += 2)
        points.emplace_back(values[i], values[i + 1]);
    return points;
}

SvgContent readSvg(const QByteArray& svg)
{
    // translate(x,y), or the same as matrix(1,0,0,1,x,y).
    static const QRegularExpression translate(
        QStringLiteral(R"(^(?:translate\(|matrix\(1,0,0,1,)([^,]+),([^)]+)\)$)"));
    SvgContent content;
    std::vector<QPointF> origins{QPointF()};
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("g")) {
            origins.pop_back();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == QLatin1String("svg")) {
            content.cssSize = QSizeF(cssPixels(attributes.value(QStringLiteral("width"))),
                                     cssPixels(attributes.value(QStringLiteral("height"))));
            const QStringList box = attributes.value(QStringLiteral("viewBox")).toString().split(u' ');
            if (box.size() == 4)
                content.viewBox = QRectF(box[0].toDouble(), box[1].toDouble(), box[2].toDouble(), box[3].toDouble());
        } else if (xml.name() == QLatin1String("g")) {
            QPointF origin = origins.back();
            if (attributes.hasAttribute(QStringLiteral("transform"))) {
                const auto match = translate.match(attributes.value(QStringLiteral("transform")).toString());
                if (!match.hasMatch()) {
                    content.error = QStringLiteral("a group transform that is not a translation");
                    return content;
                }
                origin += QPointF(match.captured(1).toDouble(), match.captured(2).toDouble());
            }
            origins.push_back(origin);
        } else if (xml.name() == QLatin1String("path")) {
            const std::vector<QPointF> points = pathPoints(attributes.value(QStringLiteral("d")).toString());
            if (!points.empty())
                content.pathEnds.emplace_back(points.front() + origins.back(), points.back() + origins.back());
        } else if (xml.name() == QLatin1String("text")) {
            content.fontSizes.push_back(attributes.value(QStringLiteral("font-size")).toDouble());
            content.texts << xml.readElementText();
        }
    }
    if (xml.hasError())
        content.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return content;
}

// A model's name is whole, or cut with an ellipsis when the box cannot hold it.
bool showsName(const QStringList& texts, const QString& name)
{
    return std::ranges::any_of(texts, [&](const QString& text) {
        return text == name || (text.endsWith(QChar(0x2026)) && name.startsWith(text.chopped(1)));
    });
}

// The SVG writes six significant digits.
bool near(QPointF written, QPointF exact)
{
    return QLineF(written, exact).length() <= 0.01 + 1e-5 * (std::abs(exact.x()) + std::abs(exact.y()));
}

// Each line of text the items draw, with the pixel sizes the canvas draws it
// at: what Qt draws a font at on the screen.
class CanvasTextSizes final : public Drawing {
public:
    std::map<QString, std::set<int>> pixels;

    void setPen(const QPen&) override {}
    void setBrush(const QBrush&) override {}
    void setFont(const QFont& font) override { m_pixels = QFontInfo(font).pixelSize(); }
    void drawPath(const QPainterPath&) override {}
    void drawRoundedRect(const QRectF&, double) override {}
    void drawLine(QPointF, QPointF) override {}
    void drawPolygon(const QPointF*, int) override {}
    void drawEllipse(QPointF, double) override {}
    void fillRect(const QRectF&, const QColor&) override {}
    void drawText(const QRectF&, int, const QString& text) override
    {
        for (const QString& line : text.split(u'\n'))
            pixels[line].insert(m_pixels);
    }

private:
    int m_pixels = 0;
};

// The application font for one row, put back when the row ends.
class ApplicationFont {
public:
    explicit ApplicationFont(double pointSize)
        : m_saved(QApplication::font())
    {
        QFont font = m_saved;
        font.setPointSizeF(pointSize);
        QApplication::setFont(font);
    }
    ~ApplicationFont() { QApplication::setFont(m_saved); }

private:
    QFont m_saved;
};

} // namespace

// Each row an app: the SVG parses (as XML and for QSvgRenderer) and holds
// every model's name (stubs of missing models included, as text), every
// relation's name and kind, and every edge as a path from the route's first
// point to its last, in the scene's coordinates.
void TestDiagramExport::svgHoldsTheScene_data()
{
    QTest::addColumn<QString>("app");
    const QString sample = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");
    QVERIFY2(QDir(sample).exists(), "the sample app resources/samples/shop is missing");
    QTest::newRow("sample shop") << sample;
    test::addCorpusAppRows();
}

void TestDiagramExport::svgHoldsTheScene()
{
    QFETCH(QString, app);
    if (test::corpusMissing(app))
        return;
    std::unique_ptr<Document> document = io::read(app);
    QVERIFY(document);
    Session session(std::move(document));
    DiagramScene scene(&session);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diagram.svg"));
    QCOMPARE(exportDiagram(scene, path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(QSvgRenderer(svg).isValid());
    const SvgContent content = readSvg(svg);
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));

    int models = 0;
    for (const QGraphicsItem* item : scene.items()) {
        if (item->type() != ModelItem::Type)
            continue;
        const QString& name = static_cast<const ModelItem*>(item)->name();
        QVERIFY2(showsName(content.texts, name), qPrintable(name));
        ++models;
    }
    QVERIFY(models > 0);
    for (const RelationItem* edge : scene.relationItems()) {
        const QString where = edge->key().ownerName + u'.' + edge->label();
        QVERIFY2(content.texts.contains(edge->label()), qPrintable(where));
        QVERIFY2(edge->style().kind.isEmpty() || content.texts.contains(edge->style().kind), qPrintable(where));
        const QPainterPath& route = edge->route().path;
        QVERIFY(route.elementCount() > 1);
        const QPointF first = route.elementAt(0);
        const QPointF last = route.elementAt(route.elementCount() - 1);
        QVERIFY2(std::ranges::any_of(content.pathEnds,
                                     [&](const auto& ends) { return near(ends.first, first) && near(ends.second, last); }),
                 qPrintable(where));
    }
}

// Each row an application font size. A browser at 100 % shows the SVG with a
// user unit as a CSS pixel, as the canvas at 100 % shows a scene unit as a
// pixel: the boxes have the canvas's size. Every text is written in the pixel
// size the canvas draws it at, so it has the canvas's size too (not the size
// of its points at 72 dpi, 3/4 of it on a 96 dpi screen).
void TestDiagramExport::textIsTheCanvasSize_data()
{
    QTest::addColumn<double>("pointSize");
    QTest::newRow("7 pt") << 7.0;
    QTest::newRow("9 pt") << 9.0;
    QTest::newRow("10.5 pt") << 10.5;
    QTest::newRow("14 pt") << 14.0;
}

void TestDiagramExport::textIsTheCanvasSize()
{
    QFETCH(double, pointSize);
    const ApplicationFont font(pointSize);
    Session session(io::read(QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop")));
    DiagramScene scene(&session);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diagram.svg"));
    QCOMPARE(exportDiagram(scene, path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const SvgContent content = readSvg(file.readAll());
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
    QVERIFY(!content.viewBox.isEmpty());
    QVERIFY2(std::abs(content.cssSize.width() - content.viewBox.width()) < 0.01
                 && std::abs(content.cssSize.height() - content.viewBox.height()) < 0.01,
             qPrintable(QStringLiteral("shown at %1 x %2 px, the scene's %3 x %4")
                            .arg(content.cssSize.width())
                            .arg(content.cssSize.height())
                            .arg(content.viewBox.width())
                            .arg(content.viewBox.height())));

    CanvasTextSizes canvas;
    for (const QGraphicsItem* item : scene.items()) {
        if (item->type() == ModelItem::Type)
            static_cast<const ModelItem*>(item)->draw(canvas);
        else if (item->type() == RelationItem::Type)
            static_cast<const RelationItem*>(item)->draw(canvas, 1);
    }
    QVERIFY(!content.texts.isEmpty());
    for (qsizetype i = 0; i < content.texts.size(); ++i) {
        const QString& text = content.texts[i];
        const std::set<int>& drawn = canvas.pixels[text];
        QVERIFY2(!drawn.empty(), qPrintable(text));
        QVERIFY2(drawn.contains(int(content.fontSizes[i])) && content.fontSizes[i] == int(content.fontSizes[i]),
                 qPrintable(QStringLiteral("%1: font-size %2, the canvas draws it at %3 px")
                                .arg(text)
                                .arg(content.fontSizes[i])
                                .arg(*drawn.begin())));
    }
}

// Names are the user's: markup characters are escaped, characters XML 1.0
// cannot hold at all become U+FFFD, and the file still parses.
void TestDiagramExport::namesXmlCannotHoldAreEscaped()
{
    QTemporaryDir dir;
    const auto write = [&](const QString& name, const QByteArray& text) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(QStringLiteral("cafe.json"), R"({"name": "Caf\u00e9&<Co>", "properties": {"na\u0001me": "string"},
        "relations": {"r&d<x>": {"type": "hasMany", "model": "B\u00e4r"}}})");
    write(QStringLiteral("bear.json"), R"({"name": "B\u00e4r", "properties": {"x": "string"}})");
    Session session(io::read(dir.path()));
    DiagramScene scene(&session);
    const QString path = dir.filePath(QStringLiteral("diagram.svg"));
    QCOMPARE(exportDiagram(scene, path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const SvgContent content = readSvg(file.readAll());
    QVERIFY2(content.error.isEmpty(), qPrintable(content.error));
    for (const QString& text : {QStringLiteral("Caf\u00e9&<Co>"), QStringLiteral("r&d<x>"), QStringLiteral("B\u00e4r"),
                                QStringLiteral("na\ufffdme")})
        QVERIFY2(content.texts.contains(text), qPrintable(text));
}

QTEST_MAIN(TestDiagramExport)
#include "tst_diagram_export.moc"
