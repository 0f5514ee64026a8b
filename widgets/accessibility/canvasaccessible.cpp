#include "widgets/accessibility/canvasaccessible.h"

#include "widgets/accessibility/graphwalker.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/items/linkitem.h"
#include "core/model/designmodel.h"
#include "core/model/selection.h"
#include "widgets/items/nodeitem.h"
#include "core/rules/validator.h"

#include <QPointer>
#include <QWindow>

namespace sw {

NodeFindings::NodeFindings(DesignModel *model, QObject *parent) : QObject(parent), m_model(model)
{
    setObjectName(QStringLiteral("nodeFindings"));
    connect(model, &DesignModel::changed, this, [this] { m_dirty = true; });
    connect(model, &DesignModel::designReset, this, [this] { m_dirty = true; });
}

QList<Finding> NodeFindings::about(const QString &id)
{
    if (m_dirty) {
        m_all = Validator::validate(m_model->design()).findings;
        m_dirty = false;
    }
    QList<Finding> out;
    for (const Finding &f : m_all)
        if (f.nodes.contains(id))
            out << f;
    return out;
}

QString CanvasTexts::nodeName(const DesignModel *model, const QString &id)
{
    const Node *n = model->design().node(id);
    if (!n)
        return {};
    return tr("%1, %2").arg(n->displayLabel(), kindTitle(n->kind));
}

QString CanvasTexts::nodeDescription(const DesignModel *model, NodeFindings *findings, const QString &id)
{
    const Design &d = model->design();
    const Node *n = d.node(id);
    if (!n)
        return {};
    QStringList parts;
    if (const Node *p = d.node(n->parent))
        parts << tr("Inside %1 (%2).").arg(p->displayLabel(), kindTitle(p->kind));
    int out = 0, in = 0;
    for (const Link &l : d.links()) {
        out += l.from == id;
        in += l.to == id;
    }
    parts << tr("%1 incoming and %2 outgoing links.").arg(in).arg(out);
    // The findings about the node and about what it runs on (a service's
    // single point of failure is reported on its server).
    QList<Finding> fs;
    for (const Node *at = n; at && findings; at = d.node(at->parent))
        for (const Finding &f : findings->about(at->id))
            if (!fs.contains(f))
                fs << f;
    if (fs.isEmpty())
        parts << tr("No findings.");
    for (const Finding &f : fs)
        parts << tr("%1: %2").arg(severityTitle(f.severity), f.message);
    return parts.join(QLatin1Char(' '));
}

QString CanvasTexts::linkName(const DesignModel *model, const QString &id)
{
    const Design &d = model->design();
    const Link *l = d.link(id);
    if (!l)
        return {};
    const Node *from = d.node(l->from);
    const Node *to = d.node(l->to);
    return tr("Link from %1 to %2, %3 port %4")
        .arg(from ? from->displayLabel() : l->from, to ? to->displayLabel() : l->to, protocolName(l->protocol))
        .arg(l->effectivePort());
}

QString CanvasTexts::canvasDescription()
{
    return tr("Tab and Alt+Right follow the links from the users' entry towards the database, Shift+Tab and "
              "Alt+Left go back, Alt+Up and Alt+Down choose another link at this step.")
           + QLatin1Char(' ')
           + tr("Alt+Page Down and Alt+Page Up go to every node in turn. Shift+Space keeps a node for a link: "
                "walk to another node and press Ctrl+L to link the two.");
}

QString CanvasTexts::keptNote() { return tr("Kept as the start of a link."); }

namespace {

// One node or link of the canvas.
class ItemAccessible : public QAccessibleInterface {
public:
    ItemAccessible(CanvasView *view, const QString &id, bool link) : m_view(view), m_id(id), m_link(link) {}

