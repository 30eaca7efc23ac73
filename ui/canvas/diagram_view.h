#pragma once

#include <QGraphicsView>

namespace relata {

class DiagramScene;
class MinimapView;

// The canvas viewport: wheel and pinch zoom around the pointer, pan with the
// middle button or Space+drag, fit all or the selection, and a minimap.
// Until the user zooms or pans (or fits the selection), the view keeps the
// whole diagram fitted as the window is shown and resized; Fit All brings
// that back.
class DiagramView : public QGraphicsView {
    Q_OBJECT

public:
    explicit DiagramView(DiagramScene* scene, QWidget* parent = nullptr);

    double zoom() const;
    void setZoom(double factor);
    void zoomBy(double factor);
    void fitAll();
    void fitSelection();
    // True while the view refits the whole diagram on every resize.
    bool followsFit() const { return m_followsFit; }
    void showMinimap(bool show);
    bool minimapShown() const;
    QRect minimapGeometry() const;

signals:
    void zoomChanged(double zoom);
    void viewportMoved();

protected:
    bool viewportEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    void fit(const QRectF& rect);
    void applyZoom(double factor);
    // The user moved the view: it stops following the fit.
    void leaveFit();
    void placeMinimap();

    DiagramScene* m_scene;
    MinimapView* m_minimap;
    bool m_spacePanning = false;
    bool m_middlePanning = false;
    bool m_followsFit = true;
};

// An overview of the whole diagram with the visible area framed; clicking or
// dragging in it moves the main view.
class MinimapView : public QGraphicsView {
    Q_OBJECT

public:
    MinimapView(DiagramView* main, QGraphicsScene* scene, QWidget* parent);
    void refit();

signals:
    // The user moved the main view with a click or a drag here.
    void moved();


protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    DiagramView* m_main;
};

} // namespace relata
