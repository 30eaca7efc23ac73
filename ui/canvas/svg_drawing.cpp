#include "canvas/svg_drawing.h"

#include "canvas/text_widths.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace relata {
namespace {

constexpr qsizetype initialCapacity = 1 << 16;

// XML 1.0 has no way to write these, not even as character references.
bool writable(char16_t c)
{
    return (c >= 0x20 && c != 0xfffe && c != 0xffff) || c == u'\t' || c == u'\n' || c == u'\r';
}

// Six significant digits, for what must read back as it was: an alpha byte.
void appendPrecise(QByteArray& out, double value)
{
    char buffer[32];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, 6);
    out.append(buffer, written.ptr - buffer);
}

// Three decimals, the trailing zeros left out: a thousandth of a unit is far
// below what any zoom shows, and a diagram's coordinates run to five digits.
void appendNumber(QByteArray& out, double value)
{
    if (!(std::abs(value) < 1e12)) {
        appendPrecise(out, value);
        return;
    }
    char buffer[32];
    long long thousandths = std::llround(value * 1000);
    if (thousandths < 0) {
        out += '-';
        thousandths = -thousandths;
    }
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, thousandths / 1000);
    out.append(buffer, written.ptr - buffer);
    if (const int fraction = int(thousandths % 1000)) {
        const char digits[] = {'.', char('0' + fraction / 100), char('0' + fraction / 10 % 10), char('0' + fraction % 10)};
        int length = 4;
        while (digits[length - 1] == '0')
            --length;
        out.append(digits, length);
    }
}

void appendAttribute(QByteArray& out, const char* name, double value)
{
    out += name;
    out += "=\"";
    appendNumber(out, value);
    out += '"';
}

void appendEscaped(QByteArray& out, QStringView text)
{
    // Names are ASCII as a rule: those are copied byte for byte, without a
    // UTF-8 conversion of their own.
    const bool ascii = std::ranges::all_of(text, [](QChar c) {
        return c.unicode() < 0x80 && writable(c.unicode()) && c != u'&' && c != u'<' && c != u'>';
    });
    if (ascii) {
        const qsizetype at = out.size();
        out.resize(at + text.size());
        std::ranges::transform(text, out.data() + at, [](QChar c) { return char(c.unicode()); });
        return;
    }
    qsizetype plain = 0;
    const auto flush = [&](qsizetype end) {
        if (end > plain)
            out += text.mid(plain, end - plain).toUtf8();
        plain = end + 1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'&' || c == u'<' || c == u'>' || !writable(c)) {
            flush(i);
            out += c == u'&' ? "&amp;" : c == u'<' ? "&lt;" : c == u'>' ? "&gt;" : "\xef\xbf\xbd";
        }
    }
    flush(text.size());
}

} // namespace

SvgDrawing::SvgDrawing(const QRectF& area, const QColor& background, const QString& title)
{
    m_out.reserve(initialCapacity);
    m_out += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<svg width=\"";
    number(area.width());
    m_out += "\" height=\"";
    number(area.height());
    m_out += "\" viewBox=\"";
    number(area.x());
    m_out += ' ';
    number(area.y());
    m_out += ' ';
    number(area.width());
    m_out += ' ';
    number(area.height());
    m_out += "\" xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" baseProfile=\"tiny\">\n<title>";
    appendEscaped(m_out, title);
    m_out += "</title>\n<g stroke-linecap=\"square\" stroke-linejoin=\"bevel\">\n";
    setPen(Qt::NoPen);
    setBrush(background);
    m_out += "<rect";
    attribute(" x", area.x());
    attribute(" y", area.y());
    attribute(" width", area.width());
    attribute(" height", area.height());
    shapeEnd();
}

void SvgDrawing::beginItem(QPointF origin)
{
    m_out += "<g transform=\"translate(";
    point(origin);
    m_out += ")\">\n";
}

void SvgDrawing::endItem()
{
    m_out += "</g>\n";
}

