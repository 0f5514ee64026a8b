#include "core/analysis/activity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

#include "core/rules/profiles.h"
#include "core/rules/rulecatalog.h"
#include "core/rules/validator.h"

namespace sw {

namespace {

bool readStrings(const QJsonObject &o, const char *key, QStringList *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isArray()) {
        *error = QCoreApplication::translate("sw::Activity", "activity, field \"%1\": expected an array of strings")
                     .arg(QLatin1String(key));
        return false;
    }
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString()) {
            *error = QCoreApplication::translate("sw::Activity", "activity, field \"%1\": expected an array of strings")
                         .arg(QLatin1String(key));
            return false;
        }
        out->append(e.toString());
    }
    return true;
}

// A locked node counts as unchanged when everything but its position is.
bool sameNode(const Node &a, const Node &b)
{
    return a.kind == b.kind && a.label == b.label && a.parent == b.parent && a.props == b.props;
}

} // namespace

QJsonObject Activity::toJson() const
{
    QJsonObject o;
    if (!title.isEmpty())
        o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("profile"), profile);
    o.insert(QStringLiteral("locked"), QJsonArray::fromStringList(locked));
    o.insert(QStringLiteral("hints"), QJsonArray::fromStringList(hints));
    return o;
}

bool Activity::fromJson(const QJsonValue &v, Activity *out, QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    if (!v.isObject()) {
        err = QCoreApplication::translate("sw::Activity", "activity: expected an object");
        return false;
    }
    const QJsonObject o = v.toObject();
    Activity a;
    const QJsonValue profile = o.value(QStringLiteral("profile"));
    if (!profile.isString() || profile.toString().isEmpty()) {
        err = QCoreApplication::translate("sw::Activity", "activity, field \"profile\": a profile name is required");
        return false;
    }
    a.profile = profile.toString();
    a.title = o.value(QStringLiteral("title")).toString();
    if (!readStrings(o, "locked", &a.locked, &err) || !readStrings(o, "hints", &a.hints, &err))
        return false;
    *out = a;
    return true;
}

bool activityOf(const Design &design, Activity *out, QString *error)
{
    const QJsonValue v = design.extensions.value(QStringLiteral("activity"));
    if (v.isUndefined()) {
        if (error)
            *error = QCoreApplication::translate("sw::Activity", "the design \"%1\" is not an activity (it has no \"activity\" field)")
                         .arg(design.name);
        return false;
    }
    return Activity::fromJson(v, out, error);
}

bool checkActivity(const Activity &a, const Design &design, QString *error)
{
    if (!findProfile(a.profile)) {
        if (error)
            *error = QCoreApplication::translate("sw::Activity", "activity, field \"profile\": unknown profile \"%1\"").arg(a.profile);
        return false;
    }
    for (const QString &id : a.locked)
        if (!design.node(id)) {
            if (error)
                *error = QCoreApplication::translate("sw::Activity", "activity, field \"locked\": unknown node id \"%1\"").arg(id);
            return false;
        }
    return true;
}

QVector<Requirement> GradeResult::unmet() const
{
    QVector<Requirement> out;
    for (const Requirement &r : requirements)
        if (!r.met)
            out << r;
    return out;
}

GradeResult gradeSubmission(const Activity &activity, const Design &original, const Design &submission)
{
    GradeResult g;
    g.profile = activity.profile;
    g.hints = activity.hints;
    const ValidationResult v = Validator::validate(submission, activity.profile);
    if (const ProfileInfo *profile = findProfile(activity.profile)) {
        for (const RuleInfo &rule : ruleCatalog()) {
            const QString id = rule.idString();
            const bool isProfileRule = rule.topic == RuleTopic::Profile;
            if (isProfileRule ? !profile->checks(id) : profile->severityOf(id, rule.severity) != Severity::Error)
                continue;
            Requirement r;
            r.id = id;
            r.title = rule.titleText();
            r.fix = rule.fixText();
            r.met = true;
            for (const Finding &f : v.findings) {
                if (f.rule != id || (!isProfileRule && f.severity != Severity::Error))
                    continue;
                r.met = false;
                if (!r.message.isEmpty())
                    r.message += QLatin1Char(' ');
                r.message += f.message;
                for (const QString &n : f.nodes)
                    if (!r.nodes.contains(n))
                        r.nodes << n;
                if (!f.fix.isEmpty())
                    r.fix = f.fix;
            }
            g.requirements << r;
        }
    }
    for (const QString &id : activity.locked) {
        Requirement r;
        r.id = QStringLiteral("LOCKED");
        r.title = QCoreApplication::translate("sw::Activity", "Node \"%1\" stays as the teacher set it").arg(id);
        r.nodes << id;
        const Node *before = original.node(id);
        const Node *after = submission.node(id);
        r.met = before && after && sameNode(*before, *after);
        if (!r.met) {
            r.message = after ? QCoreApplication::translate("sw::Activity", "node \"%1\" was changed, but it is locked").arg(id)
                              : QCoreApplication::translate("sw::Activity", "node \"%1\" was removed, but it is locked").arg(id);
            r.fix = QCoreApplication::translate("sw::Activity", "Put node \"%1\" back as it was in the activity.").arg(id);
        }
        g.requirements << r;
    }
    g.total = int(g.requirements.size());
    for (const Requirement &r : g.requirements) {
        if (r.met)
            ++g.met;
        else if (!r.fix.isEmpty() && !g.hints.contains(r.fix))
            g.hints << r.fix;
    }
    g.percent = g.total > 0 ? 100.0 * g.met / g.total : 100.0;
    g.score = int(std::lround(g.percent));
    return g;
}

} // namespace sw
