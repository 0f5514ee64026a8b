// Every built-in template exported as both bundles, plus variants of the
// redundant and scale-up templates whose web servers run nginx, checked with
// the real tools: shellcheck (style level), bash -n, ansible-playbook
// --syntax-check, ansible-lint --profile production (once per bundle),
// haproxy -c, keepalived --config-test, the Apache site both with the
// bundle's own check configuration and with `apache2ctl configtest` in a copy
// of the stock /etc/apache2, and nginx -t on the nginx site; and the same
// configuration files in both bundles.
#include "tests/bundle/bundletesthelpers.h"

#include "exporters/bundle/ansiblebundle.h"
#include "exporters/bundle/apacheconfig.h"
#include "exporters/bundle/certificateconfig.h"
#include "exporters/bundle/keepalivedconfig.h"
#include "core/io/jsonformat.h"
#include "core/io/templates.h"
#include "exporters/bundle/shellbundle.h"
#include "exporters/bundle/stackconfig.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

using namespace sw;
using namespace sw::bundle;
using namespace bundletest;

class TestBundleTools : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void templates_data();
    void templates();

private:
    void checkShell(const QString &dir);
    void checkAnsible(const QString &dir, const QString &tmp);
    void checkConfigs(const StackConfig &cfg, const QString &shellDir, const QString &ansibleDir, const QString &tmp);
    QTemporaryDir m_tmp;
    QString m_pem, m_crt, m_key;
};

void TestBundleTools::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY2(!templateNames().isEmpty(), "no built-in template");
    // A throwaway certificate standing in for the real ones on the targets.
    m_crt = m_tmp.filePath(QStringLiteral("test.crt"));
    m_key = m_tmp.filePath(QStringLiteral("test.key"));
    m_pem = m_tmp.filePath(QStringLiteral("test.pem"));
    const Result r = run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                                     QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                                     QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=test.example"),
                                                     QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_crt});
    QVERIFY2(r.code == 0, qPrintable(r.output));
    QVERIFY(writeText(m_pem, readText(m_crt) + readText(m_key)));
}

void TestBundleTools::templates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("webSoftware"); // every web server switched to it; empty: as designed
    const QStringList names = templateNames();
    for (const QString &n : names)
        QTest::newRow(qPrintable(n)) << n << QString();
    for (const QString &n : {QStringLiteral("redundant"), QStringLiteral("scale-up")})
        if (names.contains(n))
            QTest::newRow(qPrintable(n + QStringLiteral(" (nginx)"))) << n << QStringLiteral("nginx");
    // scale-up with a Redis cache its app links to (tests/bundle/cache.json).
    QTest::newRow("cache") << QStringLiteral("cache.json") << QString();
}

void TestBundleTools::templates()
{
    QFETCH(QString, name);
    QFETCH(QString, webSoftware);
    Design design;
    QString error;
    if (name.endsWith(QLatin1String(".json"))) {
        QVERIFY2(readJson(readText(QStringLiteral(SW_SOURCE_DIR "/tests/bundle/") + name).toUtf8(), &design, &error), qPrintable(error));
        name.chop(5);
    } else {
        QVERIFY2(loadTemplate(name, &design, &error), qPrintable(error));
    }
    if (!webSoftware.isEmpty()) {
        int switched = 0;
        for (const Node *web : design.nodesOfKind(Kind::WebServer)) {
            design.node(web->id)->props.insert(QStringLiteral("software"), webSoftware);
            ++switched;
        }
        QVERIFY2(switched > 0, "the template has no web server");
        name += QLatin1Char('-') + webSoftware;
    }
    StackConfig cfg;
    QVERIFY2(buildStackConfig(design, &cfg, &error), qPrintable(error));
    QVERIFY(!cfg.servers.isEmpty());

    const QString base = m_tmp.filePath(name);
    const QString shellDir = base + QStringLiteral("/shell");
    const QString ansibleDir = base + QStringLiteral("/ansible");
    QVERIFY2(writeShellBundle(design, shellDir, &error), qPrintable(error));
    QVERIFY2(writeAnsibleBundle(design, ansibleDir, &error), qPrintable(error));
    QVERIFY(QFile::exists(shellDir + QStringLiteral("/.stackwright-bundle")));

    checkShell(shellDir);
    if (QTest::currentTestFailed())
        return;
    checkAnsible(ansibleDir, base);
    if (QTest::currentTestFailed())
        return;
    checkConfigs(cfg, shellDir, ansibleDir, base);
}

