// Safety and behaviour of the bundle exporters: hostile user values are
// carried as data (scripts still parse, nothing is executed) or refused with
// a message naming node and field; two web and two app servers are all
// wired; the folder writer never leaves half-written or foreign folders;
// the CLI's exit codes.
#include "tests/bundle/bundletesthelpers.h"

#include "exporters/bundle/ansiblebundle.h"
#include "exporters/bundle/bundlewriter.h"
#include "core/io/jsonformat.h"
#include "core/io/templates.h"
#include "exporters/bundle/quoting.h"
#include "exporters/bundle/shellbundle.h"
#include "exporters/bundle/stackconfig.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace sw;
using namespace sw::bundle;
using namespace bundletest;

namespace {



QString fileOf(const ServerConfig &sc, const QString &path)
{
    for (const ConfigFile &f : sc.files)
        if (f.path == path)
            return f.render();
    return QString();
}

const ServerConfig *serverNamed(const StackConfig &cfg, const QString &hostname)
{
    for (const ServerConfig &sc : cfg.servers)
        if (sc.hostname == hostname)
            return &sc;
    return nullptr;
}

} // namespace

class TestBundleSafety : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }
    void shellQuoteRoundTrips();
    void yamlQuoteRoundTrips();
    void hostileValuesAreData();
    void unsafeValuesAreRefused_data();
    void unsafeValuesAreRefused();
    void twoWebTwoApp();
    void twoWebTwoAppNginx();
    void singleServerStack();
    void writerRefusesForeignFolder();
    void writerReplacesOwnBundle();
    void writerLeavesNothingOnFailure();
    void writerStreamsFiles();
    void cliExitCodes();

private:
    QTemporaryDir m_tmp;
};

static const QString hostile = QStringLiteral(
    "x'$(touch /tmp/sw-pwned-1)`touch /tmp/sw-pwned-2`\"; touch /tmp/sw-pwned-3 ;\\\n"
    "{{ lookup('pipe', 'touch /tmp/sw-pwned-4') }}{% raw %}'\\''@@VRRP_INTERFACE@@ é");

void TestBundleSafety::shellQuoteRoundTrips()
{
    const QStringList values{QString(), QStringLiteral("plain"), hostile, QStringLiteral("'"), QStringLiteral("''\n'\\")};
    for (const QString &v : values) {
        const Result r = run(QStringLiteral("bash"), {QStringLiteral("-c"), QStringLiteral("printf '%s' ") + shellQuote(v)});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.output, v);
    }
    QCOMPARE(shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    QCOMPARE(shellQuote(QStringLiteral("'a''b'")), QStringLiteral("''\\''a'\\'''\\''b'\\'''"));
    QCOMPARE(shellQuote(QString()), QStringLiteral("''"));
}

void TestBundleSafety::yamlQuoteRoundTrips()
{
    QString longValue;
    for (int i = 0; i < 30; ++i)
        longValue += QStringLiteral("  word \"%1\" ").arg(i);
    const QString eighty(80, QLatin1Char('x')), eightyOne(81, QLatin1Char('x'));
    const QStringList values{hostile, longValue, QStringLiteral(" leading"), QStringLiteral("tab\there"), eighty, eightyOne,
                             QStringLiteral("plain/path-0644 with spaces"), QString(), QStringLiteral("caf\u00e9 \u2028 \u007f")};
    for (const QString &v : values) {
        const QString doc = QStringLiteral("value: ") + yamlQuote(v) + QLatin1Char('\n');
        const Result r = run(QStringLiteral("python3"), {QStringLiteral("-c"),
                                                         QStringLiteral("import sys, yaml; sys.stdout.write(yaml.safe_load(sys.argv[1])['value'])"),
                                                         doc});
        QVERIFY2(r.code == 0, qPrintable(r.output));
        QCOMPARE(r.output, v);
        for (const QString &line : doc.split(QLatin1Char('\n')))
            QVERIFY(line.size() < 120);
    }
    // The plain fast path (printable ASCII, at most 80 characters) and the
    // folding from the 81st character on.
    QCOMPARE(yamlQuote(eighty), QLatin1Char('"') + eighty + QLatin1Char('"'));
    QCOMPARE(yamlQuote(eightyOne), QLatin1Char('"') + eighty + QStringLiteral("\\\n      x\""));
    QCOMPARE(yamlQuote(QStringLiteral("a\"b\\c")), QStringLiteral("\"a\\\"b\\\\c\""));
    QCOMPARE(yamlQuote(QString()), QStringLiteral("\"\""));

    QCOMPARE(jinjaLiteral(QStringLiteral("a{{b}}{%c{#d")), QStringLiteral("a{{ '{' }}{b}}{{ '{' }}%c{{ '{' }}#d"));
    QCOMPARE(jinjaLiteral(QStringLiteral("{{x")), QStringLiteral("{{ '{' }}{x"));
    QCOMPARE(jinjaLiteral(QStringLiteral("x{{")), QStringLiteral("x{{ '{' }}{"));
    QCOMPARE(jinjaLiteral(QStringLiteral("{{{")), QStringLiteral("{{ '{' }}{{ '{' }}{"));
    QCOMPARE(jinjaLiteral(QStringLiteral("a { b }{ {x} {")), QStringLiteral("a { b }{ {x} {"));
    QCOMPARE(jinjaLiteral(QString()), QString());
}

