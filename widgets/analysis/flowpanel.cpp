#include "widgets/analysis/flowpanel.h"

#include "widgets/analysis/flowplayer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace sw {

FlowPanel::FlowPanel(FlowPlayer *player, QWidget *parent) : QWidget(parent), m_player(player)
{
    auto button = [this](QStyle::StandardPixmap icon, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(tip);
        b->setAutoRaise(true);
        b->setIconSize(QSize(24, 24));
        return b;
    };
    m_restart = button(QStyle::SP_MediaSkipBackward, tr("Start again"));
    m_back = button(QStyle::SP_MediaSeekBackward, tr("Step back (Left)"));
    m_play = button(QStyle::SP_MediaPlay, tr("Play / pause (Space)"));
    m_forward = button(QStyle::SP_MediaSeekForward, tr("Step forward (Right)"));
    m_step = new QLabel(this);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_caption->setMinimumHeight(90);
    QFont f = m_caption->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    m_caption->setFont(f);
    m_caption->setObjectName(QStringLiteral("flowCaption"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_restart);
    controls->addWidget(m_back);
    controls->addWidget(m_play);
    controls->addWidget(m_forward);
    controls->addSpacing(8);
    controls->addWidget(m_step, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_caption, 1);

    connect(m_restart, &QToolButton::clicked, player, [player] {
        player->stop();
        player->stepForward();
    });
    connect(m_back, &QToolButton::clicked, player, &FlowPlayer::stepBack);
    connect(m_play, &QToolButton::clicked, player, &FlowPlayer::togglePlay);
    connect(m_forward, &QToolButton::clicked, player, &FlowPlayer::stepForward);
    connect(player, &FlowPlayer::stepChanged, this, &FlowPanel::refresh);
    connect(player, &FlowPlayer::playingChanged, this, &FlowPanel::refresh);
    refresh();
}

QString FlowPanel::captionText() const { return m_caption->text(); }
QString FlowPanel::stepText() const { return m_step->text(); }

void FlowPanel::addSection(QWidget *section)
{
    section->setParent(this);
    layout()->addWidget(section);
}

void FlowPanel::refresh()
{
    const int i = m_player->index(), n = m_player->count();
    m_play->setIcon(style()->standardIcon(m_player->isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_back->setEnabled(i > 0);
    m_forward->setEnabled(i + 1 < n);
    if (const FlowHop *h = m_player->currentHop()) {
        m_step->setText(tr("Step %1 of %2").arg(i + 1).arg(n));
        m_caption->setText(h->caption);
    } else {
        m_step->setText(tr("%n step(s)", nullptr, n));
        m_caption->setText(tr("Press play or step forward to follow one request through the stack."));
    }
}

} // namespace sw
