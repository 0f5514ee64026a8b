// The parts of deploy that need no server: what the design expects of a
// server, the parsers of systemctl / ss / ufw / os-release output, the plan
// and the bundle layout.
#include "deploy/ssh/deployplan.h"
#include "deploy/ssh/remotecommand.h"
#include "deploy/ssh/servercheck.h"
#include "deploy/ssh/sshsession.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sw;

namespace {

Node node(const QString &id, Kind kind, const QString &parent = {}, QVariantMap props = {})
{
    Node n;
    n.id = id;
    n.kind = kind;
    n.parent = parent;
    n.props = props;
    return n;
}

Design sample()
{
    Design d;
    d.insertNode(node("lb", Kind::Server, {}, {{"hostname", "lb"}, {"address", "192.0.2.1"}}));
    d.insertNode(node("hap", Kind::LoadBalancer, "lb", {{"tls", "terminate"}}));
    d.insertNode(node("web", Kind::Server, {}, {{"hostname", "web"}, {"address", "192.0.2.2"}, {"ssh_user", "deploy"}, {"ssh_port", 2222}}));
    d.insertNode(node("apache", Kind::WebServer, "web"));
    d.insertNode(node("fw", Kind::Firewall, "web", {{"allow", QStringList{"80/tcp", "3306/tcp from app"}}}));
    d.insertNode(node("app", Kind::Server, {}, {{"hostname", "app"}, {"address", "192.0.2.3"}}));
    d.insertNode(node("guni", Kind::AppServer, "app", {{"port", 8001}}));
    d.insertNode(node("db", Kind::Server, {}, {{"hostname", "db"}, {"address", "192.0.2.4"}}));
    d.insertNode(node("maria", Kind::Database, "db", {{"engine", "mariadb"}}));
    Link l;
    l.id = "l1";
    l.from = "apache";
    l.to = "guni";
    l.protocol = Protocol::Http;
    l.port = 8001;
    d.insertLink(l);
    return d;
}

} // namespace

class TestDeployChecks : public QObject {
    Q_OBJECT
private slots:
    void expectationsFollowTheDesign()
    {
        const Design d = sample();
        ServerExpectation e = expectationFromDesign(d, "lb", 22);
        QCOMPARE(e.services, QStringList{"haproxy"});
        QCOMPARE(e.tcpPorts, (QVector<int>{22, 80, 443}));
        QVERIFY(!e.firewall);
        e = expectationFromDesign(d, "web", 2222);
        QCOMPARE(e.services, QStringList{"apache2"});
        QCOMPARE(e.tcpPorts, (QVector<int>{80, 2222}));
        QVERIFY(e.firewall);
        QCOMPARE(e.allows, (QStringList{"80/tcp", "3306/tcp"}));
        e = expectationFromDesign(d, "app", 22);
        QCOMPARE(e.services, QStringList{"gunicorn-guni"});
        QCOMPARE(e.tcpPorts, (QVector<int>{22, 8001}));
        e = expectationFromDesign(d, "db", 22);
        QCOMPARE(e.services, QStringList{"mariadb"});
        QCOMPARE(e.tcpPorts, (QVector<int>{22, 3306}));
    }