void TestBundleSafety::hostileValuesAreData()
{
    for (int i = 1; i <= 4; ++i)
        QFile::remove(QStringLiteral("/tmp/sw-pwned-%1").arg(i));
    Design design;
    QString error;
    QVERIFY(loadTemplate(QStringLiteral("scale-up"), &design, &error));
    const QString branch = QStringLiteral("feat;$(touch_/tmp/sw-pwned-1)`id`'\"{{x}}");
    const QString repo = QStringLiteral("https://git.example.com/a$(touch_/tmp/sw-pwned-2);'x'.git");
    design.name = hostile;
    for (const Node &n : std::vector<Node>(design.nodes())) {
        Node *m = design.node(n.id);
        m->label = hostile;
        m->props.insert(QStringLiteral("x-unknown"), hostile);
        if (m->kind == Kind::Codebase) {
            m->props.insert(QStringLiteral("repository"), repo);
            m->props.insert(QStringLiteral("branch"), branch);
        }
    }
    for (const Link &l : std::vector<Link>(design.links()))
        if (!l.id.isEmpty())
            design.link(l.id)->label = hostile;
    Node note;
    note.id = QStringLiteral("hostile-note");
    note.kind = Kind::Note;
    note.label = hostile;
    note.props.insert(QStringLiteral("text"), hostile);
    design.insertNode(note);
    design.extensions.insert(QStringLiteral("x-hostile"), hostile);
    const QString shellDir = m_tmp.filePath(QStringLiteral("hostile-shell"));
    const QString ansibleDir = m_tmp.filePath(QStringLiteral("hostile-ansible"));
    QVERIFY2(writeShellBundle(design, shellDir, &error), qPrintable(error));
    QVERIFY2(writeAnsibleBundle(design, ansibleDir, &error), qPrintable(error));

    // The scripts still parse and lint.
    QStringList scripts{QStringLiteral("deploy.sh")};
    for (const QString &f : QDir(shellDir + QStringLiteral("/servers")).entryList({QStringLiteral("*.sh")}))
        scripts << QStringLiteral("servers/") + f;
    for (const QString &s : scripts) {
        const Result r = run(QStringLiteral("bash"), {QStringLiteral("-n"), s}, shellDir);
        QVERIFY2(r.code == 0, qPrintable(r.output));
    }
    const Result sc = run(QStringLiteral("shellcheck"), QStringList{QStringLiteral("-S"), QStringLiteral("style")} + scripts, shellDir);
    QVERIFY2(sc.code == 0, qPrintable(sc.output));

    // The values are there in their quoted form only, and running the
    // generated lines gives the values back without running anything.
    const QString appScript = readText(shellDir + QStringLiteral("/servers/02-app-01.sh"));
    QVERIFY(appScript.contains(QStringLiteral("    SW_SERVER=") + shellQuote(hostile) + QLatin1Char('\n')));
    QVERIFY(appScript.contains(QStringLiteral("    SW_DESIGN=") + shellQuote(hostile) + QLatin1Char('\n')));
    QVERIFY(!appScript.contains(QStringLiteral("x-unknown")));
    QString checkout;
    for (const QString &line : appScript.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("sw_checkout ")))
            checkout = line;
    QVERIFY(checkout.contains(shellQuote(repo)) && checkout.contains(shellQuote(branch)));
    const int start = appScript.indexOf(QLatin1String("{\n    SW_DESIGN="));
    const int library = appScript.indexOf(QLatin1String("declare -A SW_CHANGED"));
    const QString assignments = appScript.mid(start, library - start);
    const QString probe = assignments + QStringLiteral("sw_checkout() { printf '%s\\n' \"$@\"; }\n") + checkout
                          + QStringLiteral("\nprintf '%s|%s' \"$SW_DESIGN\" \"$SW_SERVER\"\n");
    const Result r = run(QStringLiteral("bash"), {QStringLiteral("-euc"), probe});
    QVERIFY2(r.code == 0, qPrintable(r.output));
    QVERIFY(r.output.startsWith(repo + QLatin1Char('\n') + branch + QLatin1Char('\n')));
    QVERIFY(r.output.endsWith(hostile + QLatin1Char('|') + hostile));

    // Ansible reads them back verbatim and never evaluates them.
    const auto env = ansibleEnv(m_tmp.filePath(QStringLiteral("hostile-env")));
    const Result syntax = run(QStringLiteral("ansible-playbook"), {QStringLiteral("--syntax-check"), QStringLiteral("-i"),
                                                                    QStringLiteral("inventory"), QStringLiteral("site.yml")}, ansibleDir, env);
    QVERIFY2(syntax.code == 0, qPrintable(syntax.output));
    const Result dbg = run(QStringLiteral("ansible"), {QStringLiteral("app-01"), QStringLiteral("-i"), QStringLiteral("inventory"),
                                                       QStringLiteral("-c"), QStringLiteral("local"), QStringLiteral("-m"),
                                                       QStringLiteral("ansible.builtin.debug"), QStringLiteral("-a"),
                                                       QStringLiteral("msg={{ [stackwright_label, app_checkouts[0].branch, app_checkouts[0].repository] | to_json }}")},
                           ansibleDir, env);
    QVERIFY2(dbg.code == 0, qPrintable(dbg.output));
    const int brace = dbg.output.indexOf(QLatin1Char('{'));
    const QJsonObject out = QJsonDocument::fromJson(dbg.output.mid(brace).toUtf8()).object();
    const QJsonArray got = QJsonDocument::fromJson(out.value(QStringLiteral("msg")).toString().toUtf8()).array();
    QCOMPARE(got.size(), 3);
    QCOMPARE(got.at(0).toString(), hostile);
    QCOMPARE(got.at(1).toString(), branch);
    QCOMPARE(got.at(2).toString(), repo);
    for (int i = 1; i <= 4; ++i)
        QVERIFY2(!QFile::exists(QStringLiteral("/tmp/sw-pwned-%1").arg(i)), "a hostile value was executed");
}

