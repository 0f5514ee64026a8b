// What the canvas shows of a running lab: each server's and service's live
// state and the holder of each virtual address, from `lab status` and what
// the bring-up reported so far. No widgets: the lab layer paints it, tests
// read it.
#pragma once

#include "core/model/design.h"
#include "deploy/lab/labengine.h"

#include <QColor>
#include <QHash>
#include <QSet>
#include <QString>

namespace sw {

enum class LabState { Starting, Up, Failed, Stopped, Absent };

// What the bring-up and the user's actions said so far, by lab node name.
struct LabTrack {
    bool bringingUp = false;      // up() has not returned yet
    bool stopped = false;         // the lab is down (or was never up)
    QSet<QString> provisioning;   // started and not yet provisioned
    QSet<QString> stepFailed;     // a step of the bring-up failed on it
    QSet<QString> healing;        // heal asked, not yet answered
};

struct LabView {
    QHash<QString, LabState> states;  // design node id -> state (servers and their services)
    QSet<QString> vipHolders;         // design node ids of the servers holding a virtual address
    QString vipText;                  // the virtual addresses, for the mark
    QHash<QString, QString> units;    // design node id -> "haproxy up, keepalived up" (tool tips)

    LabState state(const QString &id, LabState otherwise = LabState::Absent) const { return states.value(id, otherwise); }
};

// The daemons (lab units) that run a service of this kind; empty: none of its own.
bool unitBelongsTo(Kind kind, const QString &unit);

LabView labView(const Design &design, const lab::LabStatus &status, const LabTrack &track, const QStringList &vips);

// "up", "starting"... (translated), and a colour for each state.
QString labStateName(LabState s);
QColor labStateColor(LabState s);

} // namespace sw
