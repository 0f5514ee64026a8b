#include "core/rules/reports.h"

#include "core/rules/profiles.h"
#include "core/rules/rulecatalog.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::Rules)
};

QJsonObject findingToJson(const Finding &f)
{
    return QJsonObject{{QStringLiteral("rule"), f.rule},
                       {QStringLiteral("severity"), severityName(f.severity)},
                       {QStringLiteral("nodes"), QJsonArray::fromStringList(f.nodes)},
                       {QStringLiteral("message"), f.message},
                       {QStringLiteral("why"), f.why},
                       {QStringLiteral("fix"), f.fix}};
}

QString topicName(RuleTopic t)
{
    switch (t) {
    case RuleTopic::Paths: return QStringLiteral("paths");
    case RuleTopic::Availability: return QStringLiteral("availability");
    case RuleTopic::Security: return QStringLiteral("security");
    case RuleTopic::Operations: return QStringLiteral("operations");
    case RuleTopic::Data: return QStringLiteral("data");
    case RuleTopic::Profile: return QStringLiteral("profile");
    }
    return {};
}
} // namespace

QJsonObject resultToJson(const QString &designName, const ValidationResult &result)
{
    QJsonArray findings;
    for (const Finding &f : result.findings)
        findings.append(findingToJson(f));
    return QJsonObject{
        {QStringLiteral("design"), designName},
        {QStringLiteral("profile"), result.profile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.profile)},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("error"), result.count(Severity::Error)},
                                                {QStringLiteral("warning"), result.count(Severity::Warning)},
                                                {QStringLiteral("info"), result.count(Severity::Info)}}}};
}

QString resultToText(const QString &designName, const ValidationResult &result)
{
    QString s;
    s += Tr::tr("Design: %1").arg(designName) + QLatin1Char('\n');
    s += Tr::tr("Profile: %1").arg(result.profile.isEmpty() ? Tr::tr("none") : result.profile) + QLatin1Char('\n');
    for (Severity sev : {Severity::Error, Severity::Warning, Severity::Info}) {
        const int n = result.count(sev);
        if (n == 0)
            continue;
        s += QLatin1Char('\n') + Tr::tr("%1 (%2)").arg(severityTitle(sev)).arg(n) + QLatin1Char('\n');
        for (const Finding &f : result.findings) {
            if (f.severity != sev)
                continue;
            s += QStringLiteral("  [%1] %2").arg(f.rule, f.message);
            if (!f.nodes.isEmpty())
                s += QStringLiteral(" (%1)").arg(f.nodes.join(QStringLiteral(", ")));
            s += QLatin1Char('\n');
            s += QStringLiteral("      ") + Tr::tr("Why: %1").arg(f.why) + QLatin1Char('\n');
            s += QStringLiteral("      ") + Tr::tr("Fix: %1").arg(f.fix) + QLatin1Char('\n');
        }
    }
    s += QLatin1Char('\n')
         + Tr::tr("%1 error(s), %2 warning(s), %3 info(s)")
               .arg(result.count(Severity::Error))
               .arg(result.count(Severity::Warning))
               .arg(result.count(Severity::Info));
    if (result.suppressed > 0)
        s += QLatin1Char(' ') + Tr::tr("(%1 more from rules switched off for this design)").arg(result.suppressed);
    s += QLatin1Char('\n');
    return s;
}

QJsonObject catalogToJson()
{
    QJsonArray rules;
    for (const RuleInfo &r : ruleCatalog())
        rules.append(QJsonObject{{QStringLiteral("id"), r.idString()},
                                 {QStringLiteral("severity"), severityName(r.severity)},
                                 {QStringLiteral("topic"), topicName(r.topic)},
                                 {QStringLiteral("title"), r.titleText()},
                                 {QStringLiteral("why"), r.whyText()},
                                 {QStringLiteral("fix"), r.fixText()}});
    QJsonArray profiles;
    for (const ProfileInfo &p : profileCatalog()) {
        QJsonArray checks;
        for (const char *id : p.requirements)
            checks.append(QString::fromLatin1(id));
        QJsonObject severities;
        for (const auto &[id, sev] : p.severities)
            severities.insert(QString::fromLatin1(id), severityName(sev));
        profiles.append(QJsonObject{{QStringLiteral("name"), p.nameString()},
                                    {QStringLiteral("title"), p.titleText()},
                                    {QStringLiteral("requires"), p.summaryText()},
                                    {QStringLiteral("checks"), checks},
                                    {QStringLiteral("severities"), severities}});
    }
    return QJsonObject{{QStringLiteral("rules"), rules}, {QStringLiteral("profiles"), profiles}};
}