void TestBundleSafety::unsafeValuesAreRefused_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("ssh user injection") << "app-1" << "ssh_user" << "-oProxyCommand=touch /tmp/sw-pwned-5";
    QTest::newRow("ssh user shell") << "db-1" << "ssh_user" << "root; touch /tmp/sw-pwned-5";
    QTest::newRow("branch newline") << "code" << "branch" << "main\ntouch /tmp/sw-pwned-5";
    QTest::newRow("branch option") << "code" << "branch" << "--upload-pack=touch";
    QTest::newRow("repository transport") << "code" << "repository" << "ext::sh -c touch% /tmp/sw-pwned-5";
    // The structured fields only take their own syntax.
    QTest::newRow("hostname") << "web-1" << "hostname" << "web$(touch /tmp/sw-pwned-5)";
    QTest::newRow("address") << "app-1" << "address" << "10.0.2.31;touch /tmp/sw-pwned-5";
    QTest::newRow("dns domain") << "www" << "domain" << "www.foobar.com'`touch /tmp/sw-pwned-5`";
    QTest::newRow("certificate domain") << "cert" << "domain" << "a.com\ntouch /tmp/sw-pwned-5";
    QTest::newRow("firewall rule") << "fw-web-1" << "allow" << "80/tcp; ufw disable";
    QTest::newRow("virtual address") << "lb-cluster" << "vip" << "10.0.0.10 \"$(touch /tmp/sw-pwned-5)\"";
}

