#include "deploy/ssh/servercheck.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace sw {

namespace {

void addPort(QVector<int> *ports, int port)
{
    if (port > 0 && !ports->contains(port))
        ports->append(port);
}

bool tcpProtocol(Protocol p)
{
    return p == Protocol::Http || p == Protocol::Https || p == Protocol::Mysql || p == Protocol::Tcp
        || p == Protocol::Ssh;
}

// The clusters a service or its server belongs to.
QStringList clustersOf(const Design &design, const QString &serviceId, const QString &serverId)
{
    QStringList out;
    for (const Node *c : design.nodesOfKind(Kind::Cluster)) {
        const QStringList members = c->propList(QStringLiteral("members"));
        if (members.contains(serviceId) || members.contains(serverId))
            out << c->id;
    }
    return out;
}

QString firstLine(const QByteArray &text)
{
    const QString s = QString::fromUtf8(text).trimmed();
    return s.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

ServerExpectation expectationFromDesign(const Design &design, const QString &serverId, int sshPort)
{
    ServerExpectation e;
    addPort(&e.tcpPorts, sshPort);
    for (const QString &childId : design.children(serverId)) {
        const Node *n = design.node(childId);
        if (!n)
            continue;
        const QStringList clusters = clustersOf(design, n->id, serverId);
        switch (n->kind) {
        case Kind::LoadBalancer:
            e.services << QStringLiteral("haproxy");
            if (!clusters.isEmpty())
                e.services << QStringLiteral("keepalived");
            addPort(&e.tcpPorts, 80);
            if (n->propString(QStringLiteral("tls")) != QLatin1String("none"))
                addPort(&e.tcpPorts, 443);
            break;
        case Kind::WebServer:
            e.services << (n->propString(QStringLiteral("software")) == QLatin1String("nginx")
                               ? QStringLiteral("nginx") : QStringLiteral("apache2"));
            addPort(&e.tcpPorts, 80);
            if (n->propString(QStringLiteral("tls")) == QLatin1String("on"))
                addPort(&e.tcpPorts, 443);
            break;
        case Kind::AppServer:
            if (n->propString(QStringLiteral("wsgi")) == QLatin1String("gunicorn"))
                e.services << QStringLiteral("gunicorn-%1").arg(n->id);
            else
                e.services << QStringLiteral("apache2");
            addPort(&e.tcpPorts, n->propInt(QStringLiteral("port")));
            break;
        case Kind::Database:
            e.services << n->propString(QStringLiteral("engine"));
            addPort(&e.tcpPorts, 3306);
            break;
        case Kind::MonitoringAgent:
            e.services << QStringLiteral("collector");
            break;
        case Kind::Firewall:
            e.firewall = true;
            for (const QString &rule : n->propList(QStringLiteral("allow"))) {
                if (const auto r = parsePortRule(rule)) {
                    const QString a = QStringLiteral("%1/%2").arg(r->port).arg(r->proto);
                    if (!e.allows.contains(a))
                        e.allows << a;
                }
            }
            break;
        case Kind::Internet:
        case Kind::Dns:
        case Kind::Certificate:
        case Kind::Server:
        case Kind::Codebase:
        case Kind::MonitoringService:
        case Kind::Cluster:
        case Kind::Zone:
        case Kind::Note:
        case Kind::Cache:
            break;
        }
        // Links into the service (or into a cluster it belongs to) must find a listener.
        QStringList targets = clusters;
        targets << n->id;
        for (const Link &l : design.links()) {
            if (targets.contains(l.to) && tcpProtocol(l.protocol) && n->kind != Kind::Firewall)
                addPort(&e.tcpPorts, l.effectivePort());
        }
    }
    e.services.removeDuplicates();
    std::sort(e.tcpPorts.begin(), e.tcpPorts.end());
    return e;
}

QVector<DeployFinding> compareServices(const QString &server, const QStringList &units,
                                       const QByteArray &stdoutText, const QByteArray &stderrText)
{
    QVector<DeployFinding> out;
    const QStringList states = QString::fromUtf8(stdoutText).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const bool usable = states.size() == units.size();
    const QString why = firstLine(stderrText);
    for (int i = 0; i < units.size(); ++i) {
        const QString state = usable ? states.at(i).trimmed()
                                     : QCoreApplication::translate("sw::Deploy", "unknown (%1)").arg(why.isEmpty() ? QCoreApplication::translate("sw::Deploy", "systemctl gave no answer") : why);
        if (state != QLatin1String("active"))
            out.append({server, QCoreApplication::translate("sw::Deploy", "service %1").arg(units.at(i)), QStringLiteral("active"), state});
    }
    return out;
}

QSet<int> parseListeningPorts(const QByteArray &ssOutput)
{
    QSet<int> ports;
    for (const QByteArray &rawLine : ssOutput.split('\n')) {
        const QList<QByteArray> cols = rawLine.simplified().split(' ');
        // State Recv-Q Send-Q Local:Port Peer:Port [Process]
        if (cols.size() < 5 || cols.at(0) != "LISTEN")
            continue;
        const QByteArray local = cols.at(3);
        const int colon = local.lastIndexOf(':');
        bool ok = false;
        const int port = colon >= 0 ? local.mid(colon + 1).toInt(&ok) : 0;
        if (ok && port > 0)
            ports.insert(port);
    }
    return ports;
}

QVector<DeployFinding> comparePorts(const QString &server, const QVector<int> &expected,
                                    const QSet<int> &listening)
{
    QVector<DeployFinding> out;
    for (int port : expected) {
        if (!listening.contains(port))
            out.append({server, QCoreApplication::translate("sw::Deploy", "port %1/tcp").arg(port), QCoreApplication::translate("sw::Deploy", "listening"), QCoreApplication::translate("sw::Deploy", "nothing listens")});
    }
    return out;
}

UfwStatus parseUfwStatus(int exitStatus, const QByteArray &stdoutText, const QByteArray &stderrText)
{
    UfwStatus s;
    const QString err = QString::fromUtf8(stderrText);
    if (exitStatus == 127 || err.contains(QLatin1String("command not found"))) {
        s.error = QCoreApplication::translate("sw::Deploy", "ufw is not installed");
        return s;
    }
    s.installed = true;
    if (err.contains(QLatin1String("password is required")) || err.contains(QLatin1String("must be root"))
        || err.contains(QLatin1String("need to be root"))) {
        s.error = QCoreApplication::translate("sw::Deploy", "cannot read the firewall (sudo wants a password)");
        return s;
    }
    if (exitStatus != 0) {
        s.error = QCoreApplication::translate("sw::Deploy", "ufw status failed: %1").arg(firstLine(stderrText));
        return s;
    }
    s.readable = true;
    static const QRegularExpression rule(QStringLiteral("^(\\d+)(?:/(tcp|udp))?(?:\\s+\\(v6\\))?\\s+ALLOW(?:\\s+IN)?\\b"));
    for (const QString &line : QString::fromUtf8(stdoutText).split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("Status:")))
            s.active = t.contains(QLatin1String("active")) && !t.contains(QLatin1String("inactive"));
        const QRegularExpressionMatch m = rule.match(t);
        if (!m.hasMatch())
            continue;
        const QString proto = m.captured(2);
        if (proto.isEmpty() || proto == QLatin1String("tcp"))
            s.allows.insert(m.captured(1) + QStringLiteral("/tcp"));
        if (proto.isEmpty() || proto == QLatin1String("udp"))
            s.allows.insert(m.captured(1) + QStringLiteral("/udp"));
    }
    return s;
}

