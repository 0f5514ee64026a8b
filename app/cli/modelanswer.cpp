#include "app/cli/modelanswer.h"

#include "app/cli/cli.h"
#include "core/diff/designdiff.h"
#include "core/diff/diffimpact.h"

#include <QJsonArray>
#include <QTextStream>

namespace sw::cli {

ModelAnswerGap compareWithModel(const Design &submission, const Design &model)
{
    ModelAnswerGap g;
    const DesignDiff d = diffDesigns(submission, model);
    for (const Change &c : d.changes) {
        switch (c.type) {
        case ChangeType::NodeAdded:
            g.missing << Tr::tr("a %1 like %2").arg(kindTitle(model.node(c.newId)->kind), model.node(c.newId)->displayLabel());
            break;
        case ChangeType::NodeRemoved:
            g.extra << Tr::tr("%1 (%2)").arg(c.oldId, c.detail);
            break;
        case ChangeType::LinkAdded:
            g.missing << Tr::tr("a %1 link from %2 to %3").arg(c.detail, c.oldValue, c.newValue);
            break;
        case ChangeType::LinkRemoved:
            g.extra << Tr::tr("the %1 link from %2 to %3").arg(c.detail, c.oldValue, c.newValue);
            break;
        case ChangeType::NodeMoved:
        case ChangeType::NodeKindChanged:
        case ChangeType::PropertyChanged:
        case ChangeType::ClusterMembers:
        case ChangeType::LinkRetargeted:
        case ChangeType::LinkProtocol:
        case ChangeType::LinkPort:
            // Old is the submission, new the model answer ("yours → the model's").
            g.different << (c.oldId == c.newId ? c.text() : Tr::tr("%1 (yours: %2)").arg(c.text(), c.oldId));
            break;
        case ChangeType::NodeIdChanged:   // ids, labels and names are the student's own
        case ChangeType::NodeRenamed:
        case ChangeType::LinkIdChanged:
        case ChangeType::LinkLabel:
        case ChangeType::DesignSetting:
        case ChangeType::LayoutMoved:
            break;
        }
    }
    const DiffImpact im = diffImpact(submission, model, d);
    for (const FindingDelta &f : im.disappeared)
        g.findings << QStringLiteral("[%1] %2").arg(f.rule, f.message);
    g.availabilitySubmission = im.availabilityBefore;
    g.availabilityModel = im.availabilityAfter;
    g.ninesSubmission = im.ninesBefore;
    g.ninesModel = im.ninesAfter;
    return g;
}

QJsonObject ModelAnswerGap::toJson() const
{
    return QJsonObject{{QStringLiteral("missing"), QJsonArray::fromStringList(missing)},
                       {QStringLiteral("extra"), QJsonArray::fromStringList(extra)},
                       {QStringLiteral("different"), QJsonArray::fromStringList(different)},
                       {QStringLiteral("findings_not_in_model"), QJsonArray::fromStringList(findings)},
                       {QStringLiteral("availability_submission"), availabilitySubmission},
                       {QStringLiteral("availability_model"), availabilityModel},
                       {QStringLiteral("nines_submission"), ninesSubmission},
                       {QStringLiteral("nines_model"), ninesModel}};
}

void ModelAnswerGap::printText(QTextStream &out) const
{
    out << Tr::tr("Compared with the model answer:") << '\n';
    if (isEmpty())
        out << "  " << Tr::tr("nothing missing") << '\n';
    for (const QString &s : missing)
        out << "  " << Tr::tr("missing: %1").arg(s) << '\n';
    for (const QString &s : different)
        out << "  " << Tr::tr("different (yours → the model answer's): %1").arg(s) << '\n';
    for (const QString &s : extra)
        out << "  " << Tr::tr("not in the model answer: %1").arg(s) << '\n';
    for (const QString &s : findings)
        out << "  " << Tr::tr("finding the model answer does not have: %1").arg(s) << '\n';
    out << "  " << Tr::tr("availability: yours %1, the model answer's %2")
                        .arg(availabilityText(availabilitySubmission, ninesSubmission),
                             availabilityText(availabilityModel, ninesModel))
        << '\n';
}

} // namespace sw::cli
