// stackwright-cli diff as a user and git run it: exit codes (0 same, 1
// differ, 2 bad input), the JSON and Markdown forms, grade --model, and
// `git diff` through the textconv on two versions of a .stackwright file in
// a temporary repository.
#include "core/io/designfile.h"
#include "core/io/templates.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace sw;

namespace {

struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result run(const QString &program, const QStringList &args, const QString &dir = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("LANGUAGE", "en");
    env.insert("GIT_CONFIG_NOSYSTEM", "1");
    env.insert("HOME", dir.isEmpty() ? QDir::tempPath() : dir);
    p.setProcessEnvironment(env);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return {};
    QStringList err = QString::fromUtf8(p.readAllStandardError()).split('\n');
    err.removeIf([](const QString &l) { return l.startsWith("QStandardPaths:"); });
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            err.join('\n').trimmed()};
}

Result cli(const QStringList &args, const QString &dir = {})
{
    return run(QStringLiteral(SW_CLI_PATH), args, dir);
}

QString templateFile(const QTemporaryDir &dir, const QString &name, const QString &suffix = ".json")
{
    Design d;
    QString error;
    if (!loadTemplate(name, &d, &error) || !saveDesignFile(d, dir.filePath(name + suffix), &error))
        qFatal("%s", qPrintable(error));
    return dir.filePath(name + suffix);
}

} // namespace

