// Tiles: the stubs relations to missing models end at, the built-in models
// an app uses, and where they and other boxes placed beside a model go.

#include "canvas/diagram_scene.h"

#include "canvas/diagram_projection.h"
#include "canvas/model_item.h"
#include "document/document.h"
#include "schema/schema.h"
#include "session.h"

#include <algorithm>
#include <unordered_set>

namespace relata {
namespace {

constexpr double stubSpacing = 24;

bool freeOf(const QRectF& place, const std::vector<QRectF>& taken)
{
    const QRectF padded = place.adjusted(-stubSpacing, -stubSpacing, stubSpacing, stubSpacing);
    return std::none_of(taken.begin(), taken.end(), [&](const QRectF& box) { return box.intersects(padded); });
}

} // namespace

QPointF freePlaceBeside(const QRectF& owner, QSizeF size, const std::vector<QRectF>& taken)
{
    constexpr double gap = 90;
    for (int ring = 0; ring < 8; ++ring) {
        const double reach = gap + ring * (gap + std::max(size.width(), size.height()));
        for (int step = 0; step < 4; ++step) {
            const double down = step * (size.height() + stubSpacing);
            const double across = step * (size.width() + stubSpacing);
            const QRectF places[] = {
                {QPointF(owner.right() + reach, owner.top() + down), size},
                {QPointF(owner.left() - reach - size.width(), owner.top() + down), size},
                {QPointF(owner.left() + across, owner.bottom() + reach), size},
                {QPointF(owner.left() + across, owner.top() - reach - size.height()), size},
            };
            for (const QRectF& place : places) {
                if (freeOf(place, taken))
                    return place.topLeft();
            }
        }
    }
    return owner.topRight() + QPointF(gap, 0);
}

ModelItem* DiagramScene::stubFor(const QString& name)
{
    ModelItem*& item = m_missing[name];
    if (!item) {
        item = new ModelItem(this, ModelId::None, name);
        item->setFlag(QGraphicsItem::ItemIsSelectable, false);
        addItem(item);
    }
    ModelContent content;
    content.name = name;
    content.base = tr("missing model");
    content.missing = true;
    item->setContent(std::move(content));
    return item;
}

std::optional<QPointF> DiagramScene::laidOutPlace(const ModelItem* tile, const ModelItem* owner,
                                                const std::vector<QRectF>& taken) const
{
    const auto hint = m_tileHints.constFind(tile->name());
    if (hint == m_tileHints.cend())
        return std::nullopt;
    if (!owner)
        owner = modelItem(hint->owner);
    if (!owner || hint->owner != owner->modelId())
        return std::nullopt;
    const QRectF place(owner->sceneBox().topLeft() + hint->offset, tile->box().size());
    if (!freeOf(place, taken))
        return std::nullopt;
    return place.topLeft();
}

// Where the last layout put a stub, laid out with the models, when its owner
// is the model it was laid out beside and no model has moved into that place
// since; else the first free place beside its owner. Placed among the models
// alone, the same way every time, so a stub lands where it was unless a model
// has moved into its place.
void DiagramScene::placeStubs()
{
    if (m_missing.isEmpty())
        return;
    std::vector<QRectF> taken = visibleBoxes(Stubs::Leave);
    for (ModelItem* item : std::as_const(m_missing)) {
        const auto found = m_stubPlaces.find(item);
        if (found == m_stubPlaces.end())
            continue;
        StubPlace& place = *found;
        const QPointF at = laidOutPlace(item, place.owner, taken)
                               .value_or(freePlaceBeside(place.owner->sceneBox(), item->box().size(), taken));
        item->setPos(at - item->box().topLeft());
        taken.push_back(item->sceneBox());
        place.offset = item->pos() - place.owner->pos();
    }
}

// Where the user put a built-in model; else where the last layout put it, or
// beside a model related to it, far enough for the labels of the relations between them. Built-in
// models that nothing draws near start a row under the diagram.
void DiagramScene::placeBuiltins(const std::vector<ModelItem*>& builtins)
{
    // One the user has placed goes where it was put; the rest go round it.
    const DiagramLayout& placements = m_session->document().diagram();
    std::vector<ModelItem*> ruled;
    for (ModelItem* item : builtins) {
        if (const auto placement = placements.builtinPlacement(item->name().toStdString()))
            item->setPos(placement->x, placement->y);
        else
            ruled.push_back(item);
    }
    if (ruled.empty())
        return;
    const std::unordered_set<const ModelItem*> moving(ruled.begin(), ruled.end());
    std::vector<QRectF> taken;
    QRectF diagram;
    const auto take = [&](const ModelItem* item) {
        if (item->isVisible() && !moving.count(item)) {
            taken.push_back(item->sceneBox());
            diagram |= taken.back();
        }
    };
    for (const auto& [id, item] : m_items)
        take(item);
    for (const ModelItem* item : std::as_const(m_generated))
        take(item);
    const schema::Schema& schema = m_session->schema();
    QRectF lastBuiltin(diagram.bottomLeft(), QSizeF());
    std::unordered_set<const ModelItem*> placed;
    for (ModelItem* item : ruled) {
        constexpr double labelRoom = 120;
        const schema::Model* model = schema.model(item->name().toStdString());
        const ModelItem* near = model ? modelItem(neighbourOf(schema, *model)) : nullptr;
        // A neighbour still waiting for its place is no guide.
        if (near && moving.count(near) && !placed.count(near))
            near = nullptr;
        const QRectF owner =
            (near ? near->sceneBox() : lastBuiltin).adjusted(-labelRoom, -labelRoom, labelRoom, labelRoom);
        const QPointF at =
            laidOutPlace(item, nullptr, taken).value_or(freePlaceBeside(owner, item->box().size(), taken));
        item->setPos(at - item->box().topLeft());
        taken.push_back(item->sceneBox());
        lastBuiltin = item->sceneBox();
        placed.insert(item);
    }
}

void DiagramScene::placeTiles()
{
    placeStubs();
    std::vector<ModelItem*> builtins;
    for (const schema::Model* model : fileLessModels(m_session->schema(), m_showGenerated)) {
        if (ModelItem* item = m_generated.value(QString::fromStdString(model->name)); item && model->builtin)
            builtins.push_back(item);
    }
    placeBuiltins(builtins);
}

} // namespace relata
