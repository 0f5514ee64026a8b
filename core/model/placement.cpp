#include "core/model/placement.h"

#include "core/model/geometry.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLineF>
#include <QRegularExpression>
#include <cmath>
#include <limits>

namespace sw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::Placement)
};

constexpr double kGap = 10;   // free space kept between sibling boxes
constexpr double kEps = 0.5;  // boxes that only touch do not overlap

bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() < b.right() - kEps && b.left() < a.right() - kEps && a.top() < b.bottom() - kEps
           && b.top() < a.bottom() - kEps;
}

double snapUp(double v) { return std::ceil(v / Geo::kGrid - 1e-9) * Geo::kGrid; }
double snapDown(double v) { return std::floor(v / Geo::kGrid + 1e-9) * Geo::kGrid; }

// The nearest spot to `wanted` where a box of `size` keeps kGap away from
// every rect of `others`, with its top-left at least (minX, minY).
QPointF nearestFree(const QVector<QRectF> &others, const QSizeF &size, QPointF wanted, double minX, double minY)
{
    wanted = QPointF(std::max(wanted.x(), minX), std::max(wanted.y(), minY));
    auto isFree = [&](const QPointF &p) {
        const QRectF r = QRectF(p, size).adjusted(-kGap + kEps, -kGap + kEps, kGap - kEps, kGap - kEps);
        for (const QRectF &o : others)
            if (overlaps(r, o))
                return false;
        return true;
    };
    if (isFree(wanted))
        return wanted;
    double bottom = wanted.y();
    QVector<QPointF> candidates;
    candidates.reserve(others.size() * 6 + 1);
    for (const QRectF &o : others) {
        bottom = std::max(bottom, o.bottom());
        const double right = snapUp(o.right() + kGap), below = snapUp(o.bottom() + kGap);
        const double left = snapDown(o.left() - kGap - size.width()), above = snapDown(o.top() - kGap - size.height());
        candidates << QPointF(right, wanted.y()) << QPointF(wanted.x(), below) << QPointF(right, o.top())
                   << QPointF(o.left(), below) << QPointF(left, wanted.y()) << QPointF(wanted.x(), above);
    }
    QPointF best(wanted.x(), snapUp(bottom + kGap)); // below everything: always free
    double bestDistance = QLineF(wanted, best).length();
    for (QPointF c : std::as_const(candidates)) {
        c = QPointF(std::max(c.x(), minX), std::max(c.y(), minY));
        const double distance = QLineF(wanted, c).length();
        if (distance < bestDistance && isFree(c)) {
            best = c;
            bestDistance = distance;
        }
    }
    return best;
}

QSizeF sizeOfNew(Kind kind)
{
    return Geo::isContainer(kind) ? Geo::minimumContainerSize(kind) : Geo::leafSize(kind);
}

// "stem N" -> stem; "stem-NN" -> stem.
QString stripNumber(const QString &s, const QRegularExpression &re)
{
    const auto m = re.match(s);
    return m.hasMatch() && !m.captured(1).isEmpty() ? m.captured(1) : s;
}

} // namespace

QString freshId(const Design &design, const QString &base, const QSet<QString> &taken)
{
    QString b = base.left(56);
    if (!isValidId(b))
        b = QStringLiteral("node");
    if (!design.hasId(b) && !taken.contains(b))
        return b;
    for (int i = 2;; ++i) {
        const QString id = QStringLiteral("%1-%2").arg(b).arg(i);
        if (!design.hasId(id) && !taken.contains(id))
            return id;
    }
}

QString numberedLabel(const Design &design, Kind kind, const QString &label, const QSet<QString> &taken)
{
    QSet<QString> used = taken;
    for (const Node &n : design.nodes())
        if (n.kind == kind)
            used.insert(n.displayLabel());
    if (!used.contains(label))
        return label;
    static const QRegularExpression number(QStringLiteral("^(.*\\S)\\s+\\d+$"));
    const QString stem = stripNumber(label, number).left(190);
    for (int i = 2;; ++i) {
        const QString c = QStringLiteral("%1 %2").arg(stem).arg(i);
        if (!used.contains(c))
            return c;
    }
}

QString numberedHostname(const Design &design, const QString &hostname, const QSet<QString> &taken)
{
    QSet<QString> used;
    for (const QString &t : taken)
        used.insert(t.toLower());
    for (const Node *s : design.nodesOfKind(Kind::Server))
        used.insert(s->props.value(QStringLiteral("hostname")).toString().toLower());
    if (isValidHostnameLabel(hostname) && !used.contains(hostname.toLower()))
        return hostname;
    static const QRegularExpression number(QStringLiteral("^(.*?)-?\\d+$"));
    QString stem = stripNumber(hostname, number).left(56);
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    if (!isValidHostnameLabel(stem))
        stem = QStringLiteral("server");
    for (int i = 2;; ++i) {
        const QString c = QStringLiteral("%1-%2").arg(stem).arg(i, 2, 10, QLatin1Char('0'));
        if (!used.contains(c.toLower()))
            return c;
    }
}

