#include "widgets/analysis/presentationmode.h"

#include "widgets/analysis/flowplayer.h"

#include <QDockWidget>
#include <QEvent>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QShortcut>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace sw {

namespace {
constexpr int kNodeItemType = QGraphicsItem::UserType + 0x5701; // NodeItem::Type
} // namespace

PresentationMode::PresentationMode(const EditorContext &ctx, FlowPlayer *player, QObject *parent)
    : QObject(parent), m_ctx(ctx), m_player(player)
{
    connect(player, &FlowPlayer::stepChanged, this, &PresentationMode::updateCaption);
}

PresentationMode::~PresentationMode() = default;

void PresentationMode::setActive(bool on)
{
    if (on == m_active)
        return;
    on ? enter() : leave();
    emit activeChanged(m_active);
}

void PresentationMode::enter()
{
    QMainWindow *w = m_ctx.window;
    if (!w)
        return;
    m_active = true;
    m_hidden.clear();
    auto hide = [this](QWidget *x) {
        if (x && x->isVisible()) {
            m_hidden << x;
            x->hide();
        }
    };
    for (QDockWidget *d : w->findChildren<QDockWidget *>())
        hide(d);
    for (QToolBar *t : w->findChildren<QToolBar *>())
        hide(t);
    hide(w->menuBar());
    if (w->findChild<QStatusBar *>())
        hide(w->statusBar());
    m_windowState = w->windowState();
    w->showFullScreen();

    QWidget *host = m_ctx.view ? static_cast<QWidget *>(m_ctx.view) : static_cast<QWidget *>(w);
    m_caption = new QLabel(host);
    m_caption->setObjectName(QStringLiteral("presentationCaption"));
    m_caption->setWordWrap(true);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_caption->setStyleSheet(QStringLiteral("QLabel { background: rgba(20, 28, 40, 225); color: white; "
                                            "border-radius: 12px; padding: 18px 28px; }"));
    host->installEventFilter(this);
    if (m_ctx.view) {
        m_viewTransform = m_ctx.view->transform();
        m_ctx.view->setProperty("presentation", true);
    }
    // The main window's high-contrast look: larger type, thicker lines.
    m_highContrast = w ? w->findChild<QAction *>(QStringLiteral("actionHighContrast")) : nullptr;
    m_highContrastWasOn = m_highContrast && m_highContrast->isChecked();
    if (m_highContrast)
        m_highContrast->setChecked(true);

    auto key = [this, w](const QKeySequence &k, auto slot) {
        auto s = std::make_unique<QShortcut>(k, w);
        s->setContext(Qt::WindowShortcut);
        connect(s.get(), &QShortcut::activated, this, slot);
        m_shortcuts.push_back(std::move(s));
    };
    key(QKeySequence(Qt::Key_Right), [this] { m_player->stepForward(); });
    key(QKeySequence(Qt::Key_PageDown), [this] { m_player->stepForward(); });
    key(QKeySequence(Qt::Key_Left), [this] { m_player->stepBack(); });
    key(QKeySequence(Qt::Key_PageUp), [this] { m_player->stepBack(); });
    key(QKeySequence(Qt::Key_Space), [this] { m_player->togglePlay(); });
    key(QKeySequence(Qt::Key_Escape), [this] { setActive(false); });

    if (m_player->index() < 0)
        m_player->stepForward();
    updateCaption();
    placeCaption();
    // A window manager makes the window full screen a moment later: fit again then.
    QTimer::singleShot(400, this, [this] { placeCaption(); });
}

void PresentationMode::leave()
{
    QMainWindow *w = m_ctx.window;
    m_active = false;
    m_shortcuts.clear();
    if (m_caption) {
        if (m_caption->parentWidget())
            m_caption->parentWidget()->removeEventFilter(this);
        delete m_caption;
    }
    if (m_ctx.view) {
        m_ctx.view->setProperty("presentation", false);
        m_ctx.view->setTransform(m_viewTransform);
    }
    if (m_highContrast)
        m_highContrast->setChecked(m_highContrastWasOn);
    if (w)
        w->setWindowState(m_windowState);
    for (const QPointer<QWidget> &x : m_hidden)
        if (x)
            x->show();
    m_hidden.clear();
}

void PresentationMode::updateCaption()
{
    if (!m_caption)
        return;
    const FlowHop *h = m_player->currentHop();
    m_caption->setText(h ? tr("%1 / %2   %3").arg(m_player->index() + 1).arg(m_player->count()).arg(h->caption)
                         : tr("Right arrow: next step   Left arrow: back   Space: play   Esc: leave"));
    placeCaption();
}

void PresentationMode::placeCaption()
{
    if (!m_caption || !m_caption->parentWidget())
        return;
    QWidget *host = m_caption->parentWidget();
    const int h = host->height(), wd = host->width();
    QFont f = m_caption->font();
    f.setPixelSize(std::max(18, h / 30));   // 36 px on a 1080-line projector
    m_caption->setFont(f);
    const int margin = std::max(12, wd / 60);
    const int width = wd - 2 * margin;
    const int height = m_caption->heightForWidth(width);
    m_caption->setGeometry(margin, h - margin - height, width, height);
    m_caption->show();
    m_caption->raise();
    if (m_ctx.view && m_ctx.scene) {
        // The whole design on screen, above the caption.
        // The boxes only (top-level nodes): not every item's margins.
        QRectF r;
        const auto items = m_ctx.scene->items();
        for (const QGraphicsItem *item : items)
            if (!item->parentItem() && item->type() == kNodeItemType && item->isVisible())
                r = r.isNull() ? item->sceneBoundingRect() : r.united(item->sceneBoundingRect());
        if (!r.isEmpty()) {
            r.adjust(-30, -30, 30, 30 + r.height() * (height + margin) / std::max(1, h - height - margin));
            m_ctx.view->fitInView(r, Qt::KeepAspectRatio);
        }
    }
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    // The view's viewport takes its new size after this event: fit once it has.
    if (m_caption && watched == m_caption->parentWidget() && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, [this] { placeCaption(); }, Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

} // namespace sw
