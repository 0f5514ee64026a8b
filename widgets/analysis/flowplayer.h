// Plays the request-flow script one hop at a time: play, pause, step back
// and forward. Knows nothing about widgets; the panel and presentation mode
// show currentHop() and the controller highlights its nodes.
#pragma once

#include "core/analysis/requestflow.h"

#include <QObject>
#include <QTimer>

namespace sw {

class FlowPlayer : public QObject {
    Q_OBJECT
public:
    explicit FlowPlayer(QObject *parent = nullptr);

    // New hops (the design or the failures changed): keeps the step number.
    void setHops(const QVector<FlowHop> &hops);
    const QVector<FlowHop> &hops() const { return m_hops; }
    int index() const { return m_index; }   // -1: not started
    int count() const { return int(m_hops.size()); }
    const FlowHop *currentHop() const;
    bool isPlaying() const { return m_timer.isActive(); }
    void setInterval(int ms) { m_timer.setInterval(ms); }

public slots:
    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();
    void stop();          // back to "not started"
    void setIndex(int i);

signals:
    void stepChanged(int index);
    void playingChanged(bool playing);

private:
    QVector<FlowHop> m_hops;
    int m_index = -1;
    QTimer m_timer;
};

} // namespace sw
