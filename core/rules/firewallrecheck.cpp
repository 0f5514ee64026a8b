#include "core/rules/firewallrecheck.h"

#include "core/model/propertykeys.h"
#include "core/rules/rulechecks.h"
#include "core/rules/ruleids.h"

#include <algorithm>
#include <cstdint>

namespace sw::checks {

namespace {

// As rules_firewall.cpp's.
QString fwName(const Node *fw, const RuleContext &c)
{
    const int server = c.serverIndex(c.indexOf(fw));
    if (server < 0)
        return fw->displayLabel();
    return ruleText(QT_TRANSLATE_NOOP("sw::Rules", "%1 on %2")).arg(fw->displayLabel(), c.at(server).displayLabel());
}

QVarLengthArray<int, 2> sshPorts(const RuleContext &c, const Node *fw)
{
    QVarLengthArray<int, 2> ports{22};
    const int s = c.serverIndex(c.indexOf(fw));
    if (s >= 0)
        ports.append(c.at(s).propInt(keys::sshPort));
    return ports;
}

// FIREWALL-BLOCKS-LINK of link `li` at `gate` (blocksLink()'s body).
void blocksAt(const RuleContext &c, int li, int gate, FindingSink &out)
{
    const Link &l = c.linkAt(li);
    const auto fws = c.gateFirewallsAt(gate);
    if (fws.isEmpty())
        return;
    QStringList blocked;
    for (const RuleContext::Sender &sender : c.sendersAt(c.linkFrom(li))) {
        if (sender.machine == gate)
            continue;
        if (!c.admitsAt(fws, l, sender))
            blocked << c.at(sender.machine).id;
    }
    if (blocked.isEmpty())
        return;
    QStringList nodes;
    for (const Node *fw : fws)
        nodes << fw->id;
    if (!l.id.isEmpty())
        nodes << l.id;
    const bool udp = l.protocol == Protocol::Dns || l.protocol == Protocol::Syslog;
    out.add(rule::FirewallBlocksLink, nodes,
            ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Firewall \"%1\" does not allow port %2/%3 from \"%4\", which the %5 link from \"%6\" to \"%7\" needs."))
                .arg(fwName(fws.first(), c), QString::number(l.effectivePort()),
                     udp ? QStringLiteral("udp") : QStringLiteral("tcp"), blocked.join(QStringLiteral("\", \"")),
                     protocolName(l.protocol), l.from, l.to));
}

void unusedAt(const RuleContext &c, const Node *fw, FindingSink &out)
{
    const QStringList unused = unusedFirewallRules(c, fw);
    if (!unused.isEmpty())
        out.add(rule::FirewallUnusedPort, {fw->id},
                ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Firewall \"%1\" allows %2, but no link of the design uses it."))
                    .arg(fwName(fw, c), unused.join(QStringLiteral(", "))));
}

void dbPortAt(const RuleContext &c, const Node *fw, FindingSink &out)
{
    bool relevant = false;
    if (c.isNetworkFirewall(*fw)) {
        for (int v : c.graph().verticesOfIndex(c.indexOf(fw)))
            relevant = relevant || c.reach()[size_t(v)];
    } else if (const Node *s = c.serverOf(fw)) {
        for (const Node *db : c.ofKind(Kind::Database))
            relevant = relevant || c.serverOf(db) == s;
    }
    if (!relevant)
        return;
    QSet<int> dbPorts{3306};
    for (const Node *db : c.ofKind(Kind::Database))
        for (const Link *l : c.linksTo(db))
            if (l->effectivePort() > 0)
                dbPorts.insert(l->effectivePort());
    QStringList open;
    for (const RuleContext::AllowRule &ar : c.allowRulesAt(c.indexOf(fw)))
        if (const PortRule &r = ar.rule; r.from.isEmpty() && r.proto == QLatin1String("tcp") && dbPorts.contains(r.port))
            open << formatPortRule(r);
    if (!open.isEmpty()) {
        QStringList nodes{fw->id};
        if (const Node *server = c.serverOf(fw))
            nodes << server->id;
        out.add(rule::DbPortPublic, nodes,
                ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Firewall \"%1\" allows the database port to everyone (%2)."))
                    .arg(fwName(fw, c), open.join(QStringLiteral(", "))));
    }
}

void sshAt(const RuleContext &c, const Node *fw, FindingSink &out)
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

// How many SSH-OPEN-TO-WORLD findings sshOpen() makes for SSH links from the
// internet (they follow those of the firewalls).
int sshFromInternet(const RuleContext &c)
{
    QSet<QString> reported;
    for (const Node *users : c.ofKind(Kind::Internet))
        for (const Link *l : c.linksFrom(users)) {
            if (l->protocol != Protocol::Ssh && l->effectivePort() != 22)
                continue;
            const Node *to = c.target(l);
            const Node *server = c.serverOf(to);
            const Node *shown = server ? server : to;
            reported.insert(shown ? shown->id : l->to);
        }
    return int(reported.size());
}

} // namespace

