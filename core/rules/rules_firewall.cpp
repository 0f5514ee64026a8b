// Rules about firewalls: NO-FIREWALL, FIREWALL-BLOCKS-LINK,
// FIREWALL-UNUSED-PORT, DB-PORT-PUBLIC, SSH-OPEN-TO-WORLD.
#include "core/rules/ruleids.h"
#include "core/rules/rulechecks.h"
#include "core/rules/firewallchecks.h"
#include "core/model/propertykeys.h"

namespace sw::checks {

namespace {

QString fwName(const Node *fw, const RuleContext &c)
{
    const int server = c.serverIndex(c.indexOf(fw));
    if (server < 0)
        return fw->displayLabel();
    return ruleText(QT_TRANSLATE_NOOP("sw::Rules", "%1 on %2")).arg(fw->displayLabel(), c.at(server).displayLabel());
}

void noFirewall(const RuleContext &c, FindingSink &out)
{
    const RequestGraph &g = c.graph();
    for (const Node *server : c.ofKind(Kind::Server)) {
        if (!c.hostFirewalls(server).isEmpty())
            continue;
        const int unit = g.unitOfIndex(c.indexOf(server));
        bool reached = false, guarded = true;
        if (unit >= 0)
            for (int v : g.unitVertices(unit)) {
                if (!c.reach()[size_t(v)])
                    continue;
                reached = true;
                guarded = guarded && c.guardedByNetworkFirewall(v);
            }
        if (reached && guarded)
            continue;
        out.add(rule::NoFirewall, {server->id},
                reached ? ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Server \"%1\" has no firewall, and requests reach it without passing a network firewall."))
                              .arg(server->displayLabel())
                        : ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Server \"%1\" has no firewall.")).arg(server->displayLabel()));
    }
}

void blocksLink(const RuleContext &c, FindingSink &out)
{
    const std::vector<Link> &links = c.design().links();
    for (int li = 0; li < int(links.size()); ++li) {
        if (c.isImpliedAt(li))
            continue;
        const RuleContext::Gates gates = c.gatesAt(c.linkTo(li));
        if (gates.isEmpty())
            continue;
        RuleContext::Senders senders; // found once per link (not per gate), when a gate filters
        bool found = false;
        for (int gate : gates) {
            const auto fws = c.gateFirewallsAt(gate);
            if (fws.isEmpty())
                continue;
            if (!found) {
                senders = c.sendersAt(c.linkFrom(li));
                found = true;
            }
            fw::blocksAtGate(c, li, gate, fws, senders, out);
        }
    }
}

QVarLengthArray<int, 2> sshPorts(const RuleContext &c, const Node *fw)
{
    QVarLengthArray<int, 2> ports{22};
    const int s = c.serverIndex(c.indexOf(fw));
    if (s >= 0)
        ports.append(c.at(s).propInt(keys::sshPort));
    return ports;
}

} // namespace

void fw::blocksAtGate(const RuleContext &c, int li, int gate, Span<const Node *> fws,
                      const RuleContext::Senders &senders, FindingSink &out)
{
    const Link &l = c.linkAt(li);
    QStringList blocked;
    for (const RuleContext::Sender &sender : senders) {
        if (sender.machine == gate)
            continue; // inside the same server: not filtered
        if (!c.admitsAt(fws, l, sender))
            blocked << c.at(sender.machine).id;
    }
    if (blocked.isEmpty())
        return;
    QStringList nodes;
    for (const Node *f : fws)
        nodes << f->id;
    if (!l.id.isEmpty())
        nodes << l.id;
    const bool udp = l.protocol == Protocol::Dns || l.protocol == Protocol::Syslog;
    out.add(rule::FirewallBlocksLink, nodes,
            ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Firewall \"%1\" does not allow port %2/%3 from \"%4\", which the %5 link from \"%6\" to \"%7\" needs."))
                .arg(fwName(fws.first(), c), QString::number(l.effectivePort()),
                     udp ? QStringLiteral("udp") : QStringLiteral("tcp"), blocked.join(QStringLiteral("\", \"")),
                     protocolName(l.protocol), l.from, l.to));
}

void fw::unusedPort(const RuleContext &c, const Node *fw, FindingSink &out)
{
    const QStringList unused = unusedFirewallRules(c, fw);
    if (!unused.isEmpty())
        out.add(rule::FirewallUnusedPort, {fw->id},
                ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Firewall \"%1\" allows %2, but no link of the design uses it."))
                    .arg(fwName(fw, c), unused.join(QStringLiteral(", "))));
}

