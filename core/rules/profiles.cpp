#include "core/rules/profiles.h"

#include "core/rules/ruleids.h"

#include <QCoreApplication>

namespace sw {

namespace {

QVector<ProfileInfo> buildProfiles()
{
    using S = Severity;
    // What every stage already needs to work at all stays an error by
    // default (DB-EXPOSED, FIREWALL-BLOCKS-LINK ...); profiles only add.
    const QVector<std::pair<const char *, Severity>> distributedErrors{
        {rule::WebWithoutApp, S::Error},     {rule::CodebaseMismatch, S::Error},
        {rule::AppNoCodebase, S::Error},     {rule::MultiplePrimaries, S::Error},
        {rule::DbSingleWriter, S::Error},
    };
    QVector<std::pair<const char *, Severity>> distributed = distributedErrors;
    distributed += {
        // Not part of this stage yet: mentioned, not held against the design.
        {rule::NoFirewall, S::Info},   {rule::NoMonitoring, S::Info},   {rule::NoHttps, S::Info},
        {rule::HttpNoRedirect, S::Info}, {rule::LbNotClustered, S::Info}, {rule::TlsEndsAtLb, S::Info},
    };
    QVector<std::pair<const char *, Severity>> secured = distributedErrors;
    secured += {
        {rule::NoFirewall, S::Error},    {rule::NoHttps, S::Error},    {rule::NoMonitoring, S::Error},
        {rule::SshOpenToWorld, S::Error}, {rule::LbNotClustered, S::Info},
    };
    return {
        {"simple-web-stack", QT_TRANSLATE_NOOP("sw::Rules", "Simple web stack"),
         QT_TRANSLATE_NOOP("sw::Rules", "one server with web server, app server, codebase and database; a domain"),
         {rule::ProfileOneServer, rule::ProfileDomain},
         {
             {rule::DnsMissing, S::Error},
             // One server is the point of this stage: its limits are for later stages.
             {rule::Spof, S::Info},           {rule::TiersNotSeparated, S::Info}, {rule::DbSingleWriter, S::Info},
             {rule::NoFirewall, S::Info},     {rule::NoMonitoring, S::Info},      {rule::NoHttps, S::Info},
             {rule::HttpNoRedirect, S::Info}, {rule::LbNotClustered, S::Info},
         }},
        {"distributed", QT_TRANSLATE_NOOP("sw::Rules", "Distributed web infrastructure"),
         QT_TRANSLATE_NOOP("sw::Rules",
                           "a load balancer in front of two or more servers that each run web + app + codebase; "
                           "primary and replica databases"),
         {rule::ProfileLbFront, rule::ProfileReplica},
         distributed},
        {"secured-monitored", QT_TRANSLATE_NOOP("sw::Rules", "Secured and monitored web infrastructure"),
         QT_TRANSLATE_NOOP("sw::Rules",
                           "distributed, plus a firewall on every server, HTTPS with a certificate, a monitoring "
                           "agent on every server"),
         {rule::ProfileLbFront, rule::ProfileReplica},
         secured},
        {"scale-up", QT_TRANSLATE_NOOP("sw::Rules", "Scale up"),
         QT_TRANSLATE_NOOP("sw::Rules",
                           "a cluster of two load balancers; web server, app server and database each on its own "
                           "server; one codebase; HTTPS; monitoring; the domain www.foobar.com"),
         {rule::ProfileLbCluster, rule::ProfileSeparateTiers, rule::ProfileOneCodebase, rule::ProfileDomain},
         {
             {rule::LbNotClustered, S::Error}, {rule::TiersNotSeparated, S::Error}, {rule::NoHttps, S::Error},
             {rule::NoMonitoring, S::Error},   {rule::DnsMissing, S::Error},        {rule::CodebaseMismatch, S::Error},
             {rule::AppNoCodebase, S::Error},  {rule::WebWithoutApp, S::Error},
         }},
    };
}

} // namespace

QString ProfileInfo::titleText() const { return QCoreApplication::translate("sw::Rules", title); }
QString ProfileInfo::summaryText() const { return QCoreApplication::translate("sw::Rules", summary); }

Severity ProfileInfo::severityOf(const QString &rule, Severity fallback) const
{
    for (const auto &[id, s] : severities)
        if (rule == QLatin1String(id))
            return s;
    return fallback;
}

bool ProfileInfo::checks(const QString &rule) const
{
    for (const char *id : requirements)
        if (rule == QLatin1String(id))
            return true;
    return false;
}

const QVector<ProfileInfo> &profileCatalog()
{
    static const QVector<ProfileInfo> profiles = buildProfiles();
    return profiles;
}

const ProfileInfo *findProfile(const QString &name)
{
    for (const ProfileInfo &p : profileCatalog())
        if (name == QLatin1String(p.name))
            return &p;
    return nullptr;
}

} // namespace sw
