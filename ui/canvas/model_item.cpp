#include "canvas/model_item.h"

#include "canvas/diagram_scene.h"
#include "canvas/drawing.h"
#include "canvas/text_widths.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <optional>

namespace relata {
namespace {

constexpr double headerHeight = 42;
constexpr double rowHeight = 20;
constexpr double padding = 10;
constexpr double markerWidth = 24;
constexpr double handleRadius = 6;
constexpr double minWidth = 170;
constexpr double maxWidth = 340;
// Below this zoom, rows would be unreadable (under about 6 px): the overview
// draws each model as a tile with its name as large as the box allows.
constexpr double overviewZoom = 0.45;
// The name's height on screen in the overview, and the least worth drawing.
constexpr double overviewNamePixels = 15;
constexpr double unreadablePixels = 4;

const QColor defaultHeader(0x2f, 0x5d, 0x8f);
const QColor generatedHeader(0x6b, 0x72, 0x80);
const QColor missingHeader(0xb9, 0x3a, 0x3a);
const QColor idColor(0xc9, 0x94, 0x1a);
const QColor fkColor(0x3b, 0x82, 0xc4);
const QColor searchColor(0xf5, 0xa6, 0x23);

// A model name on two lines, broken at the word (camelCase, '-', '_') boundary
// nearest its middle; empty when it has none.
QString twoLines(const QString& name)
{
    int best = -1;
    for (int i = 1; i < name.size(); ++i) {
        const bool boundary = (name[i].isUpper() && name[i - 1].isLower()) || name[i - 1] == u'-'
                              || name[i - 1] == u'_';
        if (boundary && (best < 0 || std::abs(i - name.size() / 2) < std::abs(best - name.size() / 2)))
            best = i;
    }
    return best < 0 ? QString() : name.left(best) + u'\n' + name.mid(best);
}

QFont titleFont()
{
    QFont font = QApplication::font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    return font;
}

QFont smallFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

QFont rowFont(bool italic)
{
    QFont font = QApplication::font();
    font.setItalic(italic);
    return font;
}

} // namespace

ModelItem::ModelItem(DiagramScene* scene, ModelId id, QString generatedName)
    : m_scene(scene)
    , m_id(id)
{
    m_content.name = std::move(generatedName);
    setFlags(ItemIsSelectable | ItemSendsGeometryChanges
             | (id == ModelId::None ? GraphicsItemFlags() : ItemIsMovable));
    setAcceptHoverEvents(true);
    setCacheMode(DeviceCoordinateCache);
    setZValue(1);
    layoutContent();
}

void ModelItem::setContent(ModelContent content)
{
    prepareGeometryChange();
    m_content = std::move(content);
    layoutContent();
    update();
}

void ModelItem::layoutContent()
{
    const QFont title = titleFont();
    const QFont small = smallFont();
    const QFont rows = rowFont(false);
    double nameWidth = 0;
    double typeWidth = 0;
    for (const PropertyRow& row : m_content.rows) {
        nameWidth = std::max(nameWidth, textAdvance(rows, row.name));
        typeWidth = std::max(typeWidth, textAdvance(small, row.type));
    }
    const double header = std::max(textAdvance(title, m_content.name) + 56,
                                   textAdvance(small, m_content.base) + 2 * padding);
    const double body = padding + markerWidth + nameWidth + 18 + typeWidth + padding;
    m_width = std::clamp(std::max(header, body), minWidth, maxWidth);
    m_typeColumn = std::max(padding + markerWidth + nameWidth + 18, m_width - padding - typeWidth);
    const std::size_t shown = m_content.collapsed ? 0 : m_content.rows.size();
    m_height = headerHeight + (shown ? shown * rowHeight + 8 : 0);
}

QPointF ModelItem::handleCenter() const
{
    return {m_width, headerHeight / 2};
}

QRectF ModelItem::badgeRect() const
{
    return {m_width - 30, 6, 22, 16};
}

bool ModelItem::onHandle(const QPointF& local) const
{
    return m_id != ModelId::None && QLineF(local, handleCenter()).length() <= handleRadius + 3;
}

bool ModelItem::onCollapseToggle(const QPointF& local) const
{
    return m_id != ModelId::None && !m_content.rows.empty()
           && QRectF(0, 0, 22, headerHeight).contains(local);
}

int ModelItem::rowAt(const QPointF& local) const
{
    if (m_content.collapsed || local.y() < headerHeight + 4)
        return -1;
    const int row = int((local.y() - headerHeight - 4) / rowHeight);
    return row < int(m_content.rows.size()) ? row : -1;
}

void ModelItem::setHighlight(bool on, int row)
{
    if (m_highlighted == on && m_highlightRow == row)
        return;
    m_highlighted = on;
    m_highlightRow = row;
    update();
}

QRectF ModelItem::boundingRect() const
{
    return box().adjusted(-3, -3, handleRadius + 3, 3);
}

QPainterPath ModelItem::shape() const
{
    QPainterPath path;
    path.addRect(box());
    path.addEllipse(handleCenter(), handleRadius + 3, handleRadius + 3);
    return path;
}

void ModelItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < overviewZoom) {
        paintOverview(painter, lod, headerColor());
        return;
    }
    PainterDrawing drawing(painter);
    draw(drawing);
}

