// Lookups in the kind catalog (kindcatalog.cpp), the link protocols and the
// value checks shared by the readers and the property editors.
#include "core/model/kinds.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace sw {

const PropertySpec *KindInfo::prop(const QString &key) const
{
    for (const PropertySpec &p : props)
        if (p.key == key)
            return &p;
    return nullptr;
}

const KindInfo &kindInfo(Kind kind) { return allKinds()[int(kind)]; }

QString kindName(Kind kind) { return kindInfo(kind).name; }

std::optional<Kind> kindFromName(const QString &name)
{
    for (const KindInfo &k : allKinds())
        if (k.name == name)
            return k.kind;
    return std::nullopt;
}

QString kindTitle(Kind kind)
{
    return QCoreApplication::translate("sw::Kinds", kindInfo(kind).title);
}

QString kindDescription(Kind kind)
{
    return QCoreApplication::translate("sw::Kinds", kindInfo(kind).description);
}

bool isService(Kind kind) { return kindInfo(kind).role == KindRole::Service; }

bool canContain(Kind parent, Kind child) { return kindInfo(child).placedIn.contains(parent); }

bool mayHaveParent(Kind child) { return !kindInfo(child).placedIn.isEmpty(); }

bool isContainerKind(Kind kind) { return kindInfo(kind).container; }

PathRole pathRole(Kind kind) { return kindInfo(kind).path; }

KindTier kindTier(Kind kind) { return kindInfo(kind).tier; }

const QVector<Protocol> &allProtocols()
{
    static const QVector<Protocol> all{Protocol::Http, Protocol::Https, Protocol::Mysql, Protocol::Tcp,
                                       Protocol::Dns,  Protocol::Vrrp,  Protocol::Syslog, Protocol::Ssh};
    return all;
}

namespace {
const char *const kProtocolNames[] = {"http", "https", "mysql", "tcp", "dns", "vrrp", "syslog", "ssh"};
}

QString protocolName(Protocol p) { return QString::fromLatin1(kProtocolNames[int(p)]); }

std::optional<Protocol> protocolFromName(const QString &name)
{
    // Compared in place: called once per link by every reader.
    for (Protocol p : allProtocols())
        if (name == QLatin1String(kProtocolNames[int(p)]))
            return p;
    return std::nullopt;
}

int defaultPort(Protocol p)
{
    switch (p) {
    case Protocol::Http: return 80;
    case Protocol::Https: return 443;
    case Protocol::Mysql: return 3306;
    case Protocol::Tcp: return 0; // no default: the link says it
    case Protocol::Dns: return 53;
    case Protocol::Vrrp: return 0; // IP protocol 112, no port
    case Protocol::Syslog: return 514;
    case Protocol::Ssh: return 22;
    }
    return 0;
}

bool isValidId(const QString &id)
{
    // ^[A-Za-z][A-Za-z0-9_.-]{0,63}$, checked by hand: it runs for every node
    // and reference of a design.
    if (id.isEmpty() || id.size() > 64)
        return false;
    auto letter = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
    if (!letter(id[0]))
        return false;
    for (QChar c : id)
        if (!letter(c) && !(c >= u'0' && c <= u'9') && c != u'_' && c != u'.' && c != u'-')
            return false;
    return true;
}

bool isValidHostnameLabel(const QString &s)
{
    // RFC 1123 label: letters, digits, inner hyphens, 1 to 63 characters.
    if (s.isEmpty() || s.size() > 63 || s.front() == u'-' || s.back() == u'-')
        return false;
    for (QChar c : s)
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    return true;
}

bool isValidDomain(const QString &s)
{
    if (s.isEmpty() || s.size() > 253)
        return false;
    const QStringList labels = s.split(QLatin1Char('.'));
    for (const QString &l : labels)
        if (!isValidHostnameLabel(l))
            return false;
    return true;
}

bool isValidAddress(const QString &s)
{
    QHostAddress a;
    return !s.isEmpty() && !s.contains(QLatin1Char('/')) && a.setAddress(s);
}

bool isValidUrl(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c.unicode() < 0x21 || c.unicode() == 0x7f)
            return false; // no spaces, newlines or control characters
    // scp-like git address: user@host:path
    static const QRegularExpression scp(QRegularExpression::anchoredPattern(
        QStringLiteral("[A-Za-z0-9_.-]+@[A-Za-z0-9.-]+:[A-Za-z0-9_./~-]+")));
    if (scp.match(s).hasMatch())
        return true;
    const QUrl u(s, QUrl::StrictMode);
    return u.isValid() && !u.scheme().isEmpty() && !u.host().isEmpty()
           && !s.contains(QLatin1Char(' '));
}

std::optional<PortRule> parsePortRule(const QString &s)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("([0-9]{1,5})/(tcp|udp)(?: from ([A-Za-z][A-Za-z0-9_.-]{0,63}))?")));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    PortRule r;
    r.port = m.captured(1).toInt();
    if (r.port < 1 || r.port > 65535)
        return std::nullopt;
    r.proto = m.captured(2);
    r.from = m.captured(3);
    return r;
}

QString formatPortRule(const PortRule &r)
{
    QString s = QStringLiteral("%1/%2").arg(r.port).arg(r.proto);
    if (!r.from.isEmpty())
        s += QStringLiteral(" from ") + r.from;
    return s;
}

} // namespace sw
