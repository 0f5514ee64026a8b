// The private CA material of a bundle reaches each server's script the same
// way through the deploy engine as through the bundle's own deploy.sh: the
// redundant template (HTTPS behind two load balancers) exported as a shell
// bundle, deployed to a real sshd on 127.0.0.1 (sshdfixture.h) once by the
// engine and once by deploy.sh, each server's script replaced by a probe
// that reports what it was given. Before the engine asked deploy.sh for the
// material, its web servers got no certificate and nothing got the CA.
#include "tests/deploy/sshdfixture.h"

#include "deploy/ssh/deployengine.h"
#include "deploy/ssh/deployplan.h"
#include "core/io/templates.h"
#include "exporters/bundle/shellbundle.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace sw;

namespace {

// Prints, one "key=value" line each: the CA's fingerprint, and for a
// certificate whether it verifies against that CA, its names and whether the
// key belongs to it. Ends with "done" so a cut-off run is seen.
const QByteArray kProbe = R"SH(#!/bin/bash
set -euo pipefail
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
if [ -n "${SW_PRIVATE_CA:-}" ]; then
    printf '%s\n' "$SW_PRIVATE_CA" >"$t/ca.crt"
    echo "ca=$(openssl x509 -noout -fingerprint -sha256 -in "$t/ca.crt" | cut -d= -f2)"
else
    echo "ca=none"
fi
if [ -n "${SW_PRIVATE_CERT:-}" ]; then
    printf '%s\n' "$SW_PRIVATE_CERT" >"$t/s.crt"
    printf '%s\n' "$SW_PRIVATE_KEY" >"$t/s.key"
    if openssl verify -CAfile "$t/ca.crt" "$t/s.crt" >/dev/null 2>&1; then echo "verify=ok"; else echo "verify=failed"; fi
    echo "names=$(openssl x509 -noout -ext subjectAltName -in "$t/s.crt" | tail -n +2 | tr -d ' ')"
    if [ "$(openssl x509 -noout -pubkey -in "$t/s.crt")" = "$(openssl pkey -pubout -in "$t/s.key")" ]; then
        echo "key=matches"
    else
        echo "key=differs"
    fi
else
    echo "cert=none"
fi
echo done
)SH";

QByteArray fingerprint(const QString &pemFile)
{
    QProcess p;
    p.start("openssl", {"x509", "-noout", "-fingerprint", "-sha256", "-in", pemFile});
    p.waitForFinished(30000);
    return QString::fromLatin1(p.readAllStandardOutput()).trimmed().section(QLatin1Char('='), 1).toLatin1();
}

} // namespace

class TestDeployMaterial : public QObject {
    Q_OBJECT

    SshdFixture m_sshd;
    Design m_design;
    QTemporaryDir m_bundle;

    // The design's servers by hostname, with the web servers behind the balancers.
    QStringList hostnames() const
    {
        QStringList names;
        for (const Node *n : m_design.nodesOfKind(Kind::Server))
            names << n->propString("hostname");
        names.sort();
        return names;
    }

    DeployPlan plan(QString *error) const
    {
        DeployPlan p;
        TargetOverride all;
        all.address = "127.0.0.1";
        all.identityFile = m_sshd.userKey();
        if (!planFromDesign(m_design, {}, all, {}, &p, error) || !attachShellBundle(&p, m_bundle.path(), error))
            return {};
        return p;
    }

    // "hostname: line" of every probe, sorted by hostname (order within a server kept).
    static QStringList byServer(QStringList lines)
    {
        std::stable_sort(lines.begin(), lines.end(), [](const QString &a, const QString &b) {
            return a.section(": ", 0, 0) < b.section(": ", 0, 0);
        });
        return lines;
    }