QString freeAddress(const Design &design, const QString &near, const QSet<QString> &taken)
{
    QSet<QString> used = taken;
    for (const Node &n : design.nodes()) {
        if (n.kind != Kind::Server && n.kind != Kind::Cluster)
            continue;
        const QString a = n.props.value(n.kind == Kind::Cluster ? QStringLiteral("vip") : QStringLiteral("address")).toString();
        if (!a.isEmpty())
            used.insert(a);
    }
    const QHostAddress base(near);
    const quint32 v = base.protocol() == QAbstractSocket::IPv4Protocol ? base.toIPv4Address()
                                                                        : QHostAddress(QStringLiteral("10.0.0.10")).toIPv4Address();
    const quint32 net = v & 0xFFFFFF00u;
    const int start = int(v & 0xFFu);
    for (int step = 1; step < 254; ++step)
        for (int host : {start + step, start - step}) {
            if (host < 1 || host > 254)
                continue;
            const QString candidate = QHostAddress(net | quint32(host)).toString();
            if (!used.contains(candidate))
                return candidate;
        }
    return QHostAddress(net | 1u).toString();
}

Node makeNode(const Design &design, Kind kind, const QSet<QString> &taken)
{
    if (kind == Kind::Server) {
        Node n = makeServerFor(design, Kind::Server, taken);
        return n;
    }
    Node n;
    n.kind = kind;
    n.id = freshId(design, kindName(kind), taken);
    n.label = numberedLabel(design, kind, kindTitle(kind));
    n.hasPos = true;
    return n;
}

Node makeServerFor(const Design &design, Kind service, const QSet<QString> &taken)
{
    QString label, host;
    switch (service) {
    case Kind::LoadBalancer: label = Tr::tr("Load balancer server"); host = QStringLiteral("lb-01"); break;
    case Kind::WebServer: label = Tr::tr("Web server"); host = QStringLiteral("web-01"); break;
    case Kind::AppServer:
    case Kind::Codebase: label = Tr::tr("Application server"); host = QStringLiteral("app-01"); break;
    case Kind::Database: label = Tr::tr("Database server"); host = QStringLiteral("db-01"); break;
    case Kind::Cache: label = Tr::tr("Cache server"); host = QStringLiteral("cache-01"); break;
    case Kind::MonitoringAgent:
    case Kind::Internet:
    case Kind::Dns:
    case Kind::Certificate:
    case Kind::Server:
    case Kind::Firewall:
    case Kind::MonitoringService:
    case Kind::Cluster:
    case Kind::Zone:
    case Kind::Note: label = kindTitle(Kind::Server); host = QStringLiteral("server-01"); break;
    }
    Node n;
    n.kind = Kind::Server;
    n.props.insert(QStringLiteral("hostname"), numberedHostname(design, host));
    n.id = freshId(design, n.props.value(QStringLiteral("hostname")).toString(), taken);
    n.label = numberedLabel(design, Kind::Server, label);
    n.hasPos = true;
    return n;
}

bool takesRoom(const Node &node) { return node.kind != Kind::Cluster; }

namespace {
// Sibling groups: parent id -> children that take room.
QHash<QString, QVector<const Node *>> siblingGroups(const Design &d)
{
    QHash<QString, QVector<const Node *>> groups;
    for (const Node &n : d.nodes())
        if (takesRoom(n))
            groups[n.parent].append(&n);
    return groups;
}

QString pairKey(const QString &a, const QString &b) { return a < b ? a + QLatin1Char('|') + b : b + QLatin1Char('|') + a; }
} // namespace

QSet<QString> overlappingSiblings(const Design &design)
{
    QSet<QString> out;
    const DiagramGeometry geo(design);
    const auto groups = siblingGroups(design);
    for (const auto &group : groups)
        for (int i = 0; i < group.size(); ++i)
            for (int j = i + 1; j < group.size(); ++j)
                if (overlaps(geo.rect(group[i]->id), geo.rect(group[j]->id)))
                    out.insert(pairKey(group[i]->id, group[j]->id));
    return out;
}

