#pragma once

#include "canvas/auto_layout.h"
#include "canvas/edge_painter.h"
#include "canvas/edge_router.h"
#include "document/diagram_layout.h"
#include "document/model_id.h"

#include <QGraphicsScene>
#include <QHash>
#include <QMap>

#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

class QGraphicsPathItem;

namespace relata {

class ModelItem;
class RelationItem;
class Session;

// A place search found: a model (row -1), one of its properties, or a relation.
struct SearchHit {
    ModelItem* model = nullptr;
    int row = -1;
    RelationItem* relation = nullptr;
};

// The canvas: a projection of the document. It keeps ModelId <-> item maps,
// rebuilds from the session's compiled schema, and turns gestures (a drag, a
// link, a collapse) into EditController calls; it holds no data of its own.
class DiagramScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit DiagramScene(Session* session, QObject* parent = nullptr);
    ~DiagramScene() override;

    Session& session() const { return *m_session; }
    ModelItem* modelItem(ModelId id) const;
    ModelItem* modelItem(const QString& name) const;
    const std::vector<RelationItem*>& relationItems() const { return m_edges; }
    RelationItem* relationItem(const QString& owner, const QString& relation) const;
    std::vector<ModelId> selectedModels() const;
    void selectModel(ModelId id);
    void selectRelation(const QString& owner, const QString& relation);

    const EdgeRouter& router() const { return *m_router; }
    // The boxes drawn (models', through models' and, unless left out,
    // stubs') that intersect `area`, for routing.
    enum class Stubs { Include, Leave };
    std::vector<QRectF> modelBoxesIn(const QRectF& area, Stubs stubs = Stubs::Include) const;
    std::vector<QRectF> visibleBoxes(Stubs stubs = Stubs::Include) const;
    void setRouter(std::unique_ptr<EdgeRouter> router);
    const EdgePainter& painter() const { return *m_painter; }
    void setPainter(std::unique_ptr<EdgePainter> painter);

    bool showsGeneratedModels() const { return m_showGenerated; }
    void setShowGeneratedModels(bool show);

    // One undo step; pinned models stay where they are.
    void autoLayout(bool selectionOnly);
    QRectF modelsBoundingRect(bool selectionOnly) const;
    // Item caches help on screen and must be off when rendering to files.
    void setCaching(bool on);
    // While the diagram is drawn into a file, items leave out their on-screen
    // controls (the collapse triangle).
    bool isExporting() const { return m_exporting; }
    void setExporting(bool on) { m_exporting = on; }

    std::vector<SearchHit> search(const QString& text) const;
    void highlight(const std::vector<SearchHit>& hits);

    // Called by items. Moves only note what needs routing: a model's own
    // edges and the edges its old or new box can change are routed together,
    // once, when control returns to the event loop or flushRoutes() is called.
    void modelItemLeaving(ModelItem* item);
    void modelItemMoved(ModelItem* item);
    // Routes what moves left unrouted now; for callers that read or draw
    // routes before returning to the event loop.
    void flushRoutes();
    void beginLink(ModelItem* source, const QPointF& at);
    void updateLink(const QPointF& at);
    void endLink(const QPointF& at);
    void toggleCollapsed(ModelId id);
    void activateModel(ModelId id, const QString& property);
    void activateRelation(ModelId owner, const QString& relation);

