// The comparison drawn on the canvas, on top of the design and never part of
// it: a green frame around added nodes, an amber one around changed nodes,
// removed nodes as red ghosts where they were in the other design, and
// added (green) and removed (red, dashed) links. The items take no mouse
// input, so editing goes on underneath.
#pragma once

#include <QGraphicsObject>
#include <QPointer>

namespace sw {

class CanvasScene;
class CompareSession;

class CompareMarks : public QObject {
    Q_OBJECT
public:
    CompareMarks(CanvasScene *scene, CompareSession *session, QObject *parent = nullptr);
    ~CompareMarks() override;

    void refresh();
    void clear();
    int markCount() const { return m_layer ? int(m_layer->childItems().size()) : 0; }

    static QColor addedColor();
    static QColor removedColor();
    static QColor changedColor();

private:
    void addFrame(const QRectF &rect, const QColor &color, bool dashed);
    void addLine(const QRectF &from, const QRectF &to, const QColor &color, bool dashed);
    QGraphicsObject *layer();
    CanvasScene *m_scene;
    CompareSession *m_session;
    // Holds every mark; the scene owns it (and deletes it with itself).
    QPointer<QGraphicsObject> m_layer;
};

} // namespace sw