void TestBundleTools::checkShell(const QString &dir)
{
    QStringList scripts{QStringLiteral("deploy.sh")};
    for (const QString &f : QDir(dir + QStringLiteral("/servers")).entryList({QStringLiteral("*.sh")}, QDir::Files, QDir::Name))
        scripts << QStringLiteral("servers/") + f;
    QVERIFY(scripts.size() >= 2);
    for (const QString &s : scripts) {
        const QString text = readText(dir + QLatin1Char('/') + s);
        QVERIFY2(text.startsWith(QLatin1String("#!/usr/bin/env bash\n")), qPrintable(s));
        QVERIFY2(text.contains(QLatin1String("\nset -euo pipefail\n")), qPrintable(s));
        QVERIFY2(QFileInfo(dir + QLatin1Char('/') + s).isExecutable(), qPrintable(s));
        const Result syntax = run(QStringLiteral("bash"), {QStringLiteral("-n"), s}, dir);
        QVERIFY2(syntax.code == 0, qPrintable(s + QLatin1Char('\n') + syntax.output));
    }
    const Result sc = run(QStringLiteral("shellcheck"), QStringList{QStringLiteral("-S"), QStringLiteral("style")} + scripts, dir);
    QVERIFY2(sc.code == 0 && sc.output.trimmed().isEmpty(), qPrintable(sc.output));
}

void TestBundleTools::checkAnsible(const QString &dir, const QString &tmp)
{
    const auto env = ansibleEnv(tmp + QStringLiteral("/ansible-env"));
    const Result syntax = run(QStringLiteral("ansible-playbook"),
                              {QStringLiteral("--syntax-check"), QStringLiteral("-i"), QStringLiteral("inventory"), QStringLiteral("site.yml")},
                              dir, env);
    QVERIFY2(syntax.code == 0, qPrintable(syntax.output));
    const Result lint = run(QStringLiteral("ansible-lint"), {QStringLiteral("--offline"), QStringLiteral("--profile"), QStringLiteral("production"),
                                                             QStringLiteral("--nocolor")}, dir, env, 170);
    QVERIFY2(lint.code == 0 && lint.output.contains(QLatin1String("0 failure(s), 0 warning(s)")), qPrintable(lint.output));
}