QPointF freeSpot(const Design &design, const QString &parent, const QSizeF &size, const QPointF &wanted,
                 const QSet<QString> &ignore)
{
    const DiagramGeometry geo(design);
    const QPointF origin = parent.isEmpty() ? QPointF() : design.scenePos(parent);
    double minX = -std::numeric_limits<double>::max(), minY = minX;
    if (const Node *p = parent.isEmpty() ? nullptr : design.node(parent)) {
        minX = p->kind == Kind::Zone ? Geo::kZonePadding : Geo::kPadding;
        minY = Geo::kHeader;
    }
    QVector<QRectF> others;
    for (const Node &n : design.nodes())
        if (n.parent == parent && takesRoom(n) && !ignore.contains(n.id))
            others << geo.rect(n.id).translated(-origin);
    return nearestFree(others, size, wanted, minX, minY);
}

QPointF freeChildSpot(const Design &design, const QString &container, Kind kind)
{
    const Node *c = design.node(container);
    const double pad = c && c->kind == Kind::Zone ? Geo::kZonePadding : Geo::kPadding;
    return freeSpot(design, container, sizeOfNew(kind), QPointF(pad, Geo::kHeader));
}

void settleNewNodes(const Design &design, QVector<Node> &nodes)
{
    Design work = design;
    QSet<QString> batch;
    for (const Node &n : std::as_const(nodes))
        batch.insert(n.id);
    // Names first: later nodes of the batch see the earlier ones.
    for (Node &n : nodes) {
        if (!n.label.isEmpty())
            n.label = numberedLabel(work, n.kind, n.label);
        if (n.kind == Kind::Server) {
            const QString host = n.props.value(QStringLiteral("hostname")).toString();
            if (!host.isEmpty())
                n.props.insert(QStringLiteral("hostname"), numberedHostname(work, host));
            const QString address = n.props.value(QStringLiteral("address")).toString();
            bool used = false;
            for (const Node &o : work.nodes())
                used = used || (o.kind == Kind::Server && o.props.value(QStringLiteral("address")).toString() == address)
                       || (o.kind == Kind::Cluster && o.props.value(QStringLiteral("vip")).toString() == address);
            if (!address.isEmpty() && used)
                n.props.insert(QStringLiteral("address"), freeAddress(work, address));
        }
        work.insertNode(n);
    }
    // Then places: each root of the batch among its siblings, avoiding the
    // roots placed before it (and not the ones still to place).
    QSet<QString> unplaced;
    for (const Node &n : std::as_const(nodes))
        if ((n.parent.isEmpty() || !batch.contains(n.parent)) && takesRoom(n))
            unplaced.insert(n.id);
    for (Node &n : nodes) {
        if (!unplaced.contains(n.id))
            continue;
        const QSizeF size = DiagramGeometry(work).rect(n.id).size();
        const QPointF spot = freeSpot(work, n.parent, size, n.hasPos ? n.pos : QPointF(), unplaced);
        unplaced.remove(n.id);
        n.pos = spot;
        n.hasPos = true;
        Node *w = work.node(n.id);
        w->pos = spot;
        w->hasPos = true;
    }
}

QHash<QString, QPointF> makeRoom(const Design &before, const Design &after, const QSet<QString> &fixed)
{
    QSet<QString> allowed = overlappingSiblings(before);
    QHash<QString, QPointF> moves;
    Design work = after;
    const int limit = 4 * int(after.nodes().size()) + 16;
    for (int round = 0; round < limit; ++round) {
        const DiagramGeometry geo(work);
        const auto groups = siblingGroups(work);
        const Node *mover = nullptr;
        QRectF moverRect, blockerRect;
        for (auto g = groups.cbegin(); g != groups.cend() && !mover; ++g) {
            const auto &group = g.value();
            for (int i = 0; i < group.size() && !mover; ++i)
                for (int j = i + 1; j < group.size() && !mover; ++j) {
                    const Node *a = group[i], *b = group[j];
                    const QRectF ra = geo.rect(a->id), rb = geo.rect(b->id);
                    if (!overlaps(ra, rb) || allowed.contains(pairKey(a->id, b->id)))
                        continue;
                    // The lower one moves down (the later one on a tie).
                    bool moveB = rb.top() >= ra.top();
                    if (fixed.contains(moveB ? b->id : a->id))
                        moveB = !moveB;
                    if (fixed.contains(moveB ? b->id : a->id)) {
                        allowed.insert(pairKey(a->id, b->id));
                        continue;
                    }
                    mover = moveB ? b : a;
                    moverRect = moveB ? rb : ra;
                    blockerRect = moveB ? ra : rb;
                }
        }
        if (!mover)
            break;
        Node *m = work.node(mover->id);
        m->pos.setY(m->pos.y() + snapUp(blockerRect.bottom() + kGap - moverRect.top()));
        m->hasPos = true;
        moves.insert(m->id, m->pos);
    }
    return moves;
}

} // namespace sw
