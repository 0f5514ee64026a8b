// Rules about what a person has not finished or has copied without changing:
// PROP-MISSING (a required property is absent: the design is a draft) and
// DUPLICATE-ADDRESS (two servers share an address or a host name).
#include "core/model/check.h"
#include "core/rules/ruleids.h"
#include "core/rules/rulechecks.h"

#include <QHostAddress>
#include <map>

namespace sw::checks {

namespace {

// The findings of one shared value: every server involved, in document order.
void reportShared(const char *format, const QString &value, const QVector<const Node *> &servers, const QString &key,
                  FindingSink &out)
{
    QStringList ids, names;
    for (const Node *s : servers) {
        ids << s->id;
        names << QStringLiteral("\"%1\"").arg(s->displayLabel());
    }
    out.add(rule::DuplicateAddress, ids, ruleText(format).arg(names.join(QStringLiteral(", ")), value), key);
}

} // namespace

void drafts(const RuleContext &c, FindingSink &out)
{
    for (const Node &n : c.design().nodes())
        for (const QString &key : missingProperties(n))
            out.add(rule::PropMissing, {n.id}, missingPropertyMessage(n, key), key);

    // Ordered maps: the findings come in a stable order.
    std::map<QString, QVector<const Node *>> byAddress, byHostname;
    QHash<QString, QString> shownAddress, shownHostname;
    for (const Node *s : c.ofKind(Kind::Server)) {
        const QString address = s->props.value(QStringLiteral("address")).toString();
        if (!address.isEmpty()) {
            // One machine however the address is written (2001:db8::1 and 2001:DB8:0::1).
            const QHostAddress parsed(address);
            const QString key = parsed.isNull() ? address : parsed.toString();
            byAddress[key].append(s);
            shownAddress.insert(key, address);
        }
        const QString hostname = s->props.value(QStringLiteral("hostname")).toString();
        if (!hostname.isEmpty()) {
            byHostname[hostname.toLower()].append(s);
            shownHostname.insert(hostname.toLower(), hostname);
        }
    }
    for (const auto &[key, servers] : byAddress)
        if (servers.size() > 1)
            reportShared(QT_TRANSLATE_NOOP("sw::Rules", "Servers %1 share the address %2."), shownAddress.value(key),
                         servers, QStringLiteral("address"), out);
    for (const auto &[key, servers] : byHostname)
        if (servers.size() > 1)
            reportShared(QT_TRANSLATE_NOOP("sw::Rules", "Servers %1 share the host name \"%2\" (host names are "
                                                        "compared without regard to case)."),
                         shownHostname.value(key), servers, QStringLiteral("hostname"), out);
}

} // namespace sw::checks

namespace sw::catalog {

// The catalog entries of the rules above (rulecatalog.h).
QVector<RuleInfo> drafts()
{
    using S = Severity;
    using T = RuleTopic;
    return {
        {rule::PropMissing, S::Error, T::Operations, 100,
         QT_TRANSLATE_NOOP("sw::Rules", "Required property not set"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "A whiteboard holds unfinished work: the design saves and opens with the value missing. But "
             "what the value is for cannot work without it: a DNS record without a domain names nothing, a "
             "server without a host name cannot be set up, a cluster without members protects nothing. The "
             "deploy bundles and deploy refuse the design until it is set."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Select the node and fill in the property in the properties panel (the quick fix takes you "
             "there).")},
        {rule::DuplicateAddress, S::Error, T::Operations, 110,
         QT_TRANSLATE_NOOP("sw::Rules", "Two servers share an address or a host name"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "An address or a host name names one machine. When two servers share one, requests, SSH "
             "sessions and the deploy reach whichever answers first, monitoring mixes up their data, and "
             "the second server is, in fact, not there."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Give each server its own address and host name (a copy made with Duplicate keeps the subnet "
             "and numbers the name: web-01, web-02).")},
    };
}

} // namespace sw::catalog