bool recheckFirewallAllow(const RuleContext &c, int firewall, Findings &group, FindingsChange *change)
{
    const Design &d = c.design();
    if (firewall < 0 || firewall >= int(d.nodes().size()))
        return false;
    const Node *fw = &c.at(firewall);
    if (fw->kind != Kind::Firewall) {
        *change = {};
        return true; // the group reads only firewalls' rules
    }
    const int gate = c.isNetworkFirewall(*fw) ? firewall : c.serverIndex(firewall);
    if (gate >= 0 && !c.gateFirewallsAt(gate).contains(fw))
        return false;

    // The group's findings by rule, in the order it makes them.
    const char *order[] = {rule::NoFirewall, rule::FirewallBlocksLink, rule::FirewallUnusedPort, rule::DbPortPublic,
                           rule::SshOpenToWorld};
    std::vector<size_t> start(std::size(order) + 1, group.size());
    {
        size_t r = 0, i = 0;
        start[0] = 0;
        for (; i < group.size(); ++i) {
            while (r < std::size(order) && group[i].rule != QLatin1String(order[r]))
                start[++r] = i;
            if (r == std::size(order))
                return false; // not a finding of this group, or out of order
        }
        while (r < std::size(order))
            start[++r] = i;
    }
    const size_t sshFw = start[5] - size_t(sshFromInternet(c)); // end of the firewalls' SSH findings
    if (sshFw < start[4] || sshFw > start[5])
        return false;

    Findings out;
    out.reserve(group.size() + 8);
    auto copy = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            out.push_back(std::move(group[i]));
    };
    // Where `out` leaves the old findings: the first old one dropped or new
    // one added, and after the last, the next old one (its index in both).
    size_t first = SIZE_MAX, oldEnd = 0, newEnd = 0;
    auto drop = [&](size_t old) {
        first = std::min(first, out.size());
        oldEnd = old + 1;
        newEnd = out.size();
    };
    auto put = [&](Finding &&f, size_t nextOld) {
        first = std::min(first, out.size());
        out.push_back(std::move(f));
        oldEnd = nextOld;
        newEnd = out.size();
    };
    copy(0, start[1]);

    // FIREWALL-BLOCKS-LINK: those of the firewall's gate made again, merged
    // by (link, place of the gate among the link's gates).
    {
        FindingSink sink;
        struct Made {
            int link, gatePos;
            size_t from, to; // in sink.findings()
        };
        std::vector<Made> made;
        if (gate >= 0)
            for (int li : c.linksThroughGateAt(gate)) {
                if (c.isImpliedAt(li))
                    continue;
                const auto gates = c.gatesAt(c.linkTo(li));
                const int pos = int(std::find(gates.begin(), gates.end(), gate) - gates.begin());
                const size_t before = sink.findings().size();
                blocksAt(c, li, gate, sink);
                if (sink.findings().size() > before)
                    made.push_back({li, pos, before, sink.findings().size()});
            }
        if (!std::is_sorted(made.begin(), made.end(), [](const Made &a, const Made &b) {
                return a.link != b.link ? a.link < b.link : a.gatePos < b.gatePos;
            }))
            return false;
        // (link, gate place) of an old finding, from its link id and first firewall.
        auto placeOf = [&](const Finding &f, int *li, int *pos) {
            if (f.nodes.size() < 2)
                return false;
            *li = d.linkIndex(f.nodes.last());
            const int first = d.nodeIndex(f.nodes.first());
            if (*li < 0 || first < 0)
                return false;
            const Node &ffw = c.at(first);
            const int g = c.isNetworkFirewall(ffw) ? first : c.serverIndex(first);
            const auto gates = c.gatesAt(c.linkTo(*li));
            *pos = int(std::find(gates.begin(), gates.end(), g) - gates.begin());
            return true;
        };
        size_t k = 0;
        for (size_t i = start[1]; i < start[2]; ++i) {
            Finding &f = group[i];
            if (f.nodes.contains(fw->id)) {
                drop(i); // made again
                continue;
            }
            if (k < made.size()) {
                int li = 0, pos = 0;
                if (!placeOf(f, &li, &pos))
                    return false;
                for (; k < made.size() && (made[k].link < li || (made[k].link == li && made[k].gatePos < pos)); ++k)
                    for (size_t j = made[k].from; j < made[k].to; ++j)
                        put(std::move(sink.findings()[j]), i);
            }
            out.push_back(std::move(f));
        }
        for (; k < made.size(); ++k)
            for (size_t j = made[k].from; j < made[k].to; ++j)
                put(std::move(sink.findings()[j]), start[2]);
    }

    // One finding at most per firewall, in the order of the firewalls.
    auto perFirewall = [&](size_t from, size_t to, void (*check)(const RuleContext &, const Node *, FindingSink &)) {
        FindingSink sink;
        check(c, fw, sink);
        bool placed = false;
        for (size_t i = from; i < to; ++i) {
            Finding &f = group[i];
            const int at = f.nodes.isEmpty() ? -1 : d.nodeIndex(f.nodes.first());
            if (at < 0)
                return false;
            if (!placed && at >= firewall) {
                for (Finding &n : sink.findings())
                    put(std::move(n), i);
                placed = true;
            }
            if (at != firewall)
                out.push_back(std::move(f));
            else
                drop(i);
        }
        if (!placed)
            for (Finding &n : sink.findings())
                put(std::move(n), to);
        return true;
    };
    if (!perFirewall(start[2], start[3], unusedAt) || !perFirewall(start[3], start[4], dbPortAt)
        || !perFirewall(start[4], sshFw, sshAt))
        return false;
    copy(sshFw, start[5]);
    *change = first == SIZE_MAX ? FindingsChange{} : FindingsChange{first, oldEnd, newEnd};
    group = std::move(out);
    return true;
}

} // namespace sw::checks
