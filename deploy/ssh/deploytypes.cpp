#include "deploy/ssh/deploytypes.h"

#include <QCoreApplication>

namespace sw {

bool isTerminal(ServerState state)
{
    switch (state) {
    case ServerState::Succeeded:
    case ServerState::Drifted:
    case ServerState::Failed:
    case ServerState::Refused:
    case ServerState::Cancelled:
    case ServerState::Skipped:
        return true;
    default:
        return false;
    }
}

QString serverStateName(ServerState state)
{
    switch (state) {
    case ServerState::Pending: return QCoreApplication::translate("sw::Deploy", "waiting");
    case ServerState::Connecting: return QCoreApplication::translate("sw::Deploy", "connecting");
    case ServerState::Authenticating: return QCoreApplication::translate("sw::Deploy", "authenticating");
    case ServerState::Uploading: return QCoreApplication::translate("sw::Deploy", "uploading");
    case ServerState::Running: return QCoreApplication::translate("sw::Deploy", "running");
    case ServerState::Succeeded: return QCoreApplication::translate("sw::Deploy", "succeeded");
    case ServerState::Drifted: return QCoreApplication::translate("sw::Deploy", "drifted");
    case ServerState::Failed: return QCoreApplication::translate("sw::Deploy", "failed");
    case ServerState::Refused: return QCoreApplication::translate("sw::Deploy", "refused");
    case ServerState::Cancelled: return QCoreApplication::translate("sw::Deploy", "cancelled");
    case ServerState::Skipped: return QCoreApplication::translate("sw::Deploy", "skipped");
    }
    return {};
}

QString deployModeName(DeployMode mode)
{
    switch (mode) {
    case DeployMode::DryRun: return QCoreApplication::translate("sw::Deploy", "dry run");
    case DeployMode::Deploy: return QCoreApplication::translate("sw::Deploy", "deploy");
    case DeployMode::Check: return QCoreApplication::translate("sw::Deploy", "check");
    }
    return {};
}

int DeploySummary::count(ServerState state) const
{
    int n = 0;
    for (const auto &r : results)
        n += r.state == state ? 1 : 0;
    return n;
}

bool DeploySummary::allSucceeded() const
{
    if (cancelled)
        return false;
    for (const auto &r : results)
        if (r.state != ServerState::Succeeded)
            return false;
    return true;
}

bool DeploySummary::hostKeyRefused() const
{
    return count(ServerState::Refused) > 0;
}

} // namespace sw
