// The request-flow controls: step back, play/pause, step forward, the step
// number and the hop's caption in large type.
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace sw {

class FlowPlayer;

class FlowPanel : public QWidget {
    Q_OBJECT
public:
    explicit FlowPanel(FlowPlayer *player, QWidget *parent = nullptr);

    QString captionText() const;
    QString stepText() const;
    // Another feature's controls below the caption (the lab's "Send requests").
    void addSection(QWidget *section);

private:
    void refresh();

    FlowPlayer *m_player;
    QToolButton *m_back, *m_play, *m_forward, *m_restart;
    QLabel *m_step, *m_caption;
};

} // namespace sw
