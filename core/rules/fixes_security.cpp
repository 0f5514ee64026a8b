// Quick fixes about security: host firewalls and their rules, HTTPS at the
// entry, the redirect from port 80, certificates on every cluster member.
#include "core/rules/fixes.h"
#include "core/rules/rulechecks.h"
#include "core/model/propertykeys.h"

#include <QCoreApplication>

namespace sw::fixes {

namespace {

QString tlsOnValue(const Node *s)
{
    return s->kind == Kind::LoadBalancer ? QStringLiteral("terminate") : QStringLiteral("on");
}

int gateOfFirewall(const RuleContext &c, const Node *fw)
{
    const int self = c.indexOf(fw);
    return c.isNetworkFirewall(*fw) ? self : c.serverIndex(self);
}

} // namespace

QStringList missingRules(const RuleContext &c, int gate)
{
    const auto fws = c.gateFirewallsAt(gate);
    QStringList out;
    for (int li : c.linksThroughGateAt(gate)) {
        if (c.isImpliedAt(li))
            continue;
        const Link *l = &c.linkAt(li);
        for (const RuleContext::Sender &sender : c.sendersAt(c.linkFrom(li))) {
            if (sender.ids.isEmpty() || sender.machine == gate || c.admitsAt(fws, *l, sender))
                continue;
            PortRule r;
            r.port = l->effectivePort();
            r.proto = (l->protocol == Protocol::Dns || l->protocol == Protocol::Syslog) ? QStringLiteral("udp")
                                                                                      : QStringLiteral("tcp");
            if (!RuleContext::isInternet(c.source(l)))
                r.from = c.at(sender.machine).id;
            if (!out.contains(formatPortRule(r)))
                out << formatPortRule(r);
        }
    }
    return out;
}

bool addHostFirewall(FixBuilder &b, const QString &server)
{
    const Node *s = b.design().node(server);
    if (!s || s->kind != Kind::Server)
        return false;
    const RuleContext c(b.design());
    Node fw;
    fw.id = b.newId(QStringLiteral("fw-") + server);
    fw.kind = Kind::Firewall;
    fw.label = QCoreApplication::translate("sw::Rules", "Firewall");
    fw.parent = server;
    fw.hasPos = true;
    fw.pos = b.nextChildPos(server);
    fw.props.insert(keys::allow, c.neededRulesAt(c.indexOf(c.node(server))));
    b.addNode(fw);
    return true;
}

bool enableHttps(FixBuilder &b, const QString &entryId)
{
    const Design &d = b.design();
    const RuleContext c(d);
    const Node *entry = c.node(entryId);
    // The design's domain; on a draft whose record has none yet, the domain of
    // a certificate already placed (so that one is installed, not a second).
    QString domain;
    for (const Kind k : {Kind::Dns, Kind::Certificate})
        for (const Node *n : d.nodesOfKind(k))
            if (domain.isEmpty())
                domain = n->propString(keys::domain);
    if (domain.isEmpty())
        domain = QStringLiteral("www.example.com");

    QStringList terminators;
    for (const Node *s : c.frontServices(entry, false)) {
        if (s->kind == Kind::LoadBalancer && s->propString(keys::tls) == QLatin1String("passthrough")) {
            for (const Node *w : c.frontServices(entry, true))
                if (w->kind == Kind::WebServer && !terminators.contains(w->id)) {
                    b.setProp(w->id, keys::tls, tlsOnValue(w));
                    terminators << w->id;
                }
        } else if (s->kind == Kind::LoadBalancer || s->kind == Kind::WebServer) {
            b.setProp(s->id, keys::tls, tlsOnValue(s));
            terminators << s->id;
        }
    }
    if (terminators.isEmpty())
        return false;

    const Node *cert = nullptr;
    for (const Node *n : d.nodesOfKind(Kind::Certificate))
        if (!cert && n->propString(keys::domain).compare(domain, Qt::CaseInsensitive) == 0)
            cert = n;
    if (cert) {
        for (const QString &t : terminators)
            b.appendToList(cert->id, keys::installedOn, t);
    } else {
        Node n;
        n.id = b.newId(QStringLiteral("cert"));
        n.kind = Kind::Certificate;
        n.label = QCoreApplication::translate("sw::Rules", "SSL certificate");
        n.hasPos = entry && entry->hasPos;
        n.pos = d.scenePos(entryId) + QPointF(-40, 160);
        n.props.insert(keys::domain, domain);
        n.props.insert(keys::issuer, QStringLiteral("letsencrypt"));
        n.props.insert(keys::installedOn, terminators);
        b.addNode(n);
    }

    bool encrypted = false;
    for (const Link *l : c.linksFromInternet(entry))
        encrypted = encrypted || l->protocol == Protocol::Https || l->effectivePort() == 443;
    if (!encrypted)
        for (const Link *l : c.linksFromInternet(entry)) {
            Link after = *l;
            after.protocol = Protocol::Https;
            after.port = 0;
            b.editLink(after);
        }
    // The entry's firewalls must let HTTPS in.
    for (int gate : c.gatesAt(c.indexOf(entry))) {
        const auto fws = c.gateFirewallsAt(gate);
        bool open = false;
        for (const Node *fw : fws)
            for (const RuleContext::AllowRule &r : c.allowRulesAt(c.indexOf(fw)))
                open = open || (r.rule.port == 443 && r.rule.from.isEmpty());
        if (!fws.isEmpty() && !open)
            b.appendToList(fws.first()->id, keys::allow, QStringLiteral("443/tcp"));
    }
    return true;
}

bool allowBlockedLinks(FixBuilder &b, const QStringList &nodes)
{
    const RuleContext c(b.design());
    bool any = false;
    for (const QString &id : nodes) {
        const Node *fw = c.node(id);
        if (!fw || fw->kind != Kind::Firewall)
            continue;
        for (const QString &rule : missingRules(c, gateOfFirewall(c, fw))) {
            b.appendToList(fw->id, keys::allow, rule);
            any = true;
        }
        break; // the first firewall of the gate takes the rules
    }
    return any;
}

bool removeUnusedRules(FixBuilder &b, const QString &firewall)
{
    const RuleContext c(b.design());
    const Node *fw = c.node(firewall);
    if (!fw || fw->kind != Kind::Firewall)
        return false;
    const QStringList unused = checks::unusedFirewallRules(c, fw);
    QStringList kept;
    for (const QString &s : fw->propList(keys::allow)) {
        const auto r = parsePortRule(s);
        if (!r || !unused.contains(formatPortRule(*r)))
            kept << s;
    }
    if (kept.size() == fw->propList(keys::allow).size())
        return false;
    b.setProp(firewall, keys::allow, kept);
    return true;
}

bool closeWorldPorts(FixBuilder &b, const QString &firewallOrServer, bool database)
{
    const Design &d = b.design();
    const RuleContext c(d);
    const Node *n = c.node(firewallOrServer);
    if (!n)
        return false;
    if (n->kind == Kind::Server && !database) {
        // An SSH link from the internet: remove it (the operator's ssh is implied).
        bool any = false;
        for (const Node *users : c.ofKind(Kind::Internet))
            for (const Link *l : c.linksFrom(users))
                if ((l->protocol == Protocol::Ssh || l->effectivePort() == 22)
                    && (l->to == n->id || c.serverOf(c.target(l)) == n) && !l->id.isEmpty()) {
                    b.remove(l->id);
                    any = true;
                }
        return any;
    }
    if (n->kind != Kind::Firewall)
        return false;
    QSet<int> ports;
    const Node *server = c.serverOf(n);
    if (database) {
        ports.insert(3306);
        for (const Node *db : c.ofKind(Kind::Database))
            for (const Link *l : c.linksTo(db))
                ports.insert(l->effectivePort());
    } else {
        ports.insert(22);
        if (server)
            ports.insert(server->propInt(keys::sshPort));
    }
    QStringList kept;
    for (const QString &s : n->propList(keys::allow)) {
        const auto r = parsePortRule(s);
        if (!(r && r->from.isEmpty() && r->proto == QLatin1String("tcp") && ports.contains(r->port)))
            kept << s;
    }
    if (database && !c.isNetworkFirewall(*n))
        for (const QString &s : c.neededRulesAt(c.indexOf(server))) {
            const auto r = parsePortRule(s);
            if (r && ports.contains(r->port) && !r->from.isEmpty() && !kept.contains(s))
                kept << s;
        }
    if (kept == n->propList(keys::allow))
        return false;
    b.setProp(n->id, keys::allow, kept);
    return true;
}

bool addRedirect(FixBuilder &b, const QString &entry)
{
    const RuleContext c(b.design());
    bool any = false;
    for (const Node *s : c.frontServices(c.node(entry)))
        if (s->kind == Kind::LoadBalancer || s->kind == Kind::WebServer) {
            b.setProp(s->id, keys::httpRedirect, true);
            any = true;
        }
    return any;
}

bool installCertOnMembers(FixBuilder &b, const QStringList &nodes)
{
    const Design &d = b.design();
    const RuleContext c(d);
    const Node *cluster = nodes.isEmpty() ? nullptr : c.node(nodes.first());
    if (!cluster || cluster->kind != Kind::Cluster)
        return false;
    QStringList lacking = nodes.mid(1);
    QVector<const Node *> services;
    for (const QString &m : cluster->propList(keys::members)) {
        const Node *n = c.node(m);
        if (n && n->kind == Kind::Server)
            services += c.servicesOf(n);
        else if (n)
            services.append(n);
    }
    QVector<const Node *> certs;
    for (const Node *s : services)
        if (!lacking.contains(s->id))
            for (const Node *cert : c.certificatesOn(s))
                if (!certs.contains(cert))
                    certs.append(cert);
    if (certs.isEmpty() || lacking.isEmpty())
        return false;
    for (const QString &id : lacking) {
        const Node *s = c.node(id);
        if (!s || (s->kind != Kind::LoadBalancer && s->kind != Kind::WebServer))
            continue;
        b.setProp(id, keys::tls, tlsOnValue(s));
        for (const Node *cert : certs)
            b.appendToList(cert->id, keys::installedOn, id);
    }
    return !b.isEmpty();
}

} // namespace sw::fixes
