#include "exporters/bundle/stackconfig.h"

#include "exporters/bundle/concerns/concern.h"

namespace sw::bundle {

QString tierGroup(Tier tier)
{
    switch (tier) {
    case Tier::Database: return QStringLiteral("databases");
    case Tier::App: return QStringLiteral("app_servers");
    case Tier::Web: return QStringLiteral("web_servers");
    case Tier::LoadBalancer: return QStringLiteral("load_balancers");
    case Tier::Other: break;
    }
    return QStringLiteral("other_servers");
}

QStringList concern::all()
{
    QStringList out;
    for (const auto &c : concerns())
        out << c->id();
    return out;
}

QStringList ConfigFile::variables() const
{
    QStringList out;
    for (const TextPart &p : parts)
        if (p.variable && !out.contains(p.text))
            out << p.text;
    return out;
}

QString ConfigFile::render(const QHash<QString, QString> &values) const
{
    QString s;
    for (const TextPart &p : parts) {
        if (!p.variable)
            s += p.text;
        else if (values.contains(p.text))
            s += values.value(p.text);
        else
            s += QStringLiteral("{{ %1 }}").arg(p.text);
    }
    return s;
}

QStringList ServerConfig::variables() const
{
    QStringList out;
    for (const ConfigFile &f : files)
        for (const QString &v : f.variables())
            if (!out.contains(v))
                out << v;
    auto add = [&out](const QString &v) {
        if (!out.contains(v))
            out << v;
    };
    for (const DatabasePlan &d : databases) {
        if (!d.clientAddresses.isEmpty())
            add(QStringLiteral("mysql_app_password"));
        if (!d.primary || !d.replicaAddresses.isEmpty())
            add(QStringLiteral("mysql_replication_password"));
    }
    for (const CertificatePlan &c : certificates)
        if (c.issuer == QLatin1String("letsencrypt"))
            add(QStringLiteral("letsencrypt_email"));
    if (monitored) // the collector download is checked against it
        add(QStringLiteral("sumologic_collector_sha256"));
    return out;
}

bool ServerConfig::hasConcern(const QString &c) const
{
    const Concern *concern = findConcern(c);
    return concern && concern->applies(*this);
}

QStringList ServerConfig::packagesOf(const QString &c) const
{
    QStringList out;
    for (const Package &p : packages)
        if (p.concern == c && !out.contains(p.name))
            out << p.name;
    return out;
}

QVector<ConfigFile> ServerConfig::filesOf(const QString &c) const
{
    QVector<ConfigFile> out;
    for (const ConfigFile &f : files)
        if (f.concern == c)
            out << f;
    return out;
}

QVector<Service> ServerConfig::servicesOf(const QString &c) const
{
    QVector<Service> out;
    for (const Service &s : services)
        if (s.concern == c)
            out << s;
    return out;
}

const Variable *StackConfig::variable(const QString &name) const
{
    for (const Variable &v : variables)
        if (v.name == name)
            return &v;
    return nullptr;
}

} // namespace sw::bundle