class TestDiffCli : public QObject {
    Q_OBJECT
private slots:
    void exitCodes()
    {
        QTemporaryDir dir;
        const QString a = templateFile(dir, "scale-up"), b = templateFile(dir, "redundant");
        const QString native = templateFile(dir, "scale-up", ".stackwright");
        Result r = cli({"diff", a, native});
        QCOMPARE(r.code, 0);   // the same design in both formats
        // ... and the same text form from either file.
        const Result ta = cli({"diff", "--textconv", a}), tn = cli({"diff", "--textconv", native});
        QCOMPARE(ta.code, 0);
        QVERIFY(ta.out.size() > 1000);
        QCOMPARE(tn.out, ta.out);
        QVERIFY2(r.out.contains("The designs are the same."), qPrintable(r.out));
        r = cli({"diff", a, b});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains("+ web-2 (server) added"));
        QVERIFY(r.out.contains("Single points of failure lost: web-1, app-1, db-1"));
        QVERIFY(r.out.contains("+ servers/"));
        r = cli({"diff", a});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("OLD and NEW are needed"));
        r = cli({"diff", a, dir.filePath("missing.json")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("missing.json"), qPrintable(r.err));
        r = cli({"diff", a, b, "--format", "yaml"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--format must be text, json or markdown"));
        r = cli({"diff", a, b, "--colour"});
        QCOMPARE(r.code, 2);
        // Only the layout moved: the same design (the moves are listed on request).
        Design moved;
        QString error;
        QVERIFY(loadDesignFile(a, &moved, &error));
        moved.node("web-1")->pos += QPointF(100, 0);
        QVERIFY(saveDesignFile(moved, dir.filePath("moved.json"), &error));
        r = cli({"diff", a, dir.filePath("moved.json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("1 node(s) moved on the canvas only"));
        r = cli({"diff", a, dir.filePath("moved.json"), "--layout"});
        QVERIFY(r.out.contains("~ web-1: moved on the canvas"));
    }

    void jsonAndMarkdown()
    {
        QTemporaryDir dir;
        const QString a = templateFile(dir, "secured-monitored"), b = templateFile(dir, "scale-up");
        Result r = cli({"diff", a, b, "--format", "json"});
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value("format").toString(), QString("stackwright-diff"));
        QCOMPARE(o.value("version").toInt(), 1);
        QCOMPARE(o.value("same").toBool(), false);
        QCOMPARE(o.value("changes").toArray().size(), 47);
        QJsonArray matches = o.value("matches").toArray();
        QVERIFY(matches.contains(QJsonObject{{"old_id", "mysql-primary"}, {"new_id", "mysql"}, {"by", "neighbourhood"}}));
        QCOMPARE(o.value("single_points_of_failure").toObject().value("gained").toArray(),
                 (QJsonArray{"web-1", "app-1", "db-1"}));
        QVERIFY(o.value("availability").toObject().value("after").toObject().value("nines").toDouble()
                < o.value("availability").toObject().value("before").toObject().value("nines").toDouble());
        bool sawServerScript = false;
        for (const QJsonValue &f : o.value("bundle").toObject().value("files").toArray())
            if (f.toObject().value("server").toString() == "db-1" && f.toObject().value("status").toString() == "added")
                sawServerScript = true;
        QVERIFY(sawServerScript);

        r = cli({"diff", a, b, "--format", "markdown"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.startsWith("### Design changes:"));
        QVERIFY(r.out.contains("| + | lb-2 (server) added |"));
        QVERIFY(r.out.contains("| new | `SPOF` | warning | web-1 |"));
        QVERIFY(r.out.contains("#### Shell bundle files"));
    }

    void gradeExplainsWhatTheSubmissionMisses()
    {
        QTemporaryDir dir;
        Design activity;
        QString error;
        QVERIFY(loadTemplate("distributed", &activity, &error));
        activity.profile.clear();
        activity.extensions.insert("activity", QJsonObject{{"title", "Scale it"}, {"profile", "scale-up"}});
        QVERIFY(saveDesignFile(activity, dir.filePath("activity.json"), &error));
        const QString submission = templateFile(dir, "secured-monitored"), model = templateFile(dir, "scale-up");
        Result r = cli({"grade", dir.filePath("activity.json"), submission, "--model", model});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("Compared with the model answer:"), qPrintable(r.out));
        QVERIFY(r.out.contains("missing: a Cluster like LB cluster") || r.out.contains("missing: a Cluster"));
        QVERIFY(r.out.contains("different (yours → the model answer's): mysql: moved from web-1 to db-1 (yours: mysql-primary)"));
        r = cli({"grade", dir.filePath("activity.json"), submission, "--model", model, "--format", "json"});
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object().value("model_answer").toObject();
        QVERIFY(!o.value("missing").toArray().isEmpty());
        QVERIFY(o.value("extra").toArray().contains("web-2 (server)"));
        r = cli({"grade", dir.filePath("activity.json"), submission, "--model", dir.filePath("nope.json")});
        QCOMPARE(r.code, 2);
    }

    void gitDiffThroughTextconv()
    {
        if (QStandardPaths::findExecutable("git").isEmpty())
            QFAIL("git is needed (./dev installs it)");
        QTemporaryDir dir;
        const QString repo = dir.path();
        QCOMPARE(run("git", {"init", "-q", "."}, repo).code, 0);
        QCOMPARE(run("git", {"config", "user.email", "t@example.com"}, repo).code, 0);
        QCOMPARE(run("git", {"config", "user.name", "Test"}, repo).code, 0);
        // The two lines of the README.
        QFile attributes(dir.filePath(".gitattributes"));
        QVERIFY(attributes.open(QIODevice::WriteOnly));
        attributes.write("*.stackwright diff=stackwright\n");
        attributes.close();
        QCOMPARE(run("git", {"config", "diff.stackwright.textconv", QString("%1 diff --textconv").arg(SW_CLI_PATH)}, repo).code, 0);

        Design d;
        QString error;
        QVERIFY(loadTemplate("scale-up", &d, &error));
        const QString file = dir.filePath("stack.stackwright");
        QVERIFY(saveDesignFile(d, file, &error));
        QCOMPARE(run("git", {"add", "."}, repo).code, 0);
        QCOMPARE(run("git", {"commit", "-q", "-m", "first"}, repo).code, 0);
        d.node("apache")->props.insert("tls", "on");
        d.node("web-1")->label = "Front server";
        QVERIFY(saveDesignFile(d, file, &error));

        const Result r = run("git", {"diff", "--no-color", "stack.stackwright"}, repo);
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.out.contains("Binary files"), qPrintable(r.out));
        QVERIFY2(r.out.contains("-node apache prop tls: \"off\"") || r.out.contains("+node apache prop tls: \"on\""), qPrintable(r.out));
        QVERIFY(r.out.contains("+node apache prop tls: \"on\""));
        QVERIFY(r.out.contains("-node web-1 label: \"Web server\""));
        QVERIFY(r.out.contains("+node web-1 label: \"Front server\""));
        // Exactly the changed lines: nothing else moved.
        int changed = 0;
        for (const QString &l : r.out.split('\n'))
            if ((l.startsWith('+') || l.startsWith('-')) && !l.startsWith("+++") && !l.startsWith("---"))
                ++changed;
        QVERIFY2(changed == 3 || changed == 4, qPrintable(r.out));

        const Result conv = cli({"diff", "--textconv", file});
        QCOMPARE(conv.code, 0);
        QVERIFY(conv.out.contains("node apache prop tls: \"on\"\n"));
        QCOMPARE(cli({"diff", "--textconv"}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestDiffCli)
#include "test_diff_cli.moc"
