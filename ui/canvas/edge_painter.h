#pragma once

#include <QColor>
#include <QRectF>
#include <QString>


namespace relata {

class Drawing;
struct EdgeRoute;

// What is drawn at one end of a relation edge.
enum class EndGlyph {
    None,
    One,    // a bar: exactly one
    Many,   // a crow's foot
    Diamond // composition: the owner of embedded data
};

struct EdgeStyle {
    EndGlyph atSource = EndGlyph::None;
    EndGlyph atTarget = EndGlyph::None;
    bool dashed = false;  // referencesMany: ids kept in an array, no FK column
    bool dotted = false;  // polymorphic: the target is chosen per row
    QColor color;
    // How the relation reads beside its name, in words and not only by colour:
    // "1 — *", "* — * through OrderItem", "embeds *".
    QString kind;
};

struct EdgeState {
    bool selected = false;
    bool hovered = false;
    bool highlighted = false; // a search match
    double levelOfDetail = 1;
};

// Edge painting is a strategy, like routing: items hold a route and a style
// and let the scene's painter draw them.
class EdgePainter {
public:
    virtual ~EdgePainter() = default;
    virtual void paint(Drawing& drawing, const EdgeRoute& route, const EdgeStyle& style,
                       const QString& label, const QString& detail, const EdgeState& state) const = 0;
    // The area a label (its name, kind and hover detail) covers, for bounding rects.
    virtual QRectF labelRect(const EdgeRoute& route, const EdgeStyle& style, const QString& label,
                             const QString& detail) const = 0;
};

// Crow's-foot ends, composition diamonds and a boxed label at the middle.
class CrowsFootPainter : public EdgePainter {
public:
    void paint(Drawing& drawing, const EdgeRoute& route, const EdgeStyle& style,
               const QString& label, const QString& detail, const EdgeState& state) const override;
    QRectF labelRect(const EdgeRoute& route, const EdgeStyle& style, const QString& label,
                     const QString& detail) const override;
};

} // namespace relata
