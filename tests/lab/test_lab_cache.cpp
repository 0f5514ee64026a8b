// The cache's bundle concern for real (root): tests/bundle/cache.json (the
// scale-up template with a Redis server its app links to) comes up in the
// lab; Redis listens on the cache server's private address only (never
// 0.0.0.0), answers PING with the password from the app server's namespace,
// refuses it without the password, is not reachable from the users'
// namespace (the host firewall: skipped where ufw is not installed). The
// firewalls stay in the lab: this machine's iptables rules and its ufw
// files (/etc/ufw, /etc/default/ufw) are the same before, during and
// after. `lab down` after.
#include "deploy/lab/labengine.h"

#include "core/io/jsonformat.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <unistd.h>

using namespace sw;

class TestLabCache : public QObject {
    Q_OBJECT
    lab::LabEngine m_engine;

    // This machine's firewall rules (of its own network namespace).
    static QByteArray hostRules()
    {
        QProcess p;
        p.start(QStringLiteral("iptables-save"), {});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return QByteArrayLiteral("iptables-save failed");
        QByteArray out;
        // Without its comments (they carry the time it ran).
        for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
            if (!line.startsWith('#'))
                out += line + '\n';
        return out;
    }

    // A digest of this machine's ufw files: /etc/ufw and /etc/default/ufw.
    static QByteArray hostUfwFiles()
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        QStringList files{QStringLiteral("/etc/default/ufw")};
        const QDir dir(QStringLiteral("/etc/ufw"));
        for (const QString &f : dir.entryList(QDir::Files, QDir::Name))
            files << dir.filePath(f);
        for (const QString &path : files) {
            QFile f(path);
            h.addData(path.toUtf8());
            if (f.open(QIODevice::ReadOnly))
                h.addData(f.readAll());
        }
        return h.result().toHex();
    }

    int run(const QString &node, const QString &script, const QStringList &args = {})
    {
        QString error;
        const int code = m_engine.exec(node, QStringList{QStringLiteral("bash"), QStringLiteral("-c"), script, QStringLiteral("check")} + args,
                                       &error);
        if (code < 0)
            qWarning("exec on %s: %s", qPrintable(node), qPrintable(error));
        return code;
    }

private slots:
    void cache()
    {
        if (geteuid() != 0)
            QSKIP("the lab needs root (CI runs as root)");
        // The lab applies a server's host firewall only when ufw is installed
        // here (deploy/lab/labprofile.cpp); without it the users' namespace
        // reaches every server, and the cache's isolation cannot be shown.
        if (!QFile::exists(QStringLiteral("/usr/sbin/ufw")))
            QSKIP("ufw is not installed on this machine: the lab cannot apply the cache server's firewall (apt-get install ufw)");
        QVERIFY2(!QFile::exists(QStringLiteral("/run/netns/swlab-net")), "a lab is already running on this machine");
        const QByteArray rulesBefore = hostRules();
        const QByteArray ufwBefore = hostUfwFiles();
        QVERIFY2(rulesBefore != "iptables-save failed", "iptables-save (ufw's dependency) does not run here");
        QFile f(QStringLiteral(SW_SOURCE_DIR "/tests/bundle/cache.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        Design design;
        QString error;
        QVERIFY2(readJson(f.readAll(), &design, &error), qPrintable(error));
        const bool ok = m_engine.up(design, lab::LabProgress(), nullptr, &error);
        if (!ok) {
            QString ignored;
            m_engine.down(&ignored);
        }
        QVERIFY2(ok, qPrintable(error));
        checks();
        const QByteArray rulesDuring = hostRules();
        QString downError;
        QVERIFY2(m_engine.down(&downError), qPrintable(downError));
        QVERIFY(!QFile::exists(QStringLiteral("/run/netns/swlab-net")));
        QCOMPARE(rulesDuring, rulesBefore);
        QCOMPARE(hostRules(), rulesBefore);
        QCOMPARE(hostUfwFiles(), ufwBefore);
    }

private:
    void checks()
    {
        QFile secrets(m_engine.stateDir() + QStringLiteral("/secrets.json"));
        QVERIFY(secrets.open(QIODevice::ReadOnly));
        const QString password = QJsonDocument::fromJson(secrets.readAll()).object().value(QStringLiteral("CACHE_PASSWORD")).toString();
        QVERIFY(password.size() >= 12);
        const QString cache = QStringLiteral("10.0.3.51");
        // Listening on the private address (and the loopback), not on every address.
        QCOMPARE(run(QStringLiteral("cache-01"), QStringLiteral("ss -ltnH | grep -q ' %1:6379 ' && ! ss -ltnH | grep -Eq ' (0\\.0\\.0\\.0|\\*|\\[::\\]):6379 '").arg(cache)), 0);
        // From the app server: PONG with the password, NOAUTH without.
        const QString ping = QStringLiteral("[ \"$(timeout 5 redis-cli -h %1 -p 6379 --no-auth-warning ${1:+-a \"$1\"} ping 2>&1)\" = PONG ]").arg(cache);
        QCOMPARE(run(QStringLiteral("app-01"), ping, {password}), 0);
        QVERIFY(run(QStringLiteral("app-01"), ping, {QString()}) != 0);
        // From the users' namespace: no connection at all.
        QVERIFY(run(QStringLiteral("users"), QStringLiteral("timeout 3 bash -c 'exec 3<>/dev/tcp/%1/6379'").arg(cache)) != 0);
        // The cache server's firewall is ufw's, in its own namespace and overlay.
        QCOMPARE(run(QStringLiteral("cache-01"), QStringLiteral("ufw status | grep -qx 'Status: active' && iptables-save | grep -q '^:ufw-user-input'"
                                                               " && grep -qx 'ENABLED=yes' /etc/ufw/ufw.conf")), 0);
        // ufw-init loads nothing into this machine's kernel and sets no sysctl outside net/ (labprofile.cpp).
        QCOMPARE(run(QStringLiteral("cache-01"), QStringLiteral("grep -qx 'IPT_MODULES=\"\"' /etc/default/ufw"
                                                               " && ! grep -Ev '^[[:space:]]*(#|$|net[./])' /etc/ufw/sysctl.conf")), 0);
    }
};

QTEST_MAIN(TestLabCache)
#include "test_lab_cache.moc"