    void servicesFromSystemctl()
    {
        const QStringList units{"haproxy", "keepalived"};
        QVector<DeployFinding> f = compareServices("lb", units, "active\ninactive\n", "");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0], (DeployFinding{"lb", "service keepalived", "active", "inactive"}));
        f = compareServices("lb", units, "", "System has not been booted with systemd as init system (PID 1).\nmore");
        QCOMPARE(f.size(), 2);
        QVERIFY(f[0].actual.startsWith("unknown (System has not been booted"));
        QVERIFY(compareServices("lb", units, "active\nactive\n", "").isEmpty());
    }

    void portsFromSs()
    {
        const QByteArray ss = "LISTEN 0      128    0.0.0.0:22   0.0.0.0:*\n"
                              "LISTEN 0      511    [::]:443     [::]:*\n"
                              "LISTEN 0      4096   127.0.0.53%lo:53 0.0.0.0:*\n"
                              "LISTEN 0      80     *:3306       *:*\n"
                              "garbage\n";
        const QSet<int> ports = parseListeningPorts(ss);
        QCOMPARE(ports, (QSet<int>{22, 443, 53, 3306}));
        const QVector<DeployFinding> f = comparePorts("lb", {22, 80, 443}, ports);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].what, QString("port 80/tcp"));
        QCOMPARE(f[0].actual, QString("nothing listens"));
    }

    void firewallFromUfw()
    {
        const QByteArray status = "Status: active\n\nTo                         Action      From\n"
                                  "--                         ------      ----\n"
                                  "22/tcp                     ALLOW       Anywhere\n"
                                  "80/tcp                     ALLOW       Anywhere\n"
                                  "8080                       ALLOW       10.0.0.0/8\n"
                                  "22/tcp (v6)                ALLOW       Anywhere (v6)\n";
        const UfwStatus s = parseUfwStatus(0, status, "");
        QVERIFY(s.readable && s.active);
        QCOMPARE(s.allows, (QSet<QString>{"22/tcp", "80/tcp", "8080/tcp", "8080/udp"}));
        ServerExpectation e;
        e.firewall = true;
        e.allows = QStringList{"80/tcp", "443/tcp"};
        const QVector<DeployFinding> f = compareFirewall("web", e, 22, s);
        QCOMPARE(f.size(), 3); // 443 missing, 8080 tcp and udp extra; ssh is not extra
        QCOMPARE(f[0], (DeployFinding{"web", "firewall rule 443/tcp", "allowed", "not allowed"}));
        QCOMPARE(f[1].what, QString("firewall rule 8080/tcp"));

        QCOMPARE(compareFirewall("web", e, 22, parseUfwStatus(0, "Status: inactive\n", "")).value(0).actual,
                 QString("inactive"));
        QCOMPARE(compareFirewall("web", e, 22, parseUfwStatus(127, "", "bash: ufw: command not found")).value(0).actual,
                 QString("ufw is not installed"));
        QVERIFY(compareFirewall("web", e, 22, parseUfwStatus(1, "", "sudo: a password is required")).value(0)
                    .actual.contains("sudo"));
        e.firewall = false;
        QVERIFY(compareFirewall("web", e, 22, parseUfwStatus(127, "", "")).isEmpty());
    }

    void osRelease()
    {
        QString pretty;
        QCOMPARE(osFromOsRelease("PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n", &pretty),
                 QString("debian-12"));
        QCOMPARE(pretty, QString("Debian GNU/Linux 12 (bookworm)"));
        QCOMPARE(osFromOsRelease("ID=ubuntu\nVERSION_ID=\"22.04\"\n"), QString("ubuntu-22.04"));
        QCOMPARE(osFromOsRelease(""), QString());
    }

    void planOrderAndOverrides()
    {
        DeployPlan p;
        QString error;
        TargetOverride all;
        all.identityFile = "/keys/id";
        QHash<QString, TargetOverride> per;
        per["web"].address = "127.0.0.1";
        per["web"].user = "root";
        QVERIFY(planFromDesign(sample(), {}, all, per, &p, &error));
        QCOMPARE(p.tiers, (QVector<QStringList>{{"db"}, {"app"}, {"web"}, {"lb"}}));
        QCOMPARE(p.jobs["db"].tier, 0);
        QCOMPARE(p.jobs["lb"].tier, 4);
        QCOMPARE(p.jobs["web"].target.address, QString("127.0.0.1"));
        QCOMPARE(p.jobs["web"].target.user, QString("root"));
        QCOMPARE(p.jobs["web"].target.port, 2222);
        QCOMPARE(p.jobs["lb"].target.user, QString("root"));
        QCOMPARE(p.jobs["lb"].target.identityFile, QString("/keys/id"));
        QCOMPARE(p.jobs["lb"].target.os, QString("ubuntu-22.04"));

        QVERIFY(planFromDesign(sample(), {"web", "db"}, all, {}, &p, &error));
        QCOMPARE(p.serverIds(), (QStringList{"db", "web"}));
        QVERIFY(!planFromDesign(sample(), {"apache"}, all, {}, &p, &error));
        QVERIFY(error.contains("\"apache\" is not a server"));

        Design noAddress = sample();
        noAddress.node("db")->props.remove("address");
        QVERIFY(!planFromDesign(noAddress, {}, all, {}, &p, &error));
        QVERIFY2(error.contains("\"db\" has no address"), qPrintable(error));
    }

    void bundleLayout()
    {
        QTemporaryDir dir;
        const auto write = [&](const QString &rel, const QByteArray &text) {
            QDir(dir.path()).mkpath(QFileInfo(dir.filePath(rel)).path());
            QFile f(dir.filePath(rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write("servers/01-db.sh", "");
        write("servers/02-web.sh", "");
        write("servers/03-lb.sh", "");
        write("servers/order.txt", "01-db.sh\t192.0.2.4\troot\t22\tdb\n02-web.sh\t192.0.2.2\tdeploy\t2222\tweb\n"
                                   "03-lb.sh\t192.0.2.1\troot\t22\tlb\n");
        write("deploy.sh", "#!/usr/bin/env bash\nset -euo pipefail\nSW_VARIABLES=( MYSQL_APP_PASSWORD SUMO_ID )\n");
        DeployPlan p;
        QString error;
        QVERIFY(planFromDesign(sample(), {}, {}, {}, &p, &error));
        QVERIFY(!attachShellBundle(&p, dir.path(), &error)); // no script for "app"
        QVERIFY2(error.contains("no script for server \"app\""), qPrintable(error));
        QVERIFY(planFromDesign(sample(), {"web", "lb", "db"}, {}, {}, &p, &error));
        QVERIFY2(attachShellBundle(&p, dir.path(), &error), qPrintable(error));
        QCOMPARE(p.tiers, (QVector<QStringList>{{"db"}, {"web"}, {"lb"}}));
        QCOMPARE(p.jobs["web"].script, QString("02-web.sh"));
        QCOMPARE(p.jobs["web"].files, QStringList{"02-web.sh"});
        QCOMPARE(QDir(p.jobs["web"].localDir), QDir(dir.filePath("servers")));
        QCOMPARE(p.variables, (QStringList{"MYSQL_APP_PASSWORD", "SUMO_ID"}));

        write("servers/order.txt", "../etc/passwd\th\tu\t22\tdb\n");
        QVERIFY(!attachShellBundle(&p, dir.path(), &error));
        QVERIFY2(error.contains("line 1"), qPrintable(error));
        QVERIFY(!attachShellBundle(&p, dir.filePath("nowhere"), &error));
        QVERIFY(error.contains("not a shell bundle"));
    }

    void linesAreSplitAcrossChunks()
    {
        LineSplitter s;
        QStringList lines;
        const auto add = [&](const QString &l) { lines << l; };
        s.feed("one\ntw", 6, add);
        s.feed("o\r\nthree", 8, add);
        QCOMPARE(lines, (QStringList{"one", "two"}));
        s.feed("\n10%\r50%\r100%\n", 14, add);
        s.flush(add);
        QCOMPARE(lines, (QStringList{"one", "two", "three", "100%"}));
    }

    void shellQuoting()
    {
        QCOMPARE(shellQuote("a b"), QByteArray("'a b'"));
        QCOMPARE(shellQuote("it's $(x)"), QByteArray("'it'\\''s $(x)'"));
    }
};

QTEST_GUILESS_MAIN(TestDeployChecks)
#include "test_deploy_checks.moc"
