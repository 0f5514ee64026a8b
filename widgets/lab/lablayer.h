// The lab on the canvas: a frame and a state mark ("up", "starting",
// "failed", "stopped") on each server and service of the running lab, and a
// "VIP" mark on the server holding the virtual address. An item of its own
// on top of the design's items (the canvas is not changed); it takes no
// mouse events, and follows the model's geometry.
#pragma once

#include "core/model/geometry.h"
#include "widgets/lab/labstates.h"

#include <QGraphicsObject>

namespace sw {

class DesignModel;

class LabLayer : public QGraphicsObject {
    Q_OBJECT
public:
    explicit LabLayer(DesignModel *model, QGraphicsItem *parent = nullptr);

    void setView(const LabView &view);
    void clear();
    const LabView &labView() const { return m_view; }
    bool isShown() const { return m_shown; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void relayout();

    DesignModel *m_model;
    DiagramGeometry m_geo;
    LabView m_view;
    QRectF m_bounds;
    bool m_shown = false;
};

} // namespace sw