QString catalogToText()
{
    QString s;
    for (const RuleInfo &r : ruleCatalog())
        s += QStringLiteral("%1  %2  %3\n").arg(r.idString(), -26).arg(severityName(r.severity), -8).arg(r.titleText());
    s += QLatin1Char('\n') + Tr::tr("Profiles:") + QLatin1Char('\n');
    for (const ProfileInfo &p : profileCatalog())
        s += QStringLiteral("%1  %2\n").arg(p.nameString(), -18).arg(p.summaryText());
    return s;
}

QString catalogToMarkdown()
{
    // English on purpose: this is the repository's reference page.
    QString s;
    s += QStringLiteral("# Validator rules\n\n"
                        "<!-- Generated from core/rules/rulecatalog.cpp and core/rules/profiles.cpp by\n"
                        "     `stackwright-cli rules --format markdown > docs/rules.md`. Do not edit by hand:\n"
                        "     the test test_rules_doc fails when this page and the catalog differ. -->\n\n"
                        "Every finding names a rule id, a severity (`error`, `warning`, `info`), the node ids it\n"
                        "is about, a message, a why and a fix. The first twelve ids are fixed by design-format.md.\n"
                        "A rule can be switched off for one design (with a reason, saved in the design's\n"
                        "`suppressions`); `stackwright-cli validate` exits with 1 when an error remains.\n\n");
    s += QStringLiteral("| id | severity | topic | title |\n|---|---|---|---|\n");
    for (const RuleInfo &r : ruleCatalog())
        s += QStringLiteral("| [`%1`](#%2) | %3 | %4 | %5 |\n")
                 .arg(r.idString(), r.idString().toLower(), severityName(r.severity), topicName(r.topic),
                      QString::fromUtf8(r.title));
    for (const RuleInfo &r : ruleCatalog()) {
        s += QStringLiteral("\n## %1\n\n").arg(r.idString());
        s += QStringLiteral("**%1** (default severity: %2)\n\n").arg(QString::fromUtf8(r.title), severityName(r.severity));
        s += QStringLiteral("*Why:* %1\n\n").arg(QString::fromUtf8(r.why));
        s += QStringLiteral("*Fix:* %1\n").arg(QString::fromUtf8(r.fix));
    }
    s += QStringLiteral("\n# Profiles\n\n"
                        "A design's `profile` is checked by default; `validate --profile P` and the findings\n"
                        "panel can choose another (`none`: no profile). A profile adds its requirements as\n"
                        "findings of their own and changes the severity of some findings.\n");
    for (const ProfileInfo &p : profileCatalog()) {
        s += QStringLiteral("\n## %1\n\n").arg(p.nameString());
        s += QStringLiteral("**%1**: %2.\n\n").arg(QString::fromUtf8(p.title), QString::fromUtf8(p.summary));
        QStringList checks;
        for (const char *id : p.requirements)
            checks << QStringLiteral("`%1`").arg(QString::fromLatin1(id));
        s += QStringLiteral("- Requirements checked: %1\n").arg(checks.join(QStringLiteral(", ")));
        for (Severity sev : {Severity::Error, Severity::Warning, Severity::Info}) {
            QStringList ids;
            for (const auto &[id, v] : p.severities)
                if (v == sev)
                    ids << QStringLiteral("`%1`").arg(QString::fromLatin1(id));
            if (!ids.isEmpty())
                s += QStringLiteral("- Counted as %1: %2\n").arg(severityName(sev), ids.join(QStringLiteral(", ")));
        }
    }
    return s;
}

} // namespace sw
