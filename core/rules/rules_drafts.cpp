// Rules about what a person has not finished or has copied without changing:
// PROP-MISSING (a required property is absent: the design is a draft) and
// DUPLICATE-ADDRESS (two servers share an address or a host name).
#include "core/model/check.h"
#include "core/rules/ruleids.h"
#include "core/rules/rulechecks.h"
#include "core/model/propertykeys.h"

#include <QHostAddress>
#include <algorithm>
#include <unordered_map>
#include <vector>

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

// Servers by a value they share, keyed by its canonical form.
class SharedValues {
public:
    explicit SharedValues(int expected)
    {
        m_index.reserve(expected);
        m_values.reserve(size_t(expected));
    }
    struct Value {
        QString key, shown;        // shown: as the last server writes it
        const Node *first;         // the first server with the value
        QVector<const Node *> rest; // the others (most values have none: no list made)
        QVector<const Node *> servers() const { return QVector<const Node *>{first} + rest; }
    };
    void add(const QString &key, const QString &shown, const Node *server)
    {
        const auto inserted = m_index.emplace(key, int(m_values.size()));
        if (inserted.second) {
            m_values.push_back({key, shown, server, {}});
            return;
        }
        Value &v = m_values[size_t(inserted.first->second)];
        v.shown = shown;
        v.rest.append(server);
    }
    // The values two or more servers share, in the order of their keys.
    std::vector<const Value *> shared() const
    {
        std::vector<const Value *> out;
        for (const Value &v : m_values)
            if (!v.rest.isEmpty())
                out.push_back(&v);
        std::sort(out.begin(), out.end(), [](const Value *a, const Value *b) { return a->key < b->key; });
        return out;
    }

private:
    std::unordered_map<QString, int, IdHash> m_index; // Qt's string hash is the slower here
    std::vector<Value> m_values;
};

} // namespace

// One machine however its address is written (2001:db8::1 and 2001:DB8:0::1).
// A plain dotted IPv4 address (no leading zeros) is already written so.
QString addressKey(const QString &address)
{
    int parts = 0, digits = 0, value = 0;
    bool plain = true;
    for (const QChar ch : address) {
        if (ch == QLatin1Char('.')) {
            plain = plain && digits > 0;
            ++parts;
            digits = value = 0;
        } else if (ch.isDigit() && ch.unicode() < 128) {
            plain = plain && !(digits == 1 && value == 0); // no leading zero
            value = value * 10 + ch.digitValue();
            ++digits;
            plain = plain && digits <= 3 && value <= 255;
        } else {
            plain = false;
        }
        if (!plain)
            break;
    }
    if (plain && parts == 3 && digits > 0)
        return address;
    const QHostAddress parsed(address);
    return parsed.isNull() ? address : parsed.toString();
}

void propMissing(const Node &n, FindingSink &out)
{
    for (const QString &key : missingProperties(n))
        out.add(rule::PropMissing, {n.id}, missingPropertyMessage(n, key), key);
}

void duplicates(const RuleContext &c, FindingSink &out)
{
    // Hashed, then only the shared values sorted: the findings come in the
    // order of the values, as before, without a tree of every server's.
    const QVector<const Node *> &servers = c.ofKind(Kind::Server);
    SharedValues byAddress(int(servers.size())), byHostname(int(servers.size()));
    for (const Node *s : servers) {
        const auto a = s->props.constFind(keys::address);
        const QString address = a == s->props.constEnd() ? QString() : a->toString();
        if (!address.isEmpty())
            byAddress.add(addressKey(address), address, s);
        const auto h = s->props.constFind(keys::hostname);
        const QString hostname = h == s->props.constEnd() ? QString() : h->toString();
        if (!hostname.isEmpty())
            byHostname.add(hostname.toLower(), hostname, s);
    }
    for (const SharedValues::Value *v : byAddress.shared())
        reportShared(QT_TRANSLATE_NOOP("sw::Rules", "Servers %1 share the address %2."), v->shown, v->servers(),
                     keys::address, out);
    for (const SharedValues::Value *v : byHostname.shared())
        reportShared(QT_TRANSLATE_NOOP("sw::Rules", "Servers %1 share the host name \"%2\" (host names are "
                                                    "compared without regard to case)."),
                     v->shown, v->servers(), keys::hostname, out);
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