QSet<int> fw::databasePorts(const RuleContext &c)
{
    QSet<int> ports{3306};
    for (const Node *db : c.ofKind(Kind::Database))
        for (const Link *l : c.linksTo(db))
            if (l->effectivePort() > 0)
                ports.insert(l->effectivePort());
    return ports;
}

std::vector<char> fw::databaseServers(const RuleContext &c)
{
    std::vector<char> servers(c.design().nodes().size(), 0);
    for (const Node *db : c.ofKind(Kind::Database))
        if (const Node *s = c.serverOf(db))
            servers[size_t(c.indexOf(s))] = 1;
    return servers;
}

void fw::dbPortPublic(const RuleContext &c, const Node *fw, const QSet<int> &dbPorts,
                      const std::vector<char> &dbServers, FindingSink &out)
{
    bool relevant = false;
    if (c.isNetworkFirewall(*fw)) {
        for (int v : c.graph().verticesOfIndex(c.indexOf(fw)))
            relevant = relevant || c.reach()[size_t(v)];
    } else if (const Node *s = c.serverOf(fw)) {
        relevant = dbServers[size_t(c.indexOf(s))];
    }
    if (!relevant)
        return;
    QStringList open;
    for (const RuleContext::AllowRule &ar : c.allowRulesAt(c.indexOf(fw)))
        if (const PortRule &r = ar.rule; r.from.isEmpty() && r.proto == QLatin1String("tcp") && dbPorts.contains(r.port))
            open << formatPortRule(r);
    if (open.isEmpty())
        return;
    QStringList nodes{fw->id};
    if (const Node *server = c.serverOf(fw))
        nodes << server->id;
    out.add(rule::DbPortPublic, nodes,
            ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Firewall \"%1\" allows the database port to everyone (%2)."))
                .arg(fwName(fw, c), open.join(QStringLiteral(", "))));
}

void fw::sshOpen(const RuleContext &c, const Node *fw, FindingSink &out)
{
    const auto ssh = sshPorts(c, fw);
    QStringList open;
    for (const RuleContext::AllowRule &ar : c.allowRulesAt(c.indexOf(fw)))
        if (const PortRule &r = ar.rule; r.from.isEmpty() && r.proto == QLatin1String("tcp") && ssh.contains(r.port))
            open << formatPortRule(r);
    if (!open.isEmpty())
        out.add(rule::SshOpenToWorld, {fw->id},
                ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Firewall \"%1\" opens SSH to everyone (%2).")).arg(fwName(fw, c), open.join(QStringLiteral(", "))));
}

void fw::sshFromInternet(const RuleContext &c, FindingSink &out)
{
    QSet<QString> reported;
    for (const Node *users : c.ofKind(Kind::Internet))
        for (const Link *l : c.linksFrom(users)) {
            if (l->protocol != Protocol::Ssh && l->effectivePort() != 22)
                continue;
            const Node *to = c.target(l);
            const Node *server = c.serverOf(to);
            const Node *shown = server ? server : to;
            const QString target = shown ? shown->id : l->to;
            if (reported.contains(target))
                continue;
            reported.insert(target);
            out.add(rule::SshOpenToWorld, {target},
                    ruleText(QT_TRANSLATE_NOOP("sw::Rules", "The internet has an SSH link to \"%1\".")).arg(shown ? shown->displayLabel() : target));
        }
}