QVector<DeployFinding> compareFirewall(const QString &server, const ServerExpectation &expect,
                                       int sshPort, const UfwStatus &status)
{
    QVector<DeployFinding> out;
    if (!expect.firewall)
        return out;
    const QString what = QCoreApplication::translate("sw::Deploy", "firewall");
    if (!status.readable) {
        out.append({server, what, QCoreApplication::translate("sw::Deploy", "active (ufw)"), status.error});
        return out;
    }
    if (!status.active) {
        out.append({server, what, QCoreApplication::translate("sw::Deploy", "active (ufw)"), QCoreApplication::translate("sw::Deploy", "inactive")});
        return out;
    }
    const QString ssh = QStringLiteral("%1/tcp").arg(sshPort);
    for (const QString &a : expect.allows) {
        if (!status.allows.contains(a))
            out.append({server, QCoreApplication::translate("sw::Deploy", "firewall rule %1").arg(a), QCoreApplication::translate("sw::Deploy", "allowed"), QCoreApplication::translate("sw::Deploy", "not allowed")});
    }
    QStringList extra(status.allows.cbegin(), status.allows.cend());
    std::sort(extra.begin(), extra.end());
    for (const QString &a : std::as_const(extra)) {
        if (!expect.allows.contains(a) && a != ssh)
            out.append({server, QCoreApplication::translate("sw::Deploy", "firewall rule %1").arg(a), QCoreApplication::translate("sw::Deploy", "not allowed"), QCoreApplication::translate("sw::Deploy", "allowed")});
    }
    return out;
}

QString osFromOsRelease(const QByteArray &osRelease, QString *prettyName)
{
    QString id;
    QString version;
    for (const QByteArray &raw : osRelease.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
            value = value.mid(1, value.size() - 2);
        const QString key = line.left(eq);
        if (key == QLatin1String("ID"))
            id = value;
        else if (key == QLatin1String("VERSION_ID"))
            version = value;
        else if (key == QLatin1String("PRETTY_NAME") && prettyName)
            *prettyName = value;
    }
    if (id.isEmpty())
        return {};
    return version.isEmpty() ? id : id + QLatin1Char('-') + version;
}

} // namespace sw
