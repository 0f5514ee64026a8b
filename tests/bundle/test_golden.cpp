// Golden-text tests of the configuration generators: HAProxy, keepalived,
// Apache, nginx, the gunicorn unit (and its environment file), the
// MySQL/MariaDB configuration, the ufw rules and the cache (Redis), each taken from the
// bundle plan of a built-in template (so the planner's inputs are the ones
// users get) and compared with tests/bundle/golden/. A change in generated
// text fails here with a unified diff; when it is meant, run
//   SW_UPDATE_GOLDEN=1 ctest -R test_golden
// and commit the rewritten files with the change.
#include "tests/bundle/goldentext.h"

#include "core/io/jsonformat.h"
#include "core/io/templates.h"
#include "exporters/bundle/firewallconfig.h"
#include "exporters/bundle/stackconfig.h"

#include <QtTest>

using namespace sw;
using namespace sw::bundle;

namespace {

// A template with every web server's software switched ("nginx"), or every
// server on Debian 12 with MariaDB ("debian").
bool loadVariant(const QString &name, const QString &variant, Design *design, QString *error)
{
    if (name.endsWith(QLatin1String(".json"))) { // a design of tests/bundle/
        QFile f(QStringLiteral(SW_SOURCE_DIR "/tests/bundle/") + name);
        if (!f.open(QIODevice::ReadOnly) || !readJson(f.readAll(), design, error))
            return false;
    } else if (!loadTemplate(name, design, error)) {
        return false;
    }
    for (const Node &n : design->nodes()) {
        Node *node = design->node(n.id);
        if (variant == QLatin1String("nginx") && n.kind == Kind::WebServer)
            node->props.insert(QStringLiteral("software"), QStringLiteral("nginx"));
        if (variant == QLatin1String("debian") && n.kind == Kind::Server)
            node->props.insert(QStringLiteral("os"), QStringLiteral("debian-12"));
        if (variant == QLatin1String("debian") && n.kind == Kind::Database)
            node->props.insert(QStringLiteral("engine"), QStringLiteral("mariadb"));
    }
    return true;
}

} // namespace

class TestGolden : public QObject {
    Q_OBJECT
private slots:
    void diffIsReadable();
    void generators_data();
    void generators();
};

// The diff the tests print: a hunk with context, - expected, + generated.
void TestGolden::diffIsReadable()
{
    const QString a = QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n");
    const QString b = QStringLiteral("1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n");
    QCOMPARE(goldentest::unifiedDiff(a, a, QStringLiteral("x"), QStringLiteral("y")), QString());
    QCOMPARE(goldentest::unifiedDiff(a, b, QStringLiteral("x"), QStringLiteral("y")),
             QStringLiteral("--- x\n+++ y\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"));
    const QString far = QStringLiteral("one\n2\n3\n4\n5\n6\n7\n8\n9\nten\n");
    const QString d = goldentest::unifiedDiff(a, far, QStringLiteral("x"), QStringLiteral("y"));
    QCOMPARE(d.count(QStringLiteral("@@ -")), 2); // two hunks: the changes are far apart
    QVERIFY(d.contains(QStringLiteral("-1\n+one\n")));
    QVERIFY(d.contains(QStringLiteral("-10\n+ten\n")));
    if (qEnvironmentVariable("SW_UPDATE_GOLDEN") != QLatin1String("1")) { // (updating would write the file)
        QString message;
        QVERIFY(!goldentest::matchesGolden(QStringLiteral(SW_SOURCE_DIR "/tests/bundle/golden/no-such-file"), a, &message));
        QVERIFY(message.contains(QLatin1String("SW_UPDATE_GOLDEN=1")));
    }
}