QStringList unusedFirewallRules(const RuleContext &c, const Node *fw)
{
    const int self = c.indexOf(fw);
    const int gate = c.isNetworkFirewall(*fw) ? self : c.serverIndex(self);
    const Span<RuleContext::AllowRule> rules = c.allowRulesAt(self);
    if (gate < 0 || rules.isEmpty())
        return {};
    const auto ssh = sshPorts(c, fw);
    const bool entryGate = c.isEntryGate(gate);
    // Replication into a primary on this server is implied but uses its port.
    RuleContext::Senders replicas;
    for (const Node *db : c.childrenAt(gate))
        if (db->kind == Kind::Database)
            for (const Node *r : c.replicasOf(db))
                for (const RuleContext::Sender &x : c.sendersAt(c.indexOf(r)))
                    replicas.append(x);
    QStringList unused;
    const std::vector<Link> &links = c.design().links();
    // The senders of each link through the gate, found when a rule first
    // asks and kept for the other rules.
    const Span<int> through = c.linksThroughGateAt(gate);
    std::vector<RuleContext::Senders> sendersOf(size_t(through.size()));
    std::vector<char> known(size_t(through.size()), 0);
    for (const RuleContext::AllowRule &ar : rules) {
        const PortRule &r = ar.rule;
        if (ssh.contains(r.port) || (r.port == 80 && entryGate))
            continue; // ssh: SSH-OPEN-TO-WORLD; 80 at the entry: kept for the redirect
        auto admits = [&](const RuleContext::Sender &sender) {
            return r.from.isEmpty() || (ar.from >= 0 && sender.ids.contains(ar.from));
        };
        bool used = false;
        for (int k = 0; k < through.size() && !used; ++k) {
            const Link &l = links[size_t(through[k])];
            if (l.effectivePort() != r.port || !RuleContext::protoMatches(l, r.proto))
                continue;
            if (!known[size_t(k)]) {
                sendersOf[size_t(k)] = c.sendersAt(c.linkFrom(through[k]));
                known[size_t(k)] = 1;
            }
            for (const RuleContext::Sender &sender : sendersOf[size_t(k)])
                used = used || (sender.machine != gate && admits(sender));
        }
        if (!used && r.port == 3306 && r.proto == QLatin1String("tcp"))
            for (const RuleContext::Sender &sender : replicas)
                used = used || admits(sender);
        if (!used)
            unused << formatPortRule(r);
    }
    return unused;
}

void firewalls(const RuleContext &c, FindingSink &out)
{
    noFirewall(c, out);
    blocksLink(c, out);
    const QVector<const Node *> &firewalls = c.ofKind(Kind::Firewall);
    for (const Node *f : firewalls)
        fw::unusedPort(c, f, out);
    const QSet<int> dbPorts = fw::databasePorts(c);
    const std::vector<char> dbServers = fw::databaseServers(c);
    for (const Node *f : firewalls)
        fw::dbPortPublic(c, f, dbPorts, dbServers, out);
    for (const Node *f : firewalls)
        fw::sshOpen(c, f, out);
    fw::sshFromInternet(c, out);
}

} // namespace sw::checks

namespace sw::catalog {

// The catalog entries of the rules above (rulecatalog.h).
QVector<RuleInfo> firewalls()
{
    using S = Severity;
    using T = RuleTopic;
    return {
        {rule::NoFirewall, S::Warning, T::Security, 20,
         QT_TRANSLATE_NOOP("sw::Rules", "Server without a firewall"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "A server without a firewall answers on every port it happens to listen on, so one forgotten "
             "service is enough for an attacker to get in. A firewall lets through only the traffic the "
             "design needs and reduces the attack surface."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a firewall inside the server that allows only the ports its incoming links use, from the "
             "machines that send them (or put a network firewall on every path to it).")},
        {rule::FirewallBlocksLink, S::Error, T::Security, 160,
         QT_TRANSLATE_NOOP("sw::Rules", "A firewall blocks a link of the design"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "A firewall lets through only what it allows. A link whose port (or sender) it does not allow "
             "is dropped, so that part of the stack does not work once deployed."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Allow the link's port on the firewall, from the machine that sends it (\"PORT/tcp from ID\").")},
        {rule::FirewallUnusedPort, S::Warning, T::Security, 170,
         QT_TRANSLATE_NOOP("sw::Rules", "A firewall opens a port no link uses"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Every open port is a door an attacker can try. A port that no link of the design needs only "
             "adds to the attack surface."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Remove the rule from the firewall, or draw the link that needs it.")},
        {rule::DbPortPublic, S::Error, T::Security, 180,
         QT_TRANSLATE_NOOP("sw::Rules", "Database port open to everyone"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "A database port open to any address lets the whole internet try passwords and exploits on "
             "the database directly. It should accept connections only from the application servers."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Replace the rule by rules that allow the database port only from the application servers "
             "(\"3306/tcp from app-1\").")},
        {rule::SshOpenToWorld, S::Warning, T::Security, 190,
         QT_TRANSLATE_NOOP("sw::Rules", "SSH open to the world"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "SSH gives full control of a server. Open to every address it is probed for weak passwords "
             "within minutes of going online. The operator's access is implied by the design; nothing else "
             "should open it to everyone."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Remove the rule that opens SSH to everyone (or allow it only from a bastion host).")},
    };
}

} // namespace sw::catalog