void ModelItem::draw(Drawing& drawing) const
{
    const QPalette palette = QApplication::palette();
    QPen border(palette.color(QPalette::Mid), 1);
    if (m_content.generated || m_content.builtin || m_content.missing)
        border.setStyle(Qt::DashLine);
    if (isSelected())
        border = QPen(palette.color(QPalette::Highlight), 2.5);
    else if (m_highlighted)
        border = QPen(searchColor, 2.5);
    drawing.setPen(border);
    drawing.setBrush(palette.color(QPalette::Base));
    drawing.drawRoundedRect(box(), 5);
    drawHeader(drawing);
    drawRows(drawing);
    if (m_content.errors + m_content.warnings > 0)
        drawBadge(drawing);
    if ((m_hovered || isSelected()) && m_id != ModelId::None) {
        drawing.setPen(QPen(palette.color(QPalette::Base), 1.5));
        drawing.setBrush(palette.color(QPalette::Highlight));
        drawing.drawEllipse(handleCenter(), handleRadius);
    }
}

// The whole box in the header's colour, no rows, and the name as large as
// the box allows, so that a diagram fitted on screen reads by model names.
void ModelItem::paintOverview(QPainter* painter, double lod, const QColor& header) const
{
    const QPalette palette = QApplication::palette();
    QPen border(Qt::NoPen);
    if (isSelected())
        border = QPen(palette.color(QPalette::Highlight), 3);
    else if (m_highlighted)
        border = QPen(searchColor, 3);
    border.setCosmetic(true);
    painter->setPen(border);
    painter->setBrush(header);
    painter->drawRoundedRect(box(), 5, 5);
    // The tile has no outline to keep clear of: the name may come close to its sides.
    const QRectF area = box().adjusted(padding / 5, padding / 2, -padding / 5, -padding / 2);
    QFont font = titleFont();
    font.setPixelSize(100);
    const QFontMetricsF at100(font);
    // The largest size the text fits the area at, on one line or two.
    const auto fitting = [&](const QString& text) {
        const QStringList lines = text.split(u'\n');
        double widest = 0;
        for (const QString& line : lines)
            widest = std::max(widest, at100.horizontalAdvance(line));
        const double byWidth = widest > 0 ? 100 * area.width() / widest : area.height();
        return std::min(byWidth, area.height() * 0.8 / (1.2 * double(lines.size())));
    };
    QString text = m_content.name;
    double pixels = fitting(text);
    if (const QString split = twoLines(m_content.name); !split.isEmpty() && fitting(split) > pixels * 1.25) {
        text = split;
        pixels = fitting(split);
    }
    pixels = std::min(pixels, overviewNamePixels / lod);
    if (pixels * lod < unreadablePixels || text.isEmpty())
        return;
    font.setPixelSize(std::max(1, int(pixels)));
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(area, Qt::AlignCenter, text);
}

