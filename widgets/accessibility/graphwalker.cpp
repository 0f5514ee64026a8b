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

GraphWalker::GraphWalker(CanvasView *view) : QObject(view), m_view(view)
{
    setObjectName(QStringLiteral("graphWalker"));
    view->installEventFilter(this);
}

static CanvasScene *sceneOf(const CanvasView *view) { return static_cast<CanvasScene *>(view->scene()); }

QString GraphWalker::current() const
{
    const QStringList &sel = sceneOf(m_view)->selectionModel()->ids();
    return sel.size() == 1 && sceneOf(m_view)->model()->design().node(sel.first()) ? sel.first() : QString();
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
    scene->selectionModel()->set({id});
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
    const bool altArrow = arrow && mods == Qt::KeyboardModifiers(Qt::AltModifier);
    if (!press) { // while the canvas has the focus, Alt+arrows walk rather than trigger a shortcut
        if (!altArrow)
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
        default: break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sw
