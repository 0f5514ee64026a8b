#include "core/rules/firewallrecheck.h"

#include "core/rules/firewallchecks.h"
#include "core/rules/rulechecks.h"
#include "core/rules/ruleids.h"

#include <algorithm>
#include <cstdint>

namespace sw::checks {

namespace {

// FIREWALL-BLOCKS-LINK of link `li` at `gate`, as the full pass makes it.
void blocksAt(const RuleContext &c, int li, int gate, FindingSink &out)
{
    const auto fws = c.gateFirewallsAt(gate);
    if (!fws.isEmpty())
        fw::blocksAtGate(c, li, gate, fws, c.sendersAt(c.linkFrom(li)), out);
}

void dbPortAt(const RuleContext &c, const Node *firewall, FindingSink &out)
{
    fw::dbPortPublic(c, firewall, fw::databasePorts(c), fw::databaseServers(c), out);
}

// How many SSH-OPEN-TO-WORLD findings the internet's SSH links make (they
// follow those of the firewalls).
int sshFromInternet(const RuleContext &c)
{
    FindingSink sink;
    fw::sshFromInternet(c, sink);
    return int(sink.findings().size());
}

} // namespace

bool recheckFirewallAllow(const RuleContext &c, int firewall, Findings &group, FindingsChange *change)
{
    const Design &d = c.design();
    if (firewall < 0 || firewall >= int(d.nodes().size()))
        return false;
    const Node *changed = &c.at(firewall);
    if (changed->kind != Kind::Firewall) {
        *change = {};
        return true; // the group reads only firewalls' rules
    }
    const int gate = c.isNetworkFirewall(*changed) ? firewall : c.serverIndex(firewall);
    if (gate >= 0 && !c.gateFirewallsAt(gate).contains(changed))
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
            if (f.nodes.contains(changed->id)) {
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
        check(c, changed, sink);
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
    if (!perFirewall(start[2], start[3], fw::unusedPort) || !perFirewall(start[3], start[4], dbPortAt)
        || !perFirewall(start[4], sshFw, fw::sshOpen))
        return false;
    copy(sshFw, start[5]);
    *change = first == SIZE_MAX ? FindingsChange{} : FindingsChange{first, oldEnd, newEnd};
    group = std::move(out);
    return true;
}

} // namespace sw::checks
