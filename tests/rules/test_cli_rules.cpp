// stackwright-cli validate and rules: exit codes, JSON shape, text output.
#include "tests/rules/rulestest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {
struct Run {
    int code = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SW_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        qFatal("stackwright-cli did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString templatePath(const char *name)
{
    return QStringLiteral(SW_SOURCE_DIR "/resources/templates/%1.json").arg(QLatin1String(name));
}
} // namespace

class TestCliRules : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }

private slots:
    void validateJsonShape()
    {
        const Run r = cli({"validate", templatePath("scale-up"), "--format", "json"});
        QCOMPARE(r.code, 0);
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        const QJsonObject o = doc.object();
        const QStringList keys = o.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
                 (QSet<QString>{"format", "version", "design", "profile", "findings", "summary"}));
        QCOMPARE(o["format"].toString(), QStringLiteral("stackwright-findings"));
        QCOMPARE(o["version"].toInt(), 1);
        QCOMPARE(o["design"].toString(), QStringLiteral("www.foobar.com (scale up)"));
        QCOMPARE(o["profile"].toString(), QStringLiteral("scale-up"));
        const QJsonArray findings = o["findings"].toArray();
        QVERIFY(findings.size() >= 6);
        int warnings = 0;
        QStringList spof;
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            const QStringList fkeys = f.keys();
            QCOMPARE(QSet<QString>(fkeys.begin(), fkeys.end()),
                     (QSet<QString>{"rule", "severity", "nodes", "message", "why", "fix"}));
            QVERIFY(f["nodes"].isArray());
            QVERIFY(QStringList({"error", "warning", "info"}).contains(f["severity"].toString()));
            QVERIFY(!f["why"].toString().isEmpty());
            warnings += f["severity"].toString() == QLatin1String("warning") ? 1 : 0;
            if (f["rule"].toString() == QLatin1String("SPOF"))
                spof << f["nodes"].toArray().first().toString();
        }
        spof.sort();
        QCOMPARE(spof, (QStringList{"app-1", "db-1", "web-1"}));
        const QJsonObject summary = o["summary"].toObject();
        QCOMPARE(summary["error"].toInt(), 0);
        QCOMPARE(summary["warning"].toInt(), warnings);
        QVERIFY(summary.contains("info"));
    }

    void validateExitsOneOnErrors()
    {
        sw::Design d = rt::clean();
        rt::addLink(d, "shortcut", "users", "pri", sw::Protocol::Mysql);
        const QString path = write("exposed.json", sw::writeJson(d));
        const Run r = cli({"validate", path, "--format", "json"});
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o["summary"].toObject()["error"].toInt() >= 1);
        QVERIFY(o["profile"].isNull());
    }

    void validateProfileOption()
    {
        const Run none = cli({"validate", templatePath("scale-up"), "--profile", "none", "--format", "json"});
        QCOMPARE(none.code, 0);
        QVERIFY(QJsonDocument::fromJson(none.out).object()["profile"].isNull());
        // The clean design has no server running the whole stack: an error under simple-web-stack.
        const QString path = write("clean.json", sw::writeJson(rt::clean()));
        QCOMPARE(cli({"validate", path}).code, 0);
        const Run simple = cli({"validate", path, "--profile", "simple-web-stack"});
        QCOMPARE(simple.code, 1);
        QVERIFY(simple.out.contains("PROFILE-ONE-SERVER-STACK"));
    }

    void validateTextForPeople()
    {
        const Run r = cli({"validate", templatePath("scale-up")});
        QCOMPARE(r.code, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.contains("Warning (6)") || text.contains("Warning ("));
        QVERIFY(text.contains("[SPOF]"));
        QVERIFY(text.contains("Why: "));
        QVERIFY(text.contains("Fix: "));
    }

    void validateBadInputExitsTwo()
    {
        QCOMPARE(cli({"validate"}).code, 2);
        QCOMPARE(cli({"validate", m_dir.filePath("missing.json")}).code, 2);
        const Run bad = cli({"validate", write("bad.json", "{\"format\": \"stackwright-design\", \"version\": 1")});
        QCOMPARE(bad.code, 2);
        QVERIFY(!bad.err.isEmpty());
        const Run invalid = cli({"validate", write("invalid.json",
            R"({"format":"stackwright-design","version":1,"name":"x","nodes":[{"id":"w","kind":"web-server"}],"links":[]})")});
        QCOMPARE(invalid.code, 2);
        QVERIFY(invalid.err.contains("\"w\""));
        const Run profile = cli({"validate", templatePath("scale-up"), "--profile", "bogus"});
        QCOMPARE(profile.code, 2);
        QVERIFY(profile.err.contains("bogus"));
        QCOMPARE(cli({"validate", templatePath("scale-up"), "--format", "xml"}).code, 2);
    }

    void rulesCatalog()
    {
        const Run json = cli({"rules", "--format", "json"});
        QCOMPARE(json.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QStringList ids;
        for (const QJsonValue &v : o["rules"].toArray()) {
            const QJsonObject r = v.toObject();
            ids << r["id"].toString();
            QVERIFY(!r["why"].toString().isEmpty());
            QVERIFY(!r["fix"].toString().isEmpty());
            QVERIFY(QStringList({"error", "warning", "info"}).contains(r["severity"].toString()));
        }
        for (const char *id : {"SPOF", "NO-HTTPS", "NO-FIREWALL", "NO-MONITORING", "LB-NOT-CLUSTERED",
                               "TIERS-NOT-SEPARATED", "DB-SINGLE-WRITER", "DB-EXPOSED", "TLS-ENDS-AT-LB", "DNS-MISSING"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        QCOMPARE(o["profiles"].toArray().size(), 4);
        const Run text = cli({"rules"});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("DB-EXPOSED"));
        QCOMPARE(cli({"rules", "--bogus"}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliRules)
#include "test_cli_rules.moc"