    // Rebuilds every item from the session now (it also follows on its own).
    void refresh();

signals:
    void relationRequested(relata::ModelId source, relata::ModelId target);
    void modelActivated(relata::ModelId id, const QString& property);
    void relationActivated(relata::ModelId owner, const QString& relation);
    void refreshed();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    // Whether models without a position are laid out while rebuilding.
    enum class Unplaced { Keep, Place };
    void rebuild(Unplaced unplaced);
    // Part of opening an app: models without a position are laid out next to
    // the placed ones. Not an edit, so not on the undo stack.
    void placeUnplacedModels();
    void syncModels();
    void syncGeneratedModels();
    void rebuildEdges();
    void onPlacementChanged(ModelId id);
    void onBuiltinPlacementChanged(const QString& name);
    void onModelRemoved(ModelId id);
    void applyPlacement(ModelItem* item);
    void commitMoves();
    void markMoved(const QRectF& area);
    void queueRouting();
    void slotEnds(std::unordered_set<RelationItem*>& stale);
    void placeEdgeLabels();
    // Where a tile (a built-in model, or the stub of a missing one) goes
    // beside its owner, the first model related to it, when laid out with the
    // models.
    struct TileHint {
        ModelId owner = ModelId::None;
        QPointF offset;
    };
    // Where a layout puts the models, and the tiles their relations end at.
    struct Layout {
        std::map<ModelId, QPointF> models;
        std::map<QString, TileHint> tiles;
    };
    // Where the last layout put the tile, when it put it beside `owner` (or
    // any model, when null) and that place is still free of `taken`.
    std::optional<QPointF> laidOutPlace(const ModelItem* tile, const ModelItem* owner,
                                        const std::vector<QRectF>& taken) const;
    // What dot lays out for `items`: their boxes, then the tiles their
    // relations end at, and the relations between them. Node i below
    // models.size() is models[i]; a tile's owner is the model node it is
    // laid out beside.
    struct LayoutGraph {
        struct Tile {
            std::size_t node = 0;
            std::optional<std::size_t> owner;
        };
        std::vector<QSizeF> sizes;
        std::vector<LayoutEdge> edges;
        std::vector<ModelId> models;
        std::map<QString, Tile> tiles;
    };
    LayoutGraph layoutGraphOf(const std::vector<ModelItem*>& items);
    // The layout dot makes of `graph` given in `order` (see layeredLayout).
    static Layout layoutOf(const LayoutGraph& graph, int order);
    // Of the layouts of `items` in several orders, placed from `origin`, the
    // one whose drawing has the fewest crossings. Items are left where the
    // document places them.
    Layout fewestCrossingsLayout(const std::vector<ModelItem*>& items, QPointF origin);
    int crossingsOf(const Layout& layout, QPointF origin);
    void applyTileHints(const Layout& layout);
    // The stub tile for a missing model, made once and kept by name.
    ModelItem* stubFor(const QString& name);
    void placeStubs();
    void placeBuiltins(const std::vector<ModelItem*>& builtins);
    // Stubs and built-in models where the last layout put them.
    void placeTiles();
    ModelItem* modelItemAt(const QPointF& at) const;

    Session* m_session;
    std::unordered_map<ModelId, ModelItem*> m_items;
    QHash<QString, ModelItem*> m_byName;
    // Models without a file (built-in ones the app uses, generated through
    // models when shown), by name, in name order: boxes are routed round in a
    // fixed order, so a drawing comes out the same every time.
    QMap<QString, ModelItem*> m_generated;
    // Where the built-in models were when the mouse went down: the ones a
    // drag moved are placed by name when it ends.
    QHash<QString, QPointF> m_builtinsAtPress;
    // Stub ends of relations to models that do not exist, by missing name.
    QMap<QString, ModelItem*> m_missing;
    // Where each stub sits, as an offset from the model whose relation it
    // ends, so it follows that model.
    struct StubPlace {
        const ModelItem* owner;
        QPointF offset;
    };
    QHash<ModelItem*, StubPlace> m_stubPlaces;
    // Where the last layout put each tile, by name.
    QHash<QString, TileHint> m_tileHints;
    std::vector<RelationItem*> m_edges;
    std::unordered_multimap<const ModelItem*, RelationItem*> m_edgesAt;
    std::unique_ptr<EdgeRouter> m_router;
    std::unique_ptr<EdgePainter> m_painter;
    QGraphicsPathItem* m_link = nullptr;
    ModelItem* m_linkSource = nullptr;
    bool m_showGenerated = false;
    bool m_exporting = false;
    // What needs routing since the last flushRoutes(): edges whose ends
    // moved, and where models moved from and to.
    std::unordered_set<RelationItem*> m_staleEdges;
    std::vector<QRectF> m_movedAreas;
    bool m_routingQueued = false;
};

// Where a box of `size` can go beside `owner`, touching none of `taken`: the
// first free place on rings further and further out, each tried right, left,
// below and above, from the owner's edge outwards.
QPointF freePlaceBeside(const QRectF& owner, QSizeF size, const std::vector<QRectF>& taken);

} // namespace relata