void TestGolden::generators_data()
{
    QTest::addColumn<QString>("golden");   // file under tests/bundle/golden/
    QTest::addColumn<QString>("design");   // built-in template
    QTest::addColumn<QString>("variant");  // "", "nginx" or "debian"
    QTest::addColumn<QString>("hostname"); // the server
    QTest::addColumn<QString>("path");     // the file on it; "*" ends a prefix

    auto row = [](const char *golden, const char *design, const char *variant, const char *host, const QString &path) {
        QTest::newRow(golden) << QString::fromLatin1(golden) << QString::fromLatin1(design) << QString::fromLatin1(variant)
                              << QString::fromLatin1(host) << path;
    };
    row("haproxy-redundant-lb-01.cfg", "redundant", "", "lb-01", QStringLiteral("/etc/haproxy/haproxy.cfg"));
    row("haproxy-distributed-lb-01.cfg", "distributed", "", "lb-01", QStringLiteral("/etc/haproxy/haproxy.cfg"));
    row("keepalived-redundant-lb-01.conf", "redundant", "", "lb-01", QStringLiteral("/etc/keepalived/keepalived.conf"));
    row("keepalived-redundant-lb-02.conf", "redundant", "", "lb-02", QStringLiteral("/etc/keepalived/keepalived.conf"));
    row("apache-redundant-web-01.conf", "redundant", "", "web-01", QStringLiteral("/etc/apache2/sites-available/stackwright.conf"));
    row("apache-simple-web-01.conf", "simple-web-stack", "", "web-01", QStringLiteral("/etc/apache2/sites-available/stackwright.conf"));
    row("nginx-redundant-web-01", "redundant", "nginx", "web-01", QStringLiteral("/etc/nginx/sites-available/stackwright"));
    row("gunicorn-redundant-app-01.service", "redundant", "", "app-01", QStringLiteral("/etc/systemd/system/gunicorn-*"));
    row("gunicorn-redundant-app-01.env", "redundant", "", "app-01", QStringLiteral("/etc/stackwright/gunicorn-*"));
    row("mysql-redundant-db-01.cnf", "redundant", "", "db-01", QStringLiteral("/etc/mysql/*"));
    row("mysql-redundant-db-02.cnf", "redundant", "", "db-02", QStringLiteral("/etc/mysql/*"));
    row("mariadb-redundant-db-01.cnf", "redundant", "debian", "db-01", QStringLiteral("/etc/mysql/*"));
    row("ufw-redundant-web-01.rules", "redundant", "", "web-01", firewallRulesPath());
    row("ufw-redundant-db-01.rules", "redundant", "", "db-01", firewallRulesPath());
    // The cache (tests/bundle/cache.json: scale-up with a Redis server the app links to).
    row("redis-cache-01.conf", "cache.json", "", "cache-01", QStringLiteral("/etc/redis/redis.conf"));
    row("ufw-cache-01.rules", "cache.json", "", "cache-01", firewallRulesPath());
    row("gunicorn-cache-app-01.env", "cache.json", "", "app-01", QStringLiteral("/etc/stackwright/gunicorn-*"));
}

void TestGolden::generators()
{
    QFETCH(QString, golden);
    QFETCH(QString, design);
    QFETCH(QString, variant);
    QFETCH(QString, hostname);
    QFETCH(QString, path);
    Design d;
    QString error;
    QVERIFY2(loadVariant(design, variant, &d, &error), qPrintable(error));
    StackConfig cfg;
    QVERIFY2(buildStackConfig(d, &cfg, &error), qPrintable(error));
    const ServerConfig *server = nullptr;
    for (const ServerConfig &sc : cfg.servers)
        if (sc.hostname == hostname)
            server = &sc;
    QVERIFY2(server, qPrintable(QStringLiteral("no server %1 in %2").arg(hostname, design)));
    const ConfigFile *file = nullptr;
    for (const ConfigFile &f : server->files) {
        const bool match = path.endsWith(QLatin1Char('*')) ? f.path.startsWith(path.chopped(1)) : f.path == path;
        if (match && !file)
            file = &f;
        else
            QVERIFY2(!match, qPrintable(QStringLiteral("two files match %1 on %2").arg(path, hostname)));
    }
    QVERIFY2(file, qPrintable(QStringLiteral("no file %1 on %2 of %3").arg(path, hostname, design)));
    // Deploy-time values stay placeholders ("{{ vrrp_interface }}").
    const QString text = file->render();
    QVERIFY(!text.isEmpty());
    QString message;
    QVERIFY2(goldentest::matchesGolden(QStringLiteral(SW_SOURCE_DIR "/tests/bundle/golden/") + golden, text, &message),
             qPrintable(message));
}

QTEST_MAIN(TestGolden)
#include "test_golden.moc"