void TestBundleTools::checkConfigs(const StackConfig &cfg, const QString &shellDir, const QString &ansibleDir, const QString &tmp)
{
    const QString iface = someInterface();
    const QHash<QString, QString> vars{{QStringLiteral("vrrp_interface"), iface},
                                       {QStringLiteral("gunicorn_app"), QStringLiteral("wsgi:application")},
                                       {QStringLiteral("mysql_app_password"), QStringLiteral("app-password-123")},
                                       {QStringLiteral("cache_password"), QStringLiteral("cache-password-123")},
                                       {QStringLiteral("sumologic_access_id"), QStringLiteral("ID123")},
                                       {QStringLiteral("sumologic_access_key"), QStringLiteral("KEY456")}};
    QHash<QString, QString> env;
    for (auto it = vars.cbegin(); it != vars.cend(); ++it)
        env.insert(it.key().toUpper(), it.value());
    const QString rendered = tmp + QStringLiteral("/rendered");
    QString error;
    QVERIFY2(renderTemplates(ansibleDir, rendered, vars, &error), qPrintable(error));

    // One template per distinct file: every path named exists, each server's
    // host_vars name its templates, and no two templates have the same text.
    const QVector<QStringList> templates = AnsibleBundleExporter::templatePaths(cfg);
    QCOMPARE(templates.size(), cfg.servers.size());
    QSet<QString> written;
    QDirIterator j2(ansibleDir + QStringLiteral("/roles"), {QStringLiteral("*.j2")}, QDir::Files, QDirIterator::Subdirectories);
    while (j2.hasNext())
        written.insert(j2.next().mid(ansibleDir.size() + 1));
    QSet<QString> named, texts;
    int fileCount = 0;
    for (int s = 0; s < cfg.servers.size(); ++s) {
        const ServerConfig &sc = cfg.servers.at(s);
        QCOMPARE(templates.at(s).size(), sc.files.size());
        const QString hostVars = readText(ansibleDir + QStringLiteral("/inventory/host_vars/") + sc.hostname + QStringLiteral(".yml"));
        for (int k = 0; k < sc.files.size(); ++k) {
            const QString &path = templates.at(s).at(k);
            QVERIFY2(path.startsWith(QStringLiteral("roles/%1/templates/").arg(sc.files.at(k).concern)), qPrintable(path));
            QVERIFY2(path.endsWith(QLatin1Char('/') + sc.files.at(k).baseName() + QStringLiteral(".j2")), qPrintable(path));
            QVERIFY2(written.contains(path), qPrintable(path));
            QVERIFY2(hostVars.contains(QStringLiteral("  - src: \"%1\"\n").arg(path.section(QLatin1Char('/'), 3))),
                     qPrintable(sc.hostname + QLatin1Char(' ') + path));
            named.insert(path);
            ++fileCount;
        }
    }
    QCOMPARE(named, written);
    for (const QString &path : std::as_const(written))
        texts.insert(path.section(QLatin1Char('/'), 1, 1) + path.section(QLatin1Char('/'), -1) + QLatin1Char('\n')
                     + readText(ansibleDir + QLatin1Char('/') + path));
    QCOMPARE(texts.size(), written.size());
    QSet<QString> distinct; // the files of the plan, by concern, name and text
    for (const ServerConfig &sc : cfg.servers)
        for (const ConfigFile &f : sc.files)
            distinct.insert(f.concern + QChar(0) + f.baseName() + QChar(0) + f.render());
    QCOMPARE(written.size(), distinct.size());
    QVERIFY(written.size() <= fileCount);

    int i = 1, haproxies = 0, keepaliveds = 0, apaches = 0, nginxes = 0;
    QStringList helperScripts; // the check scripts the bundles install
    for (int s = 0; s < cfg.servers.size(); ++s) {
        const ServerConfig &sc = cfg.servers.at(s);
        const QString script = readText(shellDir + QStringLiteral("/servers/") + ShellBundleExporter::scriptName(i++, sc));
        const QHash<QString, QString> shellFiles = bundletest::shellFiles(script, env);
        QCOMPARE(shellFiles.size(), sc.files.size());
        for (int k = 0; k < sc.files.size(); ++k) {
            const ConfigFile &f = sc.files.at(k);
            // Same file in both bundles, and the same as the StackConfig's.
            const QString fromAnsible = readText(rendered + QLatin1Char('/') + templates.at(s).at(k));
            QVERIFY2(shellFiles.contains(f.path), qPrintable(f.path));
            QCOMPARE(shellFiles.value(f.path), fromAnsible);
            QCOMPARE(fromAnsible, f.render(vars));

            const QString local = tmp + QStringLiteral("/check/") + sc.hostname + f.path;
            if (f.mode == QLatin1String("0755") && fromAnsible.startsWith(QLatin1String("#!"))) {
                QVERIFY(writeText(local, fromAnsible));
                helperScripts << local;
            }
            if (f.path == QLatin1String("/etc/haproxy/haproxy.cfg")) {
                QString text = fromAnsible;
                for (const CertificatePlan &c : sc.certificates)
                    text.replace(c.pemPath, m_pem);
                // The private CA the balancer verifies the servers behind it with.
                QCOMPARE(text.contains(QLatin1String("ssl verify required ca-file ")), sc.trustsPrivateCa);
                QVERIFY(!text.contains(QLatin1String("verify none")));
                text.replace(privateCaPath(), m_crt);
                QVERIFY(writeText(local, text));
                const Result r = run(QStringLiteral("haproxy"), {QStringLiteral("-c"), QStringLiteral("-f"), local});
                QVERIFY2(r.code == 0 && !r.output.contains(QLatin1String("WARNING")), qPrintable(r.output + text));
                ++haproxies;
            } else if (f.path == QLatin1String("/etc/keepalived/keepalived.conf")) {
                QVERIFY(fromAnsible.contains(QStringLiteral("interface %1\n").arg(iface)));
                QString text = fromAnsible;
                // keepalived runs as root on the target; another user may only run its check scripts as itself.
                if (!isRoot())
                    text.replace(QStringLiteral("script_user root\n"), QStringLiteral("script_user %1\n").arg(userName()));
                // Its health check (no systemctl): the check script written above.
                QVERIFY(text.contains(keepalivedCheckPath() + QLatin1Char(' ')));
                QVERIFY(!text.contains(QLatin1String("systemctl")));
                text.replace(keepalivedCheckPath(), tmp + QStringLiteral("/check/") + sc.hostname + keepalivedCheckPath());
                QVERIFY(writeText(local, text));
                const Result r = run(QStringLiteral("keepalived"), {QStringLiteral("--config-test"), QStringLiteral("-f"), local});
                QVERIFY2(r.code == 0, qPrintable(r.output + fromAnsible));
                ++keepaliveds;
            } else if (f.path == QLatin1String("/etc/apache2/sites-available/stackwright.conf")) {
                QString site = fromAnsible;
                for (const CertificatePlan &c : sc.certificates) {
                    site.replace(c.certPath, m_crt);
                    site.replace(c.keyPath, m_key);
                }
                QVERIFY(writeText(local, site));
                // The check configuration the bundle installs, with its pid file here.
                int first = 0;
                while (sc.files.at(first).concern != concern::apache())
                    ++first;
                QString check = readText(rendered + QLatin1Char('/') + templates.at(s).at(first));
                QVERIFY(check.contains(QLatin1String("LoadModule")) || check.contains(QLatin1String("mods-available")));
                check.replace(QStringLiteral("/run/apache2/"), tmp + QLatin1Char('/'));
                const QString checkPath = tmp + QStringLiteral("/check/") + sc.hostname + QStringLiteral("-apache-check.conf");
                QVERIFY(writeText(checkPath, check));
                const Result r = run(QStringLiteral("apache2"), {QStringLiteral("-t"), QStringLiteral("-f"), checkPath,
                                                                QStringLiteral("-c"), QStringLiteral("Include ") + local});
                QVERIFY2(r.code == 0 && r.output.contains(QLatin1String("Syntax OK")), qPrintable(r.output + site));
                // And as the target runs it: the stock configuration with the
                // modules and site enabled the way the bundles do it.
                const Result ctl = apacheConfigtest(site, sc.apacheModules, tmp + QStringLiteral("/apache2ctl-") + sc.hostname);
                QVERIFY2(ctl.code == 0 && ctl.output.contains(QLatin1String("Syntax OK")), qPrintable(ctl.output + site));
                ++apaches;
            } else if (f.path == QLatin1String("/etc/nginx/sites-available/stackwright")) {
                const QString logs = tmp + QStringLiteral("/nginx-") + sc.hostname;
                QString site = fromAnsible;
                for (const CertificatePlan &c : sc.certificates) {
                    site.replace(c.certPath, m_crt);
                    site.replace(c.keyPath, m_key);
                }
                site.replace(QStringLiteral("/var/log/nginx/"), logs + QLatin1Char('/'));
                QVERIFY(site.contains(QLatin1String("proxy_pass http")));
                const Result r = nginxTest(site, logs);
                QVERIFY2(r.code == 0 && r.output.contains(QLatin1String("test is successful"))
                             && !r.output.contains(QLatin1String("[warn]")) && !r.output.contains(QLatin1String("[emerg]")),
                         qPrintable(r.output + site));
                ++nginxes;
            }
        }
    }
    // Each kind of server of the design got its configuration checked.
    int lbs = 0, webs = 0, nginxWebs = 0, vrrp = 0;
    for (const ServerConfig &sc : cfg.servers) {
        lbs += sc.hasConcern(concern::haproxy());
        webs += sc.webSoftware == QLatin1String("apache");
        nginxWebs += sc.webSoftware == QLatin1String("nginx");
        vrrp += sc.hasConcern(concern::keepalived());
    }
    QCOMPARE(haproxies, lbs);
    QCOMPARE(apaches, webs);
    QCOMPARE(nginxes, nginxWebs);
    QCOMPARE(keepaliveds, vrrp);
    QVERIFY(!helperScripts.isEmpty() || webs + nginxWebs == 0);
    if (!helperScripts.isEmpty()) {
        const Result sc = run(QStringLiteral("shellcheck"), QStringList{QStringLiteral("-S"), QStringLiteral("style")} + helperScripts);
        QVERIFY2(sc.code == 0 && sc.output.trimmed().isEmpty(), qPrintable(sc.output));
    }
}

QTEST_GUILESS_MAIN(TestBundleTools)
#include "test_bundletools.moc"
