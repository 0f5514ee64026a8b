#include "widgets/analysis/flowplayer.h"

namespace sw {

FlowPlayer::FlowPlayer(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(2500);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_index + 1 >= count())
            pause();
        else
            setIndex(m_index + 1);
    });
}

void FlowPlayer::setHops(const QVector<FlowHop> &hops)
{
    m_hops = hops;
    const int clamped = m_index < 0 ? -1 : std::min(m_index, count() - 1);
    m_index = -2;   // always report the (possibly new) hop at this step
    setIndex(clamped);
}

const FlowHop *FlowPlayer::currentHop() const
{
    return m_index >= 0 && m_index < count() ? &m_hops[m_index] : nullptr;
}

void FlowPlayer::play()
{
    if (count() == 0)
        return;
    if (m_index + 1 >= count())
        setIndex(0);   // from the start again
    else if (m_index < 0)
        setIndex(0);
    m_timer.start();
    emit playingChanged(true);
}

void FlowPlayer::pause()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    emit playingChanged(false);
}

void FlowPlayer::togglePlay() { isPlaying() ? pause() : play(); }

void FlowPlayer::stepForward()
{
    if (m_index + 1 < count())
        setIndex(m_index + 1);
}

void FlowPlayer::stepBack()
{
    if (m_index > 0)
        setIndex(m_index - 1);
}

void FlowPlayer::stop()
{
    pause();
    setIndex(-1);
}

void FlowPlayer::setIndex(int i)
{
    i = std::max(-1, std::min(i, count() - 1));
    if (i == m_index)
        return;
    m_index = i;
    emit stepChanged(i);
}

} // namespace sw
