// Names and sentences of the diff's changes (designdiff.h).
#include "core/diff/designdiff.h"

#include "core/diff/difftr_p.h"

namespace sw {

QString changeTypeName(ChangeType t)
{
    switch (t) {
    case ChangeType::NodeAdded: return QStringLiteral("node-added");
    case ChangeType::NodeRemoved: return QStringLiteral("node-removed");
    case ChangeType::NodeIdChanged: return QStringLiteral("node-id");
    case ChangeType::NodeRenamed: return QStringLiteral("node-renamed");
    case ChangeType::NodeMoved: return QStringLiteral("node-moved");
    case ChangeType::NodeKindChanged: return QStringLiteral("node-kind");
    case ChangeType::PropertyChanged: return QStringLiteral("property");
    case ChangeType::ClusterMembers: return QStringLiteral("cluster-members");
    case ChangeType::LinkAdded: return QStringLiteral("link-added");
    case ChangeType::LinkRemoved: return QStringLiteral("link-removed");
    case ChangeType::LinkIdChanged: return QStringLiteral("link-id");
    case ChangeType::LinkRetargeted: return QStringLiteral("link-retargeted");
    case ChangeType::LinkProtocol: return QStringLiteral("link-protocol");
    case ChangeType::LinkPort: return QStringLiteral("link-port");
    case ChangeType::LinkLabel: return QStringLiteral("link-label");
    case ChangeType::DesignSetting: return QStringLiteral("design");
    case ChangeType::LayoutMoved: return QStringLiteral("layout");
    }
    return {};
}

QString matchReasonName(MatchReason r)
{
    switch (r) {
    case MatchReason::Id: return QStringLiteral("id");
    case MatchReason::LabelAndHost: return QStringLiteral("label+hostname");
    case MatchReason::Host: return QStringLiteral("hostname");
    case MatchReason::Label: return QStringLiteral("label");
    case MatchReason::Neighbourhood: return QStringLiteral("neighbourhood");
    }
    return {};
}

QString matchReasonTitle(MatchReason r)
{
    switch (r) {
    case MatchReason::Id: return DiffTr::tr("by id");
    case MatchReason::LabelAndHost: return DiffTr::tr("by kind, label and host name");
    case MatchReason::Host: return DiffTr::tr("by kind and host name");
    case MatchReason::Label: return DiffTr::tr("by kind and label");
    case MatchReason::Neighbourhood: return DiffTr::tr("by kind and neighbours");
    }
    return {};
}

namespace {

QString reasonTitle(const QString &name)
{
    for (MatchReason r : {MatchReason::Id, MatchReason::LabelAndHost, MatchReason::Host, MatchReason::Label,
                          MatchReason::Neighbourhood})
        if (matchReasonName(r) == name)
            return matchReasonTitle(r);
    return name;
}

QString shown(const QString &v)
{
    return v.isEmpty() ? DiffTr::tr("(unset)") : v;
}

} // namespace

bool Change::isNode() const
{
    switch (type) {
    case ChangeType::NodeAdded:
    case ChangeType::NodeRemoved:
    case ChangeType::NodeIdChanged:
    case ChangeType::NodeRenamed:
    case ChangeType::NodeMoved:
    case ChangeType::NodeKindChanged:
    case ChangeType::PropertyChanged:
    case ChangeType::ClusterMembers:
    case ChangeType::LayoutMoved:
        return true;
    case ChangeType::LinkAdded:
    case ChangeType::LinkRemoved:
    case ChangeType::LinkIdChanged:
    case ChangeType::LinkRetargeted:
    case ChangeType::LinkProtocol:
    case ChangeType::LinkPort:
    case ChangeType::LinkLabel:
    case ChangeType::DesignSetting:
        return false;
    }
    return false;
}

QString Change::signature() const
{
    QString s = changeTypeName(type) + QLatin1Char(' ') + (type == ChangeType::DesignSetting ? key : subject());
    switch (type) {
    case ChangeType::NodeAdded:
    case ChangeType::NodeRemoved:
        return s + QLatin1Char(' ') + detail;
    case ChangeType::LinkAdded:
    case ChangeType::LinkRemoved:
        return s + QStringLiteral(" %1>%2 %3").arg(oldValue, newValue, detail);
    case ChangeType::ClusterMembers:
        return s + QStringLiteral(" +[%1] -[%2]").arg(added.join(QLatin1Char(',')), removed.join(QLatin1Char(',')));
    case ChangeType::NodeIdChanged:
        return s + QStringLiteral(" %1>%2 %3").arg(oldValue, newValue, detail);
    case ChangeType::PropertyChanged:
    case ChangeType::LinkRetargeted:
        return s + QStringLiteral(" %1 %2>%3").arg(key, oldValue, newValue);
    case ChangeType::NodeRenamed:
    case ChangeType::NodeMoved:
    case ChangeType::NodeKindChanged:
    case ChangeType::LinkIdChanged:
    case ChangeType::LinkProtocol:
    case ChangeType::LinkPort:
    case ChangeType::LinkLabel:
    case ChangeType::DesignSetting:
    case ChangeType::LayoutMoved:
        return s + QStringLiteral(" %1>%2").arg(oldValue, newValue);
    }
    return s;
}

QString Change::text() const
{
    switch (type) {
    case ChangeType::NodeAdded: return DiffTr::tr("%1 (%2) added").arg(newId, detail);
    case ChangeType::NodeRemoved: return DiffTr::tr("%1 (%2) removed").arg(oldId, detail);
    case ChangeType::NodeIdChanged:
        return DiffTr::tr("%1 is %2 in the old design (matched %3)").arg(newId, oldId, reasonTitle(detail));
    case ChangeType::NodeRenamed: return DiffTr::tr("%1: label %2 → %3").arg(subject(), shown(oldValue), shown(newValue));
    case ChangeType::NodeMoved:
        return DiffTr::tr("%1: moved from %2 to %3")
            .arg(subject(), oldValue.isEmpty() ? DiffTr::tr("the top level") : oldValue,
                 newValue.isEmpty() ? DiffTr::tr("the top level") : newValue);
    case ChangeType::NodeKindChanged: return DiffTr::tr("%1: kind %2 → %3").arg(subject(), oldValue, newValue);
    case ChangeType::PropertyChanged:
        return DiffTr::tr("%1: %2: %3 → %4").arg(subject(), key, shown(oldValue), shown(newValue));
    case ChangeType::ClusterMembers: {
        QStringList parts;
        if (!added.isEmpty())
            parts << DiffTr::tr("%1 joined").arg(added.join(QStringLiteral(", ")));
        if (!removed.isEmpty())
            parts << DiffTr::tr("%1 left").arg(removed.join(QStringLiteral(", ")));
        return DiffTr::tr("%1: members: %2").arg(subject(), parts.join(QStringLiteral("; ")));
    }
    case ChangeType::LinkAdded: return DiffTr::tr("link %1 (%2 → %3, %4) added").arg(newId, oldValue, newValue, detail);
    case ChangeType::LinkRemoved: return DiffTr::tr("link %1 (%2 → %3, %4) removed").arg(oldId, oldValue, newValue, detail);
    case ChangeType::LinkIdChanged: return DiffTr::tr("link %1 is %2 in the old design (matched by its ends)").arg(newId, oldId);
    case ChangeType::LinkRetargeted:
        return key == QLatin1String("from") ? DiffTr::tr("link %1: now from %2 (was %3)").arg(subject(), newValue, oldValue)
                                            : DiffTr::tr("link %1: now to %2 (was %3)").arg(subject(), newValue, oldValue);
    case ChangeType::LinkProtocol: return DiffTr::tr("link %1: protocol %2 → %3").arg(subject(), oldValue, newValue);
    case ChangeType::LinkPort: return DiffTr::tr("link %1: port %2 → %3").arg(subject(), oldValue, newValue);
    case ChangeType::LinkLabel: return DiffTr::tr("link %1: label %2 → %3").arg(subject(), shown(oldValue), shown(newValue));
    case ChangeType::DesignSetting: return DiffTr::tr("design %1: %2 → %3").arg(key, shown(oldValue), shown(newValue));
    case ChangeType::LayoutMoved: return DiffTr::tr("%1: moved on the canvas (%2 → %3)").arg(subject(), shown(oldValue), shown(newValue));
    }
    return {};
}

} // namespace sw