    QStringList runEngine(DeployMode mode, QStringList *info)
    {
        QString error;
        const DeployPlan p = plan(&error);
        if (p.isEmpty()) {
            qWarning() << error;
            return {};
        }
        DeployOptions o;
        o.mode = mode;
        o.knownHostsFile = m_sshd.knownHosts();
        o.useSudo = false;
        o.connectTimeoutSec = 10;
        o.serverTimeoutSec = 120;
        o.maxParallel = 2;
        DeployEngine engine;
        QStringList out;
        connect(&engine, &DeployEngine::outputLine, this, [&](const QString &id, OutputStream s, const QString &line) {
            const QString host = m_design.node(id) ? m_design.node(id)->propString("hostname") : id;
            if (s == OutputStream::Stdout)
                out << host + ": " + line;
            else if (s == OutputStream::Info && info)
                *info << host + ": " + line;
        });
        QSignalSpy finished(&engine, &DeployEngine::finished);
        if (!engine.start(p, o) || !(finished.wait(300000) || !finished.isEmpty()))
            return {"the engine did not finish"};
        const auto summary = finished.first().first().value<DeploySummary>();
        for (const ServerResult &r : summary.results)
            if (r.state != ServerState::Succeeded)
                out << r.server + ": " + serverStateName(r.state) + ": " + r.message;
        return byServer(out);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sshd.start(&error), qPrintable(error));
        QVERIFY2(loadTemplate("redundant", &m_design, &error), qPrintable(error));
        // Reached through the test's sshd as the current user; the addresses
        // (and so the certificates' names) stay the design's.
        for (const Node *n : m_design.nodesOfKind(Kind::Server)) {
            Node *s = m_design.node(n->id);
            s->props.insert("ssh_port", m_sshd.port());
            s->props.insert("ssh_user", m_sshd.userName());
            s->props.insert("os", "debian-12");
        }
        QVERIFY2(bundle::writeShellBundle(m_design, m_bundle.path(), &error), qPrintable(error));
        // The real scripts need the material; the probes show what arrived.
        const QDir servers(m_bundle.filePath("servers"));
        int needing = 0;
        for (const QString &script : servers.entryList({"*.sh"}, QDir::Files)) {
            QFile f(servers.filePath(script));
            QVERIFY(f.open(QIODevice::ReadOnly));
            needing += f.readAll().contains("\nsw_private_ca ") ? 1 : 0;
            f.close();
            QVERIFY(writeFile(servers.path(), script, kProbe, true));
        }
        QVERIFY2(needing >= 2, "the redundant design's load balancers verify their web servers with the private CA");
        QVERIFY(!QFile::exists(m_bundle.filePath("private-ca/ca.crt")));
    }

    void theEngineGivesEachServerItsMaterial()
    {
        QStringList info;
        const QStringList out = runEngine(DeployMode::Deploy, &info);
        // The CA was made in the bundle folder, as deploy.sh makes it.
        const QByteArray ca = fingerprint(m_bundle.filePath("private-ca/ca.crt"));
        QVERIFY2(!ca.isEmpty(), qPrintable(out.join('\n')));
        int certificates = 0;
        for (const QString &host : hostnames()) {
            const QStringList mine = out.filter(QRegularExpression("^" + QRegularExpression::escape(host) + ": "));
            QVERIFY2(mine.contains(host + ": ca=" + ca), qPrintable(out.join('\n')));
            QVERIFY2(mine.contains(host + ": done"), qPrintable(out.join('\n')));
            if (mine.contains(host + ": cert=none"))
                continue;
            ++certificates;
            QVERIFY2(mine.contains(host + ": verify=ok"), qPrintable(mine.join('\n')));
            QVERIFY2(mine.contains(host + ": key=matches"), qPrintable(mine.join('\n')));
            const Node *server = nullptr;
            for (const Node *n : m_design.nodesOfKind(Kind::Server))
                if (n->propString("hostname") == host)
                    server = n;
            QVERIFY(server);
            const QString names = mine.filter(host + ": names=").value(0);
            QVERIFY2(names.contains("DNS:" + host) && names.contains("IPAddress:" + server->propString("address")),
                     qPrintable(names));
        }
        QVERIFY2(certificates >= 2, qPrintable(out.join('\n'))); // both web servers behind the balancers
        QVERIFY2(!info.filter("SW_PRIVATE_CA, SW_PRIVATE_CERT, SW_PRIVATE_KEY").isEmpty(), qPrintable(info.join('\n')));
    }

    void theCaIsKeptAndDeployShSendsTheSame()
    {
        const QStringList viaEngine = runEngine(DeployMode::Deploy, nullptr);
        const QByteArray ca = fingerprint(m_bundle.filePath("private-ca/ca.crt"));
        QVERIFY(!ca.isEmpty());
        // deploy.sh over ssh to the same sshd: every server, the same lines.
        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("SSH_OPTIONS", "-i " + m_sshd.userKey() + " -o HostName=127.0.0.1 -o BatchMode=yes"
                   " -o IdentitiesOnly=yes -o UserKnownHostsFile=" + m_sshd.knownHosts()
                   + " -o StrictHostKeyChecking=yes");
        sh.setProcessEnvironment(env);
        sh.start("bash", {m_bundle.filePath("deploy.sh")});
        QVERIFY(sh.waitForFinished(300000));
        const QString log = QString::fromUtf8(sh.readAllStandardOutput());
        QVERIFY2(sh.exitCode() == 0, qPrintable(log + sh.readAllStandardError()));
        QStringList viaScript;
        QString host;
        for (const QString &line : log.split('\n', Qt::SkipEmptyParts)) {
            if (line.startsWith("=== "))
                host = line.section(' ', 1, 1);
            else if (!host.isEmpty() && !line.startsWith("All servers"))
                viaScript << host + ": " + line;
        }
        QCOMPARE(viaEngine, byServer(viaScript));
        QCOMPARE(fingerprint(m_bundle.filePath("private-ca/ca.crt")), ca);
        QVERIFY2(viaEngine.filter(": verify=ok").size() >= 2, qPrintable(viaEngine.join('\n')));
    }

    void theDryRunNamesTheMaterialAndChangesNothingRemote()
    {
        QStringList info;
        const QStringList out = runEngine(DeployMode::DryRun, &info);
        QVERIFY2(out.isEmpty(), qPrintable(out.join('\n'))); // the probes never ran, every server succeeded
        QVERIFY2(!info.filter("the script will be given SW_PRIVATE_CA, SW_PRIVATE_CERT, SW_PRIVATE_KEY").isEmpty(),
                 qPrintable(info.join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestDeployMaterial)
#include "test_deploy_material.moc"