QByteArray SvgDrawing::finish()
{
    m_out += "</g>\n</svg>\n";
    return std::move(m_out);
}

void SvgDrawing::setPen(const QPen& pen)
{
    m_pen = pen;
}

void SvgDrawing::setBrush(const QBrush& brush)
{
    m_brush = brush;
}

void SvgDrawing::setFont(const QFont& font)
{
    m_font = font;
    m_face = nullptr;
}

void SvgDrawing::drawPath(const QPainterPath& path)
{
    m_out += "<path d=\"";
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        switch (element.type) {
        case QPainterPath::MoveToElement:
            m_out += 'M';
            break;
        case QPainterPath::LineToElement:
            m_out += 'L';
            break;
        case QPainterPath::CurveToElement:
            m_out += 'C';
            break;
        case QPainterPath::CurveToDataElement:
            m_out += ' ';
            break;
        }
        point(element);
    }
    m_out += '"';
    if (path.fillRule() == Qt::WindingFill)
        m_out += " fill-rule=\"nonzero\"";
    shapeEnd();
}

void SvgDrawing::drawRoundedRect(const QRectF& rect, double radius)
{
    m_out += "<rect";
    attribute(" x", rect.x());
    attribute(" y", rect.y());
    attribute(" width", rect.width());
    attribute(" height", rect.height());
    attribute(" rx", radius);
    shapeEnd();
}

void SvgDrawing::drawLine(QPointF from, QPointF to)
{
    m_out += "<line";
    attribute(" x1", from.x());
    attribute(" y1", from.y());
    attribute(" x2", to.x());
    attribute(" y2", to.y());
    stroke();
    m_out += "/>\n";
}

void SvgDrawing::drawPolygon(const QPointF* points, int count)
{
    m_out += "<polygon points=\"";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            m_out += ' ';
        point(points[i]);
    }
    m_out += "\" fill-rule=\"evenodd\"";
    shapeEnd();
}

void SvgDrawing::drawEllipse(QPointF center, double radius)
{
    m_out += "<circle";
    attribute(" cx", center.x());
    attribute(" cy", center.y());
    attribute(" r", radius);
    shapeEnd();
}

void SvgDrawing::fillRect(const QRectF& rect, const QColor& color)
{
    m_out += "<rect";
    attribute(" x", rect.x());
    attribute(" y", rect.y());
    attribute(" width", rect.width());
    attribute(" height", rect.height());
    paint(color, "fill");
    m_out += "/>\n";
}

// Lines are placed as qt_format_text places them: each on a whole unit below
// the one before, the block aligned in the rectangle, each line aligned by
// its advance.
void SvgDrawing::drawText(const QRectF& rect, int flags, const QString& text)
{
    if (text.isEmpty() || m_pen.style() == Qt::NoPen)
        return;
    const Face& face = this->face();
    const qsizetype lines = text.count(u'\n') + 1;
    double height = -face.leading;
    for (qsizetype i = 0; i < lines; ++i)
        height = std::ceil(height + face.leading) + face.lineHeight;
    double top = rect.top();
    if (flags & Qt::AlignBottom)
        top += rect.height() - height;
    else if (flags & Qt::AlignVCenter)
        top += (rect.height() - height) / 2;
    double lineTop = -face.leading;
    for (const QStringView line : QStringTokenizer(text, u'\n')) {
        lineTop = std::ceil(lineTop + face.leading);
        if (!line.isEmpty()) {
            double x = rect.left();
            if (flags & (Qt::AlignRight | Qt::AlignHCenter)) {
                const double room = rect.width() - textAdvance(m_font, line.toString());
                x += flags & Qt::AlignRight ? room : room / 2;
            }
            m_out += "<text";
            attribute(" x", x);
            attribute(" y", top + lineTop + face.ascent);
            m_out += face.attributes;
            paint(m_pen.color(), "fill");
            m_out += " xml:space=\"preserve\">";
            appendEscaped(m_out, line);
            m_out += "</text>\n";
        }
        lineTop += face.lineHeight;
    }
}

