#include "widgets/accessibility/graphwalker.h"

#include "widgets/accessibility/canvasaccessible.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "core/model/designmodel.h"
#include "core/model/selection.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QSet>

namespace sw {

static CanvasScene *sceneOf(const CanvasView *view) { return static_cast<CanvasScene *>(view->scene()); }

GraphWalker::GraphWalker(CanvasView *view) : QObject(view), m_view(view)
{
    setObjectName(QStringLiteral("graphWalker"));
    view->installEventFilter(this);
    CanvasScene *scene = sceneOf(view);
    // The kept node is let go when the selection no longer holds it (a click, Escape, Delete...).
    connect(scene->selectionModel(), &Selection::changed, this, [this] {
        if (!m_kept.isEmpty() && !sceneOf(m_view)->selectionModel()->contains(m_kept))
            release(false);
    });
    connect(scene->model(), &DesignModel::linkAdded, this, &GraphWalker::linkAdded);
    connect(scene->model(), &DesignModel::designReset, this, [this] {
        m_kept.clear();
        m_at.clear();
        m_trail.clear();
    });
}

QString GraphWalker::current() const
{
    const QStringList &sel = sceneOf(m_view)->selectionModel()->ids();
    const Design &d = sceneOf(m_view)->model()->design();
    if (!m_kept.isEmpty() && !m_at.isEmpty() && sel == QStringList({m_kept, m_at}) && d.node(m_at))
        return m_at;
    return sel.size() == 1 && d.node(sel.first()) ? sel.first() : QString();
}

QString GraphWalker::entry() const
{
    const Design &d = sceneOf(m_view)->model()->design();
    for (const Node &n : d.nodes())
        if (n.kind == Kind::Internet)
            return n.id;
    return d.nodes().empty() ? QString() : d.nodes().front().id;
}

bool GraphWalker::leadsToDatabase(const QString &id) const
{
    const Design &d = sceneOf(m_view)->model()->design();
    QSet<QString> seen{id};
    QStringList todo{id};
    while (!todo.isEmpty()) {
        const QString at = todo.takeFirst();
        if (const Node *n = d.node(at); n && n->kind == Kind::Database)
            return true;
        for (const Link &l : d.links())
            if (l.from == at && !seen.contains(l.to)) {
                seen.insert(l.to);
                todo << l.to;
            }
    }
    return false;
}

QStringList GraphWalker::nextOf(const QString &id) const
{
    QStringList toDb, others;
    for (const Link &l : sceneOf(m_view)->model()->design().links())
        if (l.from == id && !toDb.contains(l.to) && !others.contains(l.to))
            (leadsToDatabase(l.to) ? toDb : others) << l.to;
    return toDb + others;
}

void GraphWalker::go(const QString &id)
{
    CanvasScene *scene = sceneOf(m_view);
    m_at = id;
    m_announcement.clear();
    scene->selectionModel()->set(m_kept.isEmpty() || m_kept == id ? QStringList{id} : QStringList{m_kept, id});
    m_view->showSelection();
    emit walkedTo(id);
    // Screen readers announce the node the walk reached (its name and findings).
    if (auto *canvas = dynamic_cast<CanvasAccessible *>(QAccessible::queryAccessibleInterface(m_view))) {
        QAccessibleEvent focus(canvas->itemInterface(id, false), QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
}

bool GraphWalker::forward()
{
    const QString at = current();
    if (at.isEmpty() || m_restart) {
        m_restart = false;
        const QString start = entry();
        if (start.isEmpty())
            return false;
        m_trail = {start};
        go(start);
        return true;
    }
    const QStringList next = nextOf(at);
    if (next.isEmpty())
        return false;
    if (m_trail.isEmpty() || m_trail.last() != at)
        m_trail = {at};
    m_trail << next.first();
    go(next.first());
    return true;
}

bool GraphWalker::back()
{
    const QString at = current();
    if (at.isEmpty())
        return false;
    if (m_trail.size() >= 2 && m_trail.last() == at) {
        m_trail.removeLast();
        go(m_trail.last());
        return true;
    }
    for (const Link &l : sceneOf(m_view)->model()->design().links())
        if (l.to == at) {
            m_trail = {l.from};
            go(l.from);
            return true;
        }
    return false;
}

bool GraphWalker::alternative(int step)
{
    const QString at = current();
    if (at.isEmpty() || m_trail.size() < 2 || m_trail.last() != at)
        return false;
    const QStringList options = nextOf(m_trail.at(m_trail.size() - 2));
    if (options.size() < 2)
        return false;
    const int i = (int(options.indexOf(at)) + step + int(options.size())) % int(options.size());
    m_trail.last() = options.at(i);
    go(options.at(i));
    return true;
}

bool GraphWalker::step(int by)
{
    const auto &nodes = sceneOf(m_view)->model()->design().nodes();
    if (nodes.empty())
        return false;
    const QString at = current();
    int i = -1;
    for (int k = 0; k < int(nodes.size()); ++k)
        if (nodes[size_t(k)].id == at)
            i = k;
    const int n = int(nodes.size());
    const int next = i < 0 ? (by > 0 ? 0 : n - 1) : ((i + by) % n + n) % n;
    m_trail = {nodes[size_t(next)].id};
    go(nodes[size_t(next)].id);
    return true;
}

bool GraphWalker::toggleKept()
{
    const QString at = current();
    if (at.isEmpty())
        return false;
    const DesignModel *model = sceneOf(m_view)->model();
    if (at == m_kept) {
        release(true);
        return true;
    }
    m_kept = at;
    m_at = at;
    announce(tr("%1 kept: walk to another node and press Ctrl+L to link the two, or Shift+Space to let it go.")
                 .arg(CanvasTexts::nodeName(model, at)));
    return true;
}

void GraphWalker::release(bool say)
{
    if (m_kept.isEmpty())
        return;
    const QString was = m_kept;
    m_kept.clear();
    Selection *sel = sceneOf(m_view)->selectionModel();
    if (!m_at.isEmpty() && sel->contains(m_at) && sel->contains(was))
        sel->set({m_at});
    if (say)
        announce(tr("%1 no longer kept.").arg(CanvasTexts::nodeName(sceneOf(m_view)->model(), was)));
}

void GraphWalker::linkAdded(const QString &linkId)
{
    const DesignModel *model = sceneOf(m_view)->model();
    const Link *l = model->design().link(linkId);
    if (m_kept.isEmpty() || !l || (l->from != m_kept && l->to != m_kept))
        return;
    // The link the keyboard asked for: the walk stays on the node it reached.
    m_kept.clear();
    if (!m_at.isEmpty() && model->design().node(m_at))
        sceneOf(m_view)->selectionModel()->set({m_at});
    announce(tr("Created: %1.").arg(CanvasTexts::linkName(model, linkId)));
}

void GraphWalker::announce(const QString &text)
{
    m_announcement = text;
    emit announced(text);
    // The status line shows it; screen readers hear it as the canvas's
    // description changing (Qt 6.4 has no announcement event) and an alert.
    emit sceneOf(m_view)->statusMessage(text);
    if (QAccessible::isActive()) {
        QAccessibleEvent changed(m_view, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&changed);
        QAccessibleEvent alert(m_view, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

bool GraphWalker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::FocusIn) {
        const Qt::FocusReason why = static_cast<QFocusEvent *>(event)->reason();
        m_restart = why == Qt::TabFocusReason || why == Qt::BacktabFocusReason;
        return QObject::eventFilter(watched, event);
    }
    const bool press = event->type() == QEvent::KeyPress;
    if (watched != m_view || (!press && event->type() != QEvent::ShortcutOverride))
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier);
    const bool arrow = key->key() == Qt::Key_Left || key->key() == Qt::Key_Right || key->key() == Qt::Key_Up
                       || key->key() == Qt::Key_Down;
    const bool page = key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp;
    const bool altArrow = (arrow || page) && mods == Qt::KeyboardModifiers(Qt::AltModifier);
    const bool keep = key->key() == Qt::Key_Space && mods == Qt::KeyboardModifiers(Qt::ShiftModifier);
    const bool letGo = key->key() == Qt::Key_Escape && mods == Qt::KeyboardModifiers(Qt::NoModifier) && !m_kept.isEmpty();
    if (!press) { // while the canvas has the focus, these keys walk rather than trigger a shortcut
        if (!altArrow && !keep && !letGo)
            return QObject::eventFilter(watched, event);
        event->accept();
        return true;
    }
    if (key->key() == Qt::Key_Tab && mods == Qt::KeyboardModifiers(Qt::NoModifier))
        return forward();   // nowhere to go: Tab moves the focus on as usual
    if (key->key() == Qt::Key_Backtab
        && (mods == Qt::KeyboardModifiers(Qt::ShiftModifier) || mods == Qt::KeyboardModifiers(Qt::NoModifier)))
        return back();
    if (mods == Qt::KeyboardModifiers(Qt::AltModifier)) {
        switch (key->key()) {
        case Qt::Key_Right: forward(); return true;
        case Qt::Key_Left: back(); return true;
        case Qt::Key_Down: alternative(+1); return true;
        case Qt::Key_Up: alternative(-1); return true;
        case Qt::Key_PageDown: step(+1); return true;
        case Qt::Key_PageUp: step(-1); return true;
        default: break;
        }
    }
    if (keep)
        return toggleKept();
    if (letGo) {
        release(true);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sw
