#include "bench/common/generate.h"

namespace sw::bench {

Design generateDesign(int targetNodes, int targetLinks)
{
    Design d;
    d.name = QStringLiteral("generated %1 nodes").arg(targetNodes);
    d.reserve(targetNodes, targetLinks);
    Node users;
    users.id = QStringLiteral("users");
    users.kind = Kind::Internet;
    users.hasPos = true;
    d.insertNode(users);
    // Each group: a server with one service and a host firewall = 3 nodes.
    const Kind tiers[] = {Kind::LoadBalancer, Kind::WebServer, Kind::AppServer, Kind::Database};
    const int groups = (targetNodes - 1) / 3;
    const int perTier = std::max(1, groups / 4);
    QVector<QStringList> services(4);
    for (int g = 0; g < groups; ++g) {
        const int tier = std::min(3, g / perTier);
        const int col = tier, row = g - tier * perTier;
        Node s;
        s.id = QStringLiteral("srv%1").arg(g);
        s.kind = Kind::Server;
        s.hasPos = true;
        s.pos = QPointF(300 + col * 400 + (row % 20) * 20, (row / 20) * 0 + row * 140.0);
        s.props.insert(QStringLiteral("hostname"), QStringLiteral("host-%1").arg(g));
        s.props.insert(QStringLiteral("address"), QStringLiteral("10.%1.%2.%3").arg(g / 65536).arg((g / 256) % 256).arg(g % 256));
        d.insertNode(s);
        Node svc;
        svc.id = QStringLiteral("svc%1").arg(g);
        svc.kind = tiers[tier];
        svc.parent = s.id;
        svc.hasPos = true;
        svc.pos = QPointF(10, 30);
        d.insertNode(svc);
        Node fw;
        fw.id = QStringLiteral("fw%1").arg(g);
        fw.kind = Kind::Firewall;
        fw.parent = s.id;
        fw.hasPos = true;
        fw.pos = QPointF(10, 78);
        fw.props.insert(QStringLiteral("allow"), QStringList{QStringLiteral("80/tcp"), QStringLiteral("443/tcp")});
        d.insertNode(fw);
        services[tier].append(svc.id);
    }
    const Protocol protos[] = {Protocol::Https, Protocol::Http, Protocol::Http, Protocol::Mysql};
    int next = 0;
    auto addLink = [&](const QString &from, const QString &to, Protocol p) {
        Link l;
        l.id = QStringLiteral("l%1").arg(next++);
        l.from = from;
        l.to = to;
        l.protocol = p;
        d.insertLink(l);
    };
    for (const QString &lb : services[0])
        addLink(QStringLiteral("users"), lb, Protocol::Https);
    // Each tier to the next, spreading until the link budget is used.
    int round = 0;
    while (next < targetLinks && round < 8) {
        for (int t = 0; t < 3 && next < targetLinks; ++t) {
            const QStringList &a = services[t], &b = services[t + 1];
            if (a.isEmpty() || b.isEmpty())
                continue;
            for (int i = 0; i < a.size() && next < targetLinks; ++i) {
                const QString to = b[(i * 7 + round * 13) % b.size()];
                addLink(a[i], to, protos[t + 1]);
            }
        }
        ++round;
    }
    return d;
}

Design withCodebases(Design d)
{
    QVector<Node> add;
    for (const Node *app : d.nodesOfKind(Kind::AppServer)) {
        Node c;
        c.id = QStringLiteral("code-") + app->id;
        c.kind = Kind::Codebase;
        c.parent = app->parent;
        c.hasPos = true;
        c.pos = QPointF(10, 126);
        c.props.insert(QStringLiteral("repository"), QStringLiteral("https://git.example.org/shop/app.git"));
        add << c;
    }
    for (const Node &c : add)
        d.insertNode(c);
    return d;
}

} // namespace sw::bench