    bool isValid() const override
    {
        const CanvasAccessible *c = canvas();
        return c && c->indexOf(m_id, m_link) >= 0;
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *focusChild() const override { return nullptr; }

    QString text(QAccessible::Text t) const override
    {
        const CanvasAccessible *c = canvas();
        if (!c)
            return {};
        const DesignModel *model = c->scene()->model();
        switch (t) {
        case QAccessible::Name:
            return m_link ? CanvasTexts::linkName(model, m_id) : CanvasTexts::nodeName(model, m_id);
        case QAccessible::Description: {
            if (m_link)
                return {};
            const QString d = CanvasTexts::nodeDescription(model, c->findings(), m_id);
            const GraphWalker *walker = c->walker();
            return walker && walker->kept() == m_id ? CanvasTexts::keptNote() + QLatin1Char(' ') + d : d;
        }
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        const CanvasAccessible *c = canvas();
        if (!c)
            return {};
        QRectF r;
        if (m_link) {
            if (const LinkItem *l = c->scene()->linkItem(m_id))
                r = l->sceneBoundingRect();
        } else if (const NodeItem *n = c->scene()->nodeItem(m_id)) {
            r = n->sceneRectOfNode();
        }
        const QRect local = m_view->mapFromScene(r).boundingRect();
        return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override { return m_link ? QAccessible::Link : QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        const CanvasAccessible *c = canvas();
        if (!c)
            return s;
        s.focusable = true;
        s.selectable = true;
        const QStringList &sel = c->scene()->selectionModel()->ids();
        s.selected = sel.contains(m_id);
        s.focused = m_view->hasFocus() && c->focusedId(m_link) == m_id;
        if (const GraphWalker *walker = c->walker(); walker && !m_link) {
            s.checkable = true;
            s.checked = walker->kept() == m_id;   // kept as the start of a link
        }
        return s;
    }

private:
    const CanvasAccessible *canvas() const
    {
        if (!m_view)
            return nullptr;
        return dynamic_cast<CanvasAccessible *>(QAccessible::queryAccessibleInterface(m_view.data()));
    }

    QPointer<CanvasView> m_view;
    QString m_id;
    bool m_link;
};

QAccessibleInterface *canvasFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("sw::CanvasView") && object && object->isWidgetType())
        if (auto *view = qobject_cast<CanvasView *>(object))
            return new CanvasAccessible(view);
    return nullptr;
}

} // namespace

void installCanvasAccessibility()
{
    static bool installed = false;
    if (!installed)
        QAccessible::installFactory(canvasFactory);
    installed = true;
}

CanvasAccessible::CanvasAccessible(CanvasView *view) : QAccessibleWidget(view, QAccessible::Canvas)
{
}

// The item interfaces stay registered until the application ends (QAccessible
// owns them); once the view is gone they report isValid() == false.
CanvasAccessible::~CanvasAccessible() = default;

CanvasView *CanvasAccessible::view() const { return static_cast<CanvasView *>(widget()); }

CanvasScene *CanvasAccessible::scene() const { return static_cast<CanvasScene *>(view()->scene()); }

NodeFindings *CanvasAccessible::findings() const
{
    auto *f = view()->findChild<NodeFindings *>(QStringLiteral("nodeFindings"), Qt::FindDirectChildrenOnly);
    return f ? f : new NodeFindings(scene()->model(), view());
}

int CanvasAccessible::childCount() const
{
    const Design &d = scene()->model()->design();
    return int(d.nodes().size() + d.links().size());
}

int CanvasAccessible::indexOf(const QString &id, bool link) const
{
    const Design &d = scene()->model()->design();
    if (!link) {
        for (size_t i = 0; i < d.nodes().size(); ++i)
            if (d.nodes()[i].id == id)
                return int(i);
        return -1;
    }
    for (size_t i = 0; i < d.links().size(); ++i)
        if (d.links()[i].id == id)
            return int(d.nodes().size() + i);
    return -1;
}

QAccessibleInterface *CanvasAccessible::itemInterface(const QString &id, bool link) const
{
    const QString key = (link ? QStringLiteral("l:") : QStringLiteral("n:")) + id;
    if (auto it = m_items.constFind(key); it != m_items.constEnd())
        if (QAccessibleInterface *i = QAccessible::accessibleInterface(*it))
            return i;
    auto *iface = new ItemAccessible(view(), id, link);
    m_items.insert(key, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

QAccessibleInterface *CanvasAccessible::child(int index) const
{
    const Design &d = scene()->model()->design();
    if (index < 0)
        return nullptr;
    if (size_t(index) < d.nodes().size())
        return itemInterface(d.nodes()[size_t(index)].id, false);
    const size_t l = size_t(index) - d.nodes().size();
    return l < d.links().size() ? itemInterface(d.links()[l].id, true) : nullptr;
}

int CanvasAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (auto it = m_items.constBegin(); it != m_items.constEnd(); ++it)
        if (QAccessible::accessibleInterface(*it) == child)
            return indexOf(it.key().mid(2), it.key().startsWith(QLatin1Char('l')));
    return -1;
}

GraphWalker *CanvasAccessible::walker() const { return view()->findChild<GraphWalker *>(); }

QString CanvasAccessible::focusedId(bool link) const
{
    const QStringList &sel = scene()->selectionModel()->ids();
    if (!link)
        if (const GraphWalker *w = walker(); w && !w->current().isEmpty())
            return w->current();   // also beside the node kept for a link
    if (sel.size() != 1 || indexOf(sel.first(), link) < 0)
        return {};
    return sel.first();
}

QAccessibleInterface *CanvasAccessible::focusChild() const
{
    if (const QString node = focusedId(false); !node.isEmpty())
        return itemInterface(node, false);
    const QString link = focusedId(true);
    return link.isEmpty() ? nullptr : itemInterface(link, true);
}

QAccessibleInterface *CanvasAccessible::childAt(int x, int y) const
{
    const QPoint local = view()->viewport()->mapFromGlobal(QPoint(x, y));
    if (NodeItem *n = scene()->nodeAt(view()->mapToScene(local)))
        return itemInterface(n->id(), false);
    return nullptr;
}

QString CanvasAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Description) {
        // What the keyboard just did (kept a node, made a link), then how to walk.
        QString how = QAccessibleWidget::text(t);
        if (how.isEmpty())
            how = CanvasTexts::canvasDescription();
        const GraphWalker *w = walker();
        const QString said = w ? w->lastAnnouncement() : QString();
        return said.isEmpty() ? how : said + QLatin1Char(' ') + how;
    }
    return QAccessibleWidget::text(t);
}

} // namespace sw
