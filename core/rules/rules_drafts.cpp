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
