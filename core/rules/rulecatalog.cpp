#include "core/rules/rulecatalog.h"

#include "core/rules/rulechecks.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace sw {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::Rules)
};

// Every rule file registers its own entries (rulechecks.h, namespace
// catalog); `order` keeps the documented order: the twelve fixed ids of
// design-format.md first, then the reviewer's rules, then the profiles'.
QVector<RuleInfo> buildCatalog()
{
    QVector<RuleInfo> all;
    for (auto entries : {catalog::paths, catalog::tls, catalog::firewalls, catalog::servers, catalog::data,
                         catalog::drafts, catalog::cache, catalog::profile})
        all += entries();
    std::stable_sort(all.begin(), all.end(), [](const RuleInfo &a, const RuleInfo &b) { return a.order < b.order; });
    return all;
}

} // namespace

QString RuleInfo::titleText() const { return Tr::tr(title); }
QString RuleInfo::whyText() const { return Tr::tr(why); }
QString RuleInfo::fixText() const { return Tr::tr(fix); }

const QVector<RuleInfo> &ruleCatalog()
{
    static const QVector<RuleInfo> catalog = buildCatalog();
    return catalog;
}

const RuleInfo *findRule(const QString &id)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        const QVector<RuleInfo> &c = ruleCatalog();
        for (int i = 0; i < c.size(); ++i)
            h.insert(c[i].idString(), i);
        return h;
    }();
    const int i = index.value(id, -1);
    return i < 0 ? nullptr : &ruleCatalog()[i];
}

QString ruleTopicTitle(RuleTopic topic)
{
    switch (topic) {
    case RuleTopic::Paths: return Tr::tr("Request paths");
    case RuleTopic::Availability: return Tr::tr("Availability");
    case RuleTopic::Security: return Tr::tr("Security");
    case RuleTopic::Operations: return Tr::tr("Operations");
    case RuleTopic::Data: return Tr::tr("Data");
    case RuleTopic::Profile: return Tr::tr("Profile requirements");
    }
    return {};
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

std::optional<Severity> severityFromName(const QString &name)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        if (severityName(s) == name)
            return s;
    return std::nullopt;
}

QString severityTitle(Severity s)
{
    switch (s) {
    case Severity::Error: return Tr::tr("Error");
    case Severity::Warning: return Tr::tr("Warning");
    case Severity::Info: return Tr::tr("Info");
    }
    return {};
}

} // namespace sw