QColor ModelItem::headerColor() const
{
    if (m_content.missing)
        return missingHeader;
    if (m_content.generated || m_content.builtin)
        return generatedHeader;
    return m_content.color.isValid() ? m_content.color : defaultHeader;
}

void ModelItem::drawHeader(Drawing& drawing) const
{
    // The box's top, rounded as the box is, and square at the bottom where the rows begin.
    constexpr double radius = 5;
    const QRectF area(0.5, 0.5, m_width - 1, headerHeight);
    QPainterPath path(area.bottomLeft());
    path.arcTo(QRectF(area.topLeft(), QSizeF(2 * radius, 2 * radius)), 180, -90);
    path.arcTo(QRectF(area.right() - 2 * radius, area.top(), 2 * radius, 2 * radius), 90, -90);
    path.lineTo(area.bottomRight());
    path.closeSubpath();
    drawing.setPen(Qt::NoPen);
    drawing.setBrush(headerColor());
    drawing.drawPath(path);
    drawing.setPen(QColor(Qt::white));
    const QFont title = titleFont();
    drawing.setFont(title);
    const double left = m_content.rows.empty() || m_id == ModelId::None ? padding : 22;
    const QRectF titleRect(left, 4, m_width - left - 34, 20);
    drawing.drawText(titleRect, Qt::AlignVCenter | Qt::AlignLeft,
                     elidedRight(title, m_content.name, titleRect.width()));
    drawing.setFont(smallFont());
    drawing.setPen(QColor(255, 255, 255, 190));
    drawing.drawText(QRectF(left, 23, m_width - left - padding, 15), Qt::AlignVCenter | Qt::AlignLeft,
                     m_content.generated ? tr("generated through model")
                     : m_content.builtin ? tr("LoopBack built-in model")
                                         : m_content.base);
    if (left > padding && !m_scene->isExporting()) {
        // The collapse toggle: a triangle pointing down (expanded) or right.
        const QPointF c(11, headerHeight / 2);
        const QPolygonF triangle = m_content.collapsed
                                       ? QPolygonF({c + QPointF(-3, -5), c + QPointF(4, 0), c + QPointF(-3, 5)})
                                       : QPolygonF({c + QPointF(-5, -3), c + QPointF(5, -3), c + QPointF(0, 4)});
        drawing.setPen(Qt::NoPen);
        drawing.setBrush(QColor(255, 255, 255, 210));
        drawing.drawPolygon(triangle.constData(), int(triangle.size()));
    }
}

// In passes (markers, then names, then types) so the font and pen change a
// few times per model rather than per row.
void ModelItem::drawRows(Drawing& drawing) const
{
    if (m_content.collapsed)
        return;
    const auto rowTop = [](std::size_t i) { return headerHeight + 4 + double(i) * rowHeight; };
    for (std::size_t i = 0; i < m_content.rows.size(); ++i)
        drawMarker(drawing, m_content.rows[i], rowTop(i), m_highlighted && int(i) == m_highlightRow);
    // Secondary text is the text colour faded, so it stays readable on any
    // Base, light or dark (not every theme sets PlaceholderText to match).
    const QColor text = QApplication::palette().color(QPalette::Text);
    QColor secondary = text;
    secondary.setAlphaF(0.6);
    const double nameLeft = padding + markerWidth;
    const QFont fonts[] = {rowFont(false), rowFont(true)};
    std::optional<bool> italic;
    for (std::size_t i = 0; i < m_content.rows.size(); ++i) {
        const PropertyRow& row = m_content.rows[i];
        const QFont& font = fonts[row.addedByRelation];
        if (italic != row.addedByRelation) {
            italic = row.addedByRelation;
            drawing.setFont(font);
        }
        drawing.setPen(row.inherited || row.addedByRelation ? secondary : text);
        const QRectF nameRect(nameLeft, rowTop(i), m_typeColumn - nameLeft - 6, rowHeight);
        drawing.drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                         elidedRight(font, row.name, nameRect.width()));
    }
    const QFont small = smallFont();
    drawing.setFont(small);
    drawing.setPen(secondary);
    // A type longer than the box allows (an inline object type) ends in an ellipsis.
    const double typeWidth = m_width - m_typeColumn - padding;
    for (std::size_t i = 0; i < m_content.rows.size(); ++i)
        drawing.drawText(QRectF(m_typeColumn, rowTop(i), typeWidth, rowHeight), Qt::AlignVCenter | Qt::AlignRight,
                         elidedRight(small, m_content.rows[i].type, typeWidth));
}