void TestBundleSafety::unsafeValuesAreRefused()
{
    QFETCH(QString, node);
    QFETCH(QString, field);
    QFETCH(QString, value);
    Design design;
    QString error;
    QVERIFY(loadTemplate(QStringLiteral("scale-up"), &design, &error));
    QVERIFY(design.node(node));
    if (field == QLatin1String("allow"))
        design.node(node)->props.insert(field, QStringList{value});
    else
        design.node(node)->props.insert(field, value);
    const QString dir = m_tmp.filePath(QStringLiteral("refused-") + field);
    QVERIFY(!writeShellBundle(design, dir, &error));
    QVERIFY2(error.contains(QStringLiteral("\"%1\"").arg(node)), qPrintable(error));
    QVERIFY2(error.contains(field), qPrintable(error));
    QVERIFY(!QFileInfo::exists(dir));
    QVERIFY(!writeAnsibleBundle(design, dir, &error));
    QVERIFY(!QFileInfo::exists(dir));
    QVERIFY(QDir(m_tmp.path()).entryList({QStringLiteral(".refused-*")}, QDir::AllEntries | QDir::Hidden).isEmpty());
}

void TestBundleSafety::twoWebTwoApp()
{
    Design design;
    QString error;
    QVERIFY2(readJson(readText(QStringLiteral(SW_SOURCE_DIR "/tests/bundle/twobytwo.json")).toUtf8(), &design, &error), qPrintable(error));
    StackConfig cfg;
    QVERIFY2(buildStackConfig(design, &cfg, &error), qPrintable(error));
    QStringList order;
    for (const ServerConfig &sc : cfg.servers)
        order << sc.hostname;
    QCOMPARE(order, QStringList({"db-01", "db-02", "app-01", "app-02", "web-01", "web-02", "lb-01"}));

    const QString haproxy = fileOf(*serverNamed(cfg, QStringLiteral("lb-01")), QStringLiteral("/etc/haproxy/haproxy.cfg"));
    QVERIFY2(haproxy.contains(QLatin1String("    balance leastconn\n")), qPrintable(haproxy));
    QVERIFY(haproxy.contains(QLatin1String("    server web-01 192.0.2.21:80 check\n")));
    QVERIFY(haproxy.contains(QLatin1String("    server web-02 192.0.2.22:80 check\n")));
    QVERIFY(haproxy.contains(QLatin1String("bind :443 ssl crt /etc/stackwright/tls/www.example.org.pem")));
    QVERIFY(haproxy.contains(QLatin1String("http-request redirect scheme https")));
    for (const QString &web : {QStringLiteral("web-01"), QStringLiteral("web-02")}) {
        const QString site = fileOf(*serverNamed(cfg, web), QStringLiteral("/etc/apache2/sites-available/stackwright.conf"));
        QVERIFY2(site.contains(QLatin1String("BalancerMember \"http://192.0.2.31:8000\"")), qPrintable(site));
        QVERIFY(site.contains(QLatin1String("BalancerMember \"http://192.0.2.32:8001\"")));
        QVERIFY(site.contains(QLatin1String("ProxyPass / \"balancer://app_servers/\"")));
        QVERIFY(site.contains(QLatin1String("RemoteIPInternalProxy 192.0.2.10")));
        QVERIFY(serverNamed(cfg, web)->apacheModules.contains(QStringLiteral("proxy_balancer")));
    }
    // The primary lets both app servers and the replica in; the replica follows it read-only.
    const ServerConfig *db1 = serverNamed(cfg, QStringLiteral("db-01"));
    QCOMPARE(db1->databases.first().clientAddresses, QStringList({"192.0.2.31", "192.0.2.32"}));
    QCOMPARE(db1->databases.first().replicaAddresses, QStringList({"192.0.2.42"}));
    QVERIFY(db1->firewallRules.contains(QStringLiteral("allow from 192.0.2.42 to any port 3306 proto tcp")));
    QCOMPARE(db1->firewallRules.first(), QStringLiteral("allow 22/tcp"));
    const QString replicaCnf = fileOf(*serverNamed(cfg, QStringLiteral("db-02")), QStringLiteral("/etc/mysql/mariadb.conf.d/60-stackwright.cnf"));
    QVERIFY2(replicaCnf.contains(QLatin1String("read_only = ON")) && replicaCnf.contains(QLatin1String("server-id = 2")), qPrintable(replicaCnf));
    QVERIFY(fileOf(*db1, QStringLiteral("/etc/mysql/mariadb.conf.d/60-stackwright.cnf")).contains(QLatin1String("log_bin")));

    // Rolling updates: the web and app tiers have two servers each.
    QVector<QPair<QString, QString>> files;
    QVERIFY(AnsibleBundleExporter(design).files(&files, &error));
    QString site;
    for (const auto &f : files)
        if (f.first == QLatin1String("site.yml"))
            site = f.second;
    QVERIFY2(site.contains(QLatin1String("hosts: app_servers\n  become: true\n  serial: 1\n")), qPrintable(site));
    QVERIFY(site.contains(QLatin1String("hosts: apache_servers\n  become: true\n  serial: 1\n")));
    QVERIFY(site.contains(QLatin1String("hosts: load_balancers\n  become: true\n  roles")));

    // The exported folder really parses the same way as the templates.
    const QString dir = m_tmp.filePath(QStringLiteral("twobytwo"));
    QVERIFY2(writeShellBundle(design, dir, &error), qPrintable(error));
    const Result sc = run(QStringLiteral("shellcheck"), {QStringLiteral("-S"), QStringLiteral("style"), QStringLiteral("deploy.sh"),
                                                         QStringLiteral("servers/07-lb-01.sh"), QStringLiteral("servers/05-web-01.sh")}, dir);
    QVERIFY2(sc.code == 0, qPrintable(sc.output));
}

