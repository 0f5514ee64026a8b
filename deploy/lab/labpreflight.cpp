#include "deploy/lab/labpreflight.h"

#include "deploy/lab/labengine.h"
#include "deploy/lab/labtr_p.h"
#include "exporters/bundle/stackconfig.h"

#include <QProcess>
#include <QSet>

namespace sw::lab {

bool labPackages(const Design &design, QStringList *out, QString *error)
{
    out->clear();
    const QString os = hostOs();
    if (os.isEmpty()) {
        *error = Tr::tr("the lab runs on Debian 12 or Ubuntu 22.04/24.04; /etc/os-release names another system");
        return false;
    }
    bundle::StackConfig cfg;
    if (!bundle::buildStackConfig(labDesign(design, os), &cfg, error))
        return false;
    // The engine's own tools: namespaces, the bridge, the lab CA, the probe.
    QSet<QString> names{QStringLiteral("iproute2"), QStringLiteral("util-linux"), QStringLiteral("openssl"),
                        QStringLiteral("python3")};
    // What the lab profile skips (labprofile.cpp): rsyslog always, ufw and certbot when absent.
    const QSet<QString> optional{QStringLiteral("rsyslog"), QStringLiteral("ufw"), QStringLiteral("certbot")};
    for (const bundle::ServerConfig &sc : cfg.servers)
        for (const bundle::Package &p : sc.packages)
            if (!optional.contains(p.name))
                names.insert(p.name);
    *out = QStringList(names.begin(), names.end());
    out->sort();
    return true;
}

QStringList missingPackages(const QStringList &packages)
{
    if (packages.isEmpty())
        return {};
    QProcess p;
    p.start(QStringLiteral("dpkg-query"), QStringList{QStringLiteral("-W"), QStringLiteral("-f=${Package} ${Status}\\n")} + packages);
    p.waitForFinished(30000);
    QSet<QString> installed;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
        if (line.endsWith(" ok installed"))
            installed.insert(QString::fromUtf8(line).section(QLatin1Char(' '), 0, 0).section(QLatin1Char(':'), 0, 0));
    QStringList missing;
    for (const QString &name : packages)
        if (!installed.contains(name))
            missing << name;
    return missing;
}

Preflight preflight(const Design &design)
{
    Preflight r;
    QString why;
    if (!LabEngine::canRun(&why)) {
        r.ok = false;
        r.why = why;
        r.command = Tr::tr("sudo stackwright-cli lab up FILE (or start Stackwright itself with sudo)");
        return r;
    }
    QStringList packages;
    if (!labPackages(design, &packages, &why)) {
        r.ok = false;
        r.why = why;
        return r;
    }
    r.missing = missingPackages(packages);
    if (!r.missing.isEmpty()) {
        r.ok = false;
        r.why = Tr::tr("not installed on this machine: %1 (the lab takes every package from this machine)")
                    .arg(r.missing.join(QStringLiteral(", ")));
        r.command = QStringLiteral("apt-get install %1").arg(r.missing.join(QLatin1Char(' ')));
        return r;
    }
    LabPlan plan;
    if (!planLab(design, &plan, &why)) {
        r.ok = false;
        r.why = why;
    }
    return r;
}

} // namespace sw::lab