void ModelItem::drawMarker(Drawing& drawing, const PropertyRow& row, double y, bool highlighted) const
{
    if (highlighted)
        drawing.fillRect(QRectF(1, y, m_width - 2, rowHeight), QColor(searchColor.red(), searchColor.green(), searchColor.blue(), 90));
    if (row.marker == PropertyRow::Marker::None)
        return;
    const bool id = row.marker == PropertyRow::Marker::Id;
    const QColor color = id ? idColor : fkColor;
    const QRectF badge(padding - 2, y + 3, markerWidth - 4, rowHeight - 6);
    drawing.setPen(QPen(color, 1));
    drawing.setBrush(row.addedByRelation ? QBrush(Qt::NoBrush) : QBrush(color));
    drawing.drawRoundedRect(badge, 3);
    QFont font = smallFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    drawing.setFont(font);
    drawing.setPen(row.addedByRelation ? color : QColor(Qt::white));
    drawing.drawText(badge, Qt::AlignCenter, id ? tr("PK") : tr("FK"));
}

void ModelItem::drawBadge(Drawing& drawing) const
{
    const QRectF rect = badgeRect();
    drawing.setPen(QPen(Qt::white, 1.2));
    drawing.setBrush(m_content.errors > 0 ? QColor(0xd9, 0x3b, 0x3b) : QColor(0xe8, 0x9b, 0x1a));
    drawing.drawRoundedRect(rect, 8);
    QFont font = smallFont();
    font.setBold(true);
    drawing.setFont(font);
    drawing.drawText(rect, Qt::AlignCenter,
                     QString::number(m_content.errors > 0 ? m_content.errors : m_content.warnings));
}

QVariant ModelItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemPositionChange)
        m_scene->modelItemLeaving(this);
    else if (change == ItemPositionHasChanged)
        m_scene->modelItemMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

void ModelItem::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && onHandle(event->pos())) {
        m_linking = true;
        m_scene->beginLink(this, event->scenePos());
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && onCollapseToggle(event->pos())) {
        m_scene->toggleCollapsed(m_id);
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void ModelItem::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_linking) {
        m_scene->updateLink(event->scenePos());
        return;
    }
    QGraphicsItem::mouseMoveEvent(event);
}

void ModelItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_linking) {
        m_linking = false;
        m_scene->endLink(event->scenePos());
        return;
    }
    QGraphicsItem::mouseReleaseEvent(event);
}

void ModelItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    const int row = rowAt(event->pos());
    m_scene->activateModel(m_id, row >= 0 ? m_content.rows[std::size_t(row)].name : QString());
    event->accept();
}

void ModelItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void ModelItem::hoverMoveEvent(QGraphicsSceneHoverEvent* event)
{
    const QPointF local = event->pos();
    QString tip;
    if (onHandle(local))
        tip = tr("Drag onto another model to add a relation");
    else if (badgeRect().contains(local) && !m_content.problems.isEmpty())
        tip = m_content.problems.join(u'\n');
    else if (const int row = rowAt(local); row >= 0)
        tip = m_content.rows[std::size_t(row)].tooltip;
    setToolTip(tip);
    QGraphicsItem::hoverMoveEvent(event);
}

void ModelItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace relata
