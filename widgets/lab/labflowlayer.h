// Real requests on the canvas: each request of a batch travels as a dot
// along the path it really took (labpaths.h), on the batch's own timeline
// slowed down to be followed; a failed one stops, red, with a cross where
// it failed. Afterwards every distinct path stays drawn with its count
// until the next batch or clear().
#pragma once

#include "core/model/geometry.h"
#include "widgets/lab/labpaths.h"

#include <QElapsedTimer>
#include <QGraphicsObject>
#include <QTimer>

namespace sw {

class DesignModel;

class LabFlowLayer : public QGraphicsObject {
    Q_OBJECT
public:
    explicit LabFlowLayer(DesignModel *model, QGraphicsItem *parent = nullptr);

    // `starts`: when each request started, in seconds from the first.
    void play(const QVector<RequestPath> &paths, const QVector<double> &starts);
    void clear();
    bool isPlaying() const { return m_timer.isActive(); }
    int pathCount() const { return int(m_paths.size()); }
    static constexpr int kTravelMs = 1400;   // one request's trip on screen
    static constexpr double kSlowdown = 3;   // the batch's timeline, stretched

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

signals:
    void finished();

private:
    QVector<QPointF> points(const RequestPath &p) const;
    void relayout();

    DesignModel *m_model;
    DiagramGeometry m_geo;
    QVector<RequestPath> m_paths;
    QVector<double> m_startMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_now = 0, m_endMs = 0;
    QRectF m_bounds;
};

} // namespace sw