void TestBundleSafety::twoWebTwoAppNginx()
{
    // The same design with nginx: both web servers proxy to both app servers
    // and keep the load balancer's client address and scheme.
    Design design;
    QString error;
    QVERIFY(readJson(readText(QStringLiteral(SW_SOURCE_DIR "/tests/bundle/twobytwo.json")).toUtf8(), &design, &error));
    design.node(QStringLiteral("apache1"))->props.insert(QStringLiteral("software"), QStringLiteral("nginx"));
    design.node(QStringLiteral("apache2"))->props.insert(QStringLiteral("software"), QStringLiteral("nginx"));
    StackConfig cfg;
    QVERIFY2(buildStackConfig(design, &cfg, &error), qPrintable(error));
    const QString haproxy = fileOf(*serverNamed(cfg, QStringLiteral("lb-01")), QStringLiteral("/etc/haproxy/haproxy.cfg"));
    QVERIFY(haproxy.contains(QLatin1String("    server web-01 192.0.2.21:80 check\n")));
    QVERIFY(haproxy.contains(QLatin1String("    server web-02 192.0.2.22:80 check\n")));
    QVERIFY(haproxy.contains(QLatin1String("http-request set-header X-Forwarded-Proto https")));
    for (const QString &web : {QStringLiteral("web-01"), QStringLiteral("web-02")}) {
        const ServerConfig *sc = serverNamed(cfg, web);
        QCOMPARE(sc->webSoftware, QStringLiteral("nginx"));
        QVERIFY(sc->filesOf(concern::apache()).isEmpty());
        const QString site = fileOf(*sc, QStringLiteral("/etc/nginx/sites-available/stackwright"));
        QVERIFY2(site.contains(QLatin1String("upstream app_servers {\n"
                                             "    server 192.0.2.31:8000 max_fails=3 fail_timeout=10s;\n"
                                             "    server 192.0.2.32:8001 max_fails=3 fail_timeout=10s;\n}")),
                 qPrintable(site));
        QVERIFY(site.contains(QLatin1String("proxy_pass http://app_servers;")));
        QVERIFY(site.contains(QLatin1String("set_real_ip_from 192.0.2.10;\n    real_ip_header X-Forwarded-For;")));
        QVERIFY(site.contains(QLatin1String("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;")));
        // HAProxy terminates TLS and says so: nginx must not replace it with its own http.
        QVERIFY2(!site.contains(QLatin1String("X-Forwarded-Proto")), qPrintable(site));
        QVERIFY(sc->packagesOf(concern::nginx()).contains(QStringLiteral("nginx")));
    }
    // With TLS on the web servers, the scheme they serve is passed on.
    design.node(QStringLiteral("apache1"))->props.insert(QStringLiteral("tls"), QStringLiteral("on"));
    QVERIFY2(buildStackConfig(design, &cfg, &error), qPrintable(error));
    const QString tlsSite = fileOf(*serverNamed(cfg, QStringLiteral("web-01")), QStringLiteral("/etc/nginx/sites-available/stackwright"));
    QVERIFY2(tlsSite.contains(QLatin1String("listen 443 ssl;")) && tlsSite.contains(QLatin1String("X-Forwarded-Proto $scheme;")),
             qPrintable(tlsSite));
    QVERIFY(tlsSite.contains(QLatin1String("return 301 https://$host$request_uri;")));
}

