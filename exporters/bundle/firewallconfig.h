// The host firewall (ufw): the rules file (one rule of ufw arguments a line,
// ssh first) and the script that applies it: default deny incoming, the
// rules of the file, rules of the previous run that left the design
// removed; rules added by hand outside Stackwright are left alone. Prints
// "changed" when it changed something.
#pragma once

#include <QString>
#include <QStringList>

namespace sw::bundle {

inline QString firewallRulesPath() { return QStringLiteral("/etc/stackwright/firewall.rules"); }
inline QString firewallScriptPath() { return QStringLiteral("/usr/local/sbin/stackwright-firewall"); }

QString firewallRulesFile(const QStringList &rules);
QString firewallScript();

} // namespace sw::bundle