const SvgDrawing::Face& SvgDrawing::face()
{
    if (m_face)
        return *m_face;
    for (const Face& known : m_faces) {
        if (known.font == m_font) {
            m_face = &known;
            return known;
        }
    }
    const QFontMetricsF metrics(m_font);
    const QFontInfo info(m_font);
    Face& face = m_faces.emplace_back();
    face.font = m_font;
    face.ascent = metrics.ascent();
    face.lineHeight = metrics.ascent() + metrics.descent();
    face.leading = metrics.leading();
    face.attributes = " font-family=\"";
    appendEscaped(face.attributes, info.family());
    face.attributes += '"';
    // The pixel size the canvas draws it at: Qt rounds a point size at the
    // screen's resolution to whole pixels.
    appendAttribute(face.attributes, " font-size", info.pixelSize());
    appendAttribute(face.attributes, " font-weight", m_font.weight());
    if (m_font.style() != QFont::StyleNormal)
        face.attributes += m_font.style() == QFont::StyleItalic ? " font-style=\"italic\"" : " font-style=\"oblique\"";
    m_face = &face;
    return face;
}

void SvgDrawing::number(double value)
{
    appendNumber(m_out, value);
}

void SvgDrawing::attribute(const char* name, double value)
{
    appendAttribute(m_out, name, value);
}

void SvgDrawing::point(QPointF at)
{
    number(at.x());
    m_out += ',';
    number(at.y());
}

void SvgDrawing::paint(const QColor& color, const char* name)
{
    static constexpr char hex[] = "0123456789abcdef";
    const QRgb rgb = color.rgba();
    const char value[] = {'#', hex[qRed(rgb) >> 4], hex[qRed(rgb) & 15], hex[qGreen(rgb) >> 4], hex[qGreen(rgb) & 15],
                          hex[qBlue(rgb) >> 4], hex[qBlue(rgb) & 15]};
    m_out += ' ';
    m_out += name;
    m_out += "=\"";
    m_out.append(value, sizeof value);
    m_out += '"';
    if (qAlpha(rgb) != 255) {
        m_out += ' ';
        m_out += name;
        m_out += "-opacity=\"";
        appendPrecise(m_out, qAlpha(rgb) / 255.0);
        m_out += '"';
    }
}

void SvgDrawing::stroke()
{
    if (m_pen.style() == Qt::NoPen || m_pen.brush().style() == Qt::NoBrush) {
        m_out += " stroke=\"none\"";
        return;
    }
    paint(m_pen.color(), "stroke");
    const double width = m_pen.widthF() > 0 ? m_pen.widthF() : 1;
    if (width != 1)
        attribute(" stroke-width", width);
    if (m_pen.style() != Qt::SolidLine) {
        m_out += " stroke-dasharray=\"";
        const QList<qreal> pattern = m_pen.dashPattern();
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            if (i > 0)
                m_out += ',';
            number(pattern[i] * width);
        }
        m_out += '"';
    }
    if (m_pen.isCosmetic())
        m_out += " vector-effect=\"non-scaling-stroke\"";
    if (m_pen.capStyle() != Qt::SquareCap)
        m_out += m_pen.capStyle() == Qt::RoundCap ? " stroke-linecap=\"round\"" : " stroke-linecap=\"butt\"";
    if (m_pen.joinStyle() != Qt::BevelJoin)
        m_out += m_pen.joinStyle() == Qt::RoundJoin ? " stroke-linejoin=\"round\"" : " stroke-linejoin=\"miter\"";
}

void SvgDrawing::fill()
{
    if (m_brush.style() == Qt::NoBrush)
        m_out += " fill=\"none\"";
    else
        paint(m_brush.color(), "fill");
}

void SvgDrawing::shapeEnd()
{
    stroke();
    fill();
    m_out += "/>\n";
}

} // namespace relata
