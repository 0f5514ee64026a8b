#include "deploy/ssh/deployreport.h"

#include <QCoreApplication>

namespace sw {

QString summaryCounts(const DeploySummary &summary)
{
    QStringList parts;
    for (ServerState s : {ServerState::Succeeded, ServerState::Drifted, ServerState::Failed, ServerState::Refused,
                          ServerState::Cancelled, ServerState::Skipped}) {
        const int n = summary.count(s);
        if (n > 0)
            parts << QStringLiteral("%1 %2").arg(n).arg(serverStateName(s));
    }
    return parts.join(QStringLiteral(", "));
}

QString findingText(const DeployFinding &f)
{
    return QCoreApplication::translate("sw::Deploy", "%1: expected %2, found %3").arg(f.what, f.expected, f.actual);
}

QStringList summaryLines(const DeploySummary &summary)
{
    int width = 0;
    for (const ServerResult &r : summary.results)
        width = qMax(width, int(r.server.size()));
    QStringList lines;
    for (const ServerResult &r : summary.results)
        lines << QStringLiteral("%1  %2  %3").arg(r.server, -width).arg(serverStateName(r.state), -9).arg(r.message);
    for (const ServerResult &r : summary.results)
        for (const DeployFinding &f : r.findings)
            lines << QStringLiteral("%1  %2").arg(r.server, -width).arg(findingText(f));
    return lines;
}

} // namespace sw
