#include "canvas/diagram_export.h"

#include "canvas/diagram_scene.h"
#include "canvas/model_item.h"
#include "canvas/relation_item.h"
#include "io/app_io.h"

#include <QApplication>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QFontInfo>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSvgGenerator>

#include <algorithm>
#include <cstdlib>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace relata {
namespace {

constexpr double margin = 24;
constexpr double pngScale = 2;
constexpr int maxPngSide = 16000;

// Free functions have no tr(): they translate in this context, which lupdate sees.
struct DiagramExport {
    Q_DECLARE_TR_FUNCTIONS(relata::DiagramExport)
};

// Qt's "Sans Serif" is an alias no SVG viewer knows: the font it resolves
// to here names a family that exists.
QFont realFamily(const QFont& font)
{
    QFont real = font;
    real.setFamilies({QFontInfo(font).family()});
    return real;
}

// Hides what is not exported, clears the selection (its colours are not
// part of the diagram), hides the on-screen controls and draws with real
// font families; restores all of it when it goes out of scope.
class ExportState {
public:
    ExportState(DiagramScene& scene, bool selectionOnly)
        : m_scene(scene)
        , m_font(QApplication::font())
    {
        m_selected = scene.selectedItems();
        if (selectionOnly) {
            for (QGraphicsItem* item : scene.items()) {
                if (!item->isVisible() || keeps(item))
                    continue;
                item->hide();
                m_hidden.push_back(item);
            }
        }
        scene.clearSelection();
        scene.setCaching(false);
        scene.setExporting(true);
        QApplication::setFont(realFamily(m_font));
    }
    ~ExportState()
    {
        QApplication::setFont(m_font);
        m_scene.setExporting(false);
        for (QGraphicsItem* item : m_hidden)
            item->show();
        for (QGraphicsItem* item : m_selected)
            item->setSelected(true);
        m_scene.setCaching(true);
    }

private:
    bool keeps(QGraphicsItem* item) const
    {
        if (item->type() == RelationItem::Type) {
            auto* edge = static_cast<RelationItem*>(item);
            return edge->isSelected()
                   || (edge->from()->isSelected() && edge->to()->isSelected()
                       && (!edge->via() || edge->via()->isSelected()));
        }
        return item->isSelected();
    }

    DiagramScene& m_scene;
    const QFont m_font;
    QList<QGraphicsItem*> m_selected;
    std::vector<QGraphicsItem*> m_hidden;
};

// The drawing is made in memory and written atomically, so a full disk or a
// failed write leaves the file that was there.
QString writeSvg(DiagramScene& scene, QBuffer& out, const QString& path, const QRectF& source)
{
    QSvgGenerator generator;
    generator.setOutputDevice(&out);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(DiagramExport::tr("Relata diagram"));
    QPainter painter;
    if (!painter.begin(&generator))
        return DiagramExport::tr("%1: cannot write the file").arg(path);
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), QApplication::palette().color(QPalette::Base));
    scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return {};
}

// Opaque, so the PNG holds no alpha channel and the pixels go to the encoder
// as they are, without a converted copy. A picture is tens of megabytes:
// on Linux it asks for huge pages, since faulting it in 4 KiB at a time
// costs more than drawing it.
QImage pictureImage(QSize size)
{
#ifdef Q_OS_LINUX
    constexpr std::size_t hugePage = 2 * 1024 * 1024;
    const qsizetype bytesPerLine = qsizetype(size.width()) * 4;
    const std::size_t bytes = (std::size_t(bytesPerLine) * std::size_t(size.height()) + hugePage - 1) / hugePage * hugePage;
    if (!size.isEmpty()) {
        if (void* data = std::aligned_alloc(hugePage, bytes)) {
            madvise(data, bytes, MADV_HUGEPAGE);
            return QImage(static_cast<uchar*>(data), size.width(), size.height(), bytesPerLine, QImage::Format_RGB32,
                          [](void* memory) { std::free(memory); }, data);
        }
    }
#endif
    return QImage(size, QImage::Format_RGB32);
}

QString writePng(DiagramScene& scene, QBuffer& out, const QString& path, const QRectF& source)
{
    const double scale = std::min(pngScale, maxPngSide / std::max(source.width(), source.height()));
    QImage image = pictureImage((source.size() * scale).toSize());
    if (image.isNull())
        return DiagramExport::tr("%1: the diagram is too large for an image").arg(path);
    image.fill(QApplication::palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    painter.end();
    if (!image.save(&out, "PNG"))
        return DiagramExport::tr("%1: cannot write the file").arg(path);
    return {};
}

} // namespace

QString exportDiagram(DiagramScene& scene, const QString& path, bool selectionOnly)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png"))
        return DiagramExport::tr("%1: the file name must end in .svg or .png").arg(path);
    scene.flushRoutes();
    QRectF source = scene.modelsBoundingRect(selectionOnly);
    if (source.isEmpty())
        return selectionOnly ? DiagramExport::tr("Nothing is selected") : DiagramExport::tr("The diagram is empty");
    source.adjust(-margin, -margin, margin, margin);
    ExportState state(scene, selectionOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const QString error = suffix == QLatin1String("svg") ? writeSvg(scene, out, path, source)
                                                         : writePng(scene, out, path, source);
    if (!error.isEmpty())
        return error;
    if (const auto reason = io::saveFile(path, out.data()))
        return DiagramExport::tr("%1: %2").arg(path, *reason);
    return {};
}

} // namespace relata