void TestBundleSafety::singleServerStack()
{
    // Web, app and database on one server still reach each other.
    Design design;
    QString error;
    QVERIFY(readJson(readText(QStringLiteral(SW_SOURCE_DIR "/tests/bundle/twobytwo.json")).toUtf8(), &design, &error));
    // Move everything of app-01 and db-01 onto web-01.
    design.node(QStringLiteral("gunicorn1"))->parent = QStringLiteral("w1");
    design.node(QStringLiteral("code1"))->parent = QStringLiteral("w1");
    design.node(QStringLiteral("db"))->parent = QStringLiteral("w1");
    design.node(QStringLiteral("fw-d1"))->parent = QStringLiteral("w1");
    design.node(QStringLiteral("w1"))->props.remove(QStringLiteral("address"));
    StackConfig cfg;
    // A replica needs its primary's address: refused with a message saying so.
    QVERIFY(!buildStackConfig(design, &cfg, &error));
    QVERIFY2(error.contains(QLatin1String("\"replica\"")) && error.contains(QLatin1String("address")), qPrintable(error));
    design.removeNode(QStringLiteral("replica"));
    QVERIFY2(buildStackConfig(design, &cfg, &error), qPrintable(error));
    const ServerConfig *web = serverNamed(cfg, QStringLiteral("web-01"));
    QVERIFY(web);
    QCOMPARE(web->tier, Tier::Database);
    const QString site = fileOf(*web, QStringLiteral("/etc/apache2/sites-available/stackwright.conf"));
    QVERIFY2(site.contains(QLatin1String("BalancerMember \"http://127.0.0.1:8000\"")), qPrintable(site));
    const QString env = fileOf(*web, QStringLiteral("/etc/stackwright/gunicorn-gunicorn1.env"));
    QVERIFY2(env.contains(QLatin1String("DATABASE_HOST=127.0.0.1\n")), qPrintable(env));
    QVERIFY(web->databases.first().clientAddresses.contains(QStringLiteral("127.0.0.1")));
    QVERIFY(fileOf(*web, QStringLiteral("/etc/mysql/mariadb.conf.d/60-stackwright.cnf")).contains(QLatin1String("bind-address = 0.0.0.0")));
}

void TestBundleSafety::writerRefusesForeignFolder()
{
    const QString dir = m_tmp.filePath(QStringLiteral("foreign"));
    QVERIFY(writeText(dir + QStringLiteral("/notes.txt"), QStringLiteral("mine")));
    Design design;
    QString error;
    QVERIFY(loadTemplate(QStringLiteral("scale-up"), &design, &error));
    QVERIFY(!writeShellBundle(design, dir, &error));
    QVERIFY2(error.contains(QLatin1String("not empty")), qPrintable(error));
    QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{"notes.txt"});
    // An empty folder is fine.
    const QString empty = m_tmp.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    QVERIFY2(writeAnsibleBundle(design, empty, &error), qPrintable(error));
    QVERIFY(QFile::exists(empty + QStringLiteral("/site.yml")));
}

void TestBundleSafety::writerReplacesOwnBundle()
{
    const QString dir = m_tmp.filePath(QStringLiteral("again"));
    Design design;
    QString error;
    QVERIFY(loadTemplate(QStringLiteral("scale-up"), &design, &error));
    QVERIFY(writeShellBundle(design, dir, &error));
    QVERIFY(writeText(dir + QStringLiteral("/stale.txt"), QStringLiteral("old")));
    QVERIFY2(writeAnsibleBundle(design, dir, &error), qPrintable(error));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/stale.txt")));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/deploy.sh")));
    QVERIFY(QFile::exists(dir + QStringLiteral("/site.yml")));
    QCOMPARE(QDir(m_tmp.path()).entryList({QStringLiteral(".again*")}, QDir::AllEntries | QDir::Hidden), QStringList());
}

