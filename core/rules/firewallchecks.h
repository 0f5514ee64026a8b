// The firewall group's checks for one firewall or one link at one gate
// (rules_firewall.cpp). The full pass runs them over the whole design; the
// re-check after an edit of one firewall's rules (firewallrecheck.cpp) runs
// them for that firewall only, so both make the very same findings.
#pragma once

#include "core/rules/findingsink.h"
#include "core/rules/rulecontext.h"

#include <QSet>

#include <vector>

namespace sw::checks::fw {

// FIREWALL-BLOCKS-LINK of link `li` at `gate`, whose firewalls are `fws`
// (not empty); `senders` are the machines that send the link.
void blocksAtGate(const RuleContext &c, int li, int gate, Span<const Node *> fws, const RuleContext::Senders &senders,
                  FindingSink &out);

// FIREWALL-UNUSED-PORT of one firewall.
void unusedPort(const RuleContext &c, const Node *fw, FindingSink &out);

// The ports of the design's databases (3306 and every port a link to a
// database uses), and the node indexes of the servers that hold a database.
QSet<int> databasePorts(const RuleContext &c);
std::vector<char> databaseServers(const RuleContext &c);
// DB-PORT-PUBLIC of one firewall.
void dbPortPublic(const RuleContext &c, const Node *fw, const QSet<int> &dbPorts, const std::vector<char> &dbServers,
                  FindingSink &out);

// SSH-OPEN-TO-WORLD of one firewall, and those of the internet's SSH links
// (they follow the firewalls').
void sshOpen(const RuleContext &c, const Node *fw, FindingSink &out);
void sshFromInternet(const RuleContext &c, FindingSink &out);

} // namespace sw::checks::fw
