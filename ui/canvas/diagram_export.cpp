#include "canvas/diagram_export.h"

#include "canvas/diagram_scene.h"
#include "canvas/model_item.h"
#include "canvas/relation_item.h"
#include "canvas/svg_drawing.h"
#include "io/app_io.h"

#include <QApplication>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPalette>

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

// Hides what is not exported, clears the selection (its colours are not
// part of the diagram) and hides the on-screen controls; restores all of it
// when it goes out of scope.
class ExportState {
public:
    ExportState(DiagramScene& scene, bool selectionOnly)
        : m_scene(scene)
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
    }
    ~ExportState()
    {
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
    QList<QGraphicsItem*> m_selected;
    std::vector<QGraphicsItem*> m_hidden;
};

// Each visible model and edge writes its own elements, in the order the
// scene paints them, at full detail (the level of detail of a 1:1 picture).
QByteArray svgDocument(const DiagramScene& scene, const QRectF& source)
{
    SvgDrawing svg(source, QApplication::palette().color(QPalette::Base), DiagramExport::tr("Relata diagram"));
    for (const QGraphicsItem* item : scene.items(Qt::AscendingOrder)) {
        const bool model = item->type() == ModelItem::Type;
        if (!item->isVisible() || (!model && item->type() != RelationItem::Type))
            continue;
        // Edges are routed in scene coordinates, at the scene's origin.
        const bool moved = !item->pos().isNull();
        if (moved)
            svg.beginItem(item->pos());
        if (model)
            static_cast<const ModelItem*>(item)->draw(svg);
        else
            static_cast<const RelationItem*>(item)->draw(svg, 1);
        if (moved)
            svg.endItem();
    }
    return svg.finish();
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
    // The picture is made in memory and written atomically, so a full disk or
    // a failed write leaves the file that was there.
    QByteArray bytes;
    if (suffix == QLatin1String("svg")) {
        bytes = svgDocument(scene, source);
    } else {
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        if (const QString error = writePng(scene, out, path, source); !error.isEmpty())
            return error;
    }
    if (const auto reason = io::saveFile(path, bytes))
        return DiagramExport::tr("%1: %2").arg(path, *reason);
    return {};
}

} // namespace relata