void TestBundleSafety::writerLeavesNothingOnFailure()
{
    BundleWriter w(QStringLiteral("/proc/stackwright-cannot-write/bundle"));
    w.addFile(QStringLiteral("a.txt"), QStringLiteral("x"));
    QString error;
    QVERIFY(!w.commit(&error));
    QVERIFY(!error.isEmpty());
    // A file where a folder is expected.
    const QString file = m_tmp.filePath(QStringLiteral("plainfile"));
    QVERIFY(writeText(file, QStringLiteral("x")));
    Design design;
    QVERIFY(loadTemplate(QStringLiteral("scale-up"), &design, &error));
    QVERIFY(!writeShellBundle(design, file, &error));
    QVERIFY2(error.contains(QLatin1String("not a folder")), qPrintable(error));
}

void TestBundleSafety::writerStreamsFiles()
{
    // open() + put() write each file at once into the temporary folder; the
    // target appears only at commit(), with the modes asked for.
    const QString dir = m_tmp.filePath(QStringLiteral("streamed"));
    {
        BundleWriter w(dir);
        QString error;
        QVERIFY2(w.open(&error), qPrintable(error));
        QVERIFY2(w.put(QStringLiteral("a/b/run.sh"), QByteArrayLiteral("#!/bin/sh\n"), true, &error), qPrintable(error));
        QVERIFY2(w.put(QStringLiteral("a/c.txt"), QByteArrayLiteral("text"), false, &error), qPrintable(error));
        QVERIFY(!QFile::exists(dir));
        QVERIFY2(w.commit(&error), qPrintable(error));
    }
    QFile script(dir + QStringLiteral("/a/b/run.sh"));
    QVERIFY(script.open(QIODevice::ReadOnly));
    QCOMPARE(script.readAll(), QByteArrayLiteral("#!/bin/sh\n"));
    QVERIFY(script.permissions() & QFileDevice::ExeOther);
    QCOMPARE(QFileInfo(dir + QStringLiteral("/a/c.txt")).size(), 4);
    QVERIFY(!(QFile::permissions(dir + QStringLiteral("/a/c.txt")) & QFileDevice::ExeOwner));
    QVERIFY(QFile::exists(dir + QLatin1Char('/') + bundleMarkerName()));

    // A writer dropped before commit() (a failed export) leaves neither the
    // target nor its temporary folder.
    const QString dropped = m_tmp.filePath(QStringLiteral("dropped"));
    {
        BundleWriter w(dropped);
        QString error;
        QVERIFY(w.open(&error));
        QVERIFY(w.put(QStringLiteral("x/y.txt"), QByteArrayLiteral("y"), false, &error));
    }
    QVERIFY(!QFile::exists(dropped));
    QCOMPARE(QDir(m_tmp.path()).entryList({QStringLiteral(".dropped*")}, QDir::AllEntries | QDir::Hidden), QStringList());
}

void TestBundleSafety::cliExitCodes()
{
    const QString cli = QStringLiteral(SW_CLI_PATH);
    const QString design = m_tmp.filePath(QStringLiteral("cli.json"));
    Design d;
    QString error;
    QVERIFY(loadTemplate(QStringLiteral("scale-up"), &d, &error));
    QVERIFY(writeText(design, QString::fromUtf8(writeJson(d))));
    const QString out = m_tmp.filePath(QStringLiteral("cli-out"));
    Result r = run(cli, {QStringLiteral("export"), design, QStringLiteral("--format"), QStringLiteral("ansible"), QStringLiteral("--output"), out});
    QVERIFY2(r.code == 0, qPrintable(r.output));
    QVERIFY(QFile::exists(out + QStringLiteral("/site.yml")));
    r = run(cli, {QStringLiteral("export"), design, QStringLiteral("--format"), QStringLiteral("shell"), QStringLiteral("--output"), out});
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(out + QStringLiteral("/deploy.sh")));
    r = run(cli, {QStringLiteral("export"), design, QStringLiteral("--format"), QStringLiteral("shell"), QStringLiteral("--output"),
                  QStringLiteral("/proc/no/such/place")});
    QCOMPARE(r.code, 2);
    r = run(cli, {QStringLiteral("export"), m_tmp.filePath(QStringLiteral("missing.json")), QStringLiteral("--format"), QStringLiteral("shell"),
                  QStringLiteral("--output"), m_tmp.filePath(QStringLiteral("never"))});
    QCOMPARE(r.code, 2);
    QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("never"))));
    r = run(cli, {QStringLiteral("export"), design, QStringLiteral("--format"), QStringLiteral("shell")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.output.contains(QLatin1String("--output")));
}

QTEST_GUILESS_MAIN(TestBundleSafety)
#include "test_bundlesafety.moc"
