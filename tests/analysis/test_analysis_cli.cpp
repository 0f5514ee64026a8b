// `stackwright-cli analyse` and `grade`: JSON shape and exit codes; the
// activity grading behind `grade`.
#include "core/analysis/activity.h"
#include "core/io/jsonformat.h"
#include "core/io/templates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace sw;

namespace {
struct Run {
    int code = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(SW_CLI_PATH, args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

Design load(const QString &name)
{
    Design d;
    QString err;
    if (!loadTemplate(name, &d, &err))
        qFatal("%s", qPrintable(err));
    return d;
}

QString write(const QTemporaryDir &dir, const QString &name, const Design &d)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(writeJson(d)) <= 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

Design activityDesign()
{
    Design d = load("scale-up");
    Activity a;
    a.title = "Scale up foobar";
    a.profile = "scale-up";
    a.locked = {"users", "www"};
    a.hints = {"Two load balancers share one virtual address."};
    d.extensions.insert("activity", a.toJson());
    return d;
}
} // namespace

class TestAnalysisCli : public QObject {
    Q_OBJECT
private slots:
    void analyseJson()
    {
        QTemporaryDir dir;
        const QString file = write(dir, "scale.json", load("scale-up"));
        const Run r = cli({"analyse", file, "--format", "json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value("availability").isDouble());
        QVERIFY(qAbs(o.value("availability").toDouble() - (1 - 0.01 * 0.01) * 0.99 * 0.99 * 0.99) < 1e-9);
        QCOMPARE(o.value("reachable").toBool(), true);
        QCOMPARE(o.value("failed").toArray().size(), 0);
        const QJsonArray tiers = o.value("tiers").toArray();
        QCOMPARE(tiers.size(), 4);
        QStringList names;
        for (const QJsonValue &t : tiers) {
            names << t.toObject().value("name").toString();
            QVERIFY(t.toObject().value("availability").isDouble());
            QVERIFY(t.toObject().value("nodes").isArray());
        }
        QCOMPARE(names, (QStringList{"entry", "web", "app", "database"}));
        QCOMPARE(tiers[0].toObject().value("nodes").toArray().size(), 2);
        QCOMPARE(o.value("method").toString(), "exact");
    }

    void analyseFailures()
    {
        QTemporaryDir dir;
        const QString file = write(dir, "scale.json", load("scale-up"));
        Run r = cli({"analyse", file, "--fail", "lb-1", "--format", "json"});
        QCOMPARE(r.code, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("reachable").toBool(), true);
        QCOMPARE(o.value("failed").toArray(), QJsonArray{"lb-1"});
        QVERIFY(qAbs(o.value("availability").toDouble() - 0.99 * 0.99 * 0.99 * 0.99) < 1e-9);

        r = cli({"analyse", file, "--fail", "lb-1", "--fail", "haproxy-2", "--format", "json"});
        QCOMPARE(r.code, 1);   // no request gets through
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("reachable").toBool(), false);
        QCOMPARE(o.value("availability").toDouble(), 0.0);
        QCOMPARE(o.value("failed").toArray().size(), 2);

        r = cli({"analyse", file});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Availability"));
    }

    void analyseBadInput()
    {
        QTemporaryDir dir;
        const QString file = write(dir, "scale.json", load("scale-up"));
        Run r = cli({"analyse", file, "--fail", "no-such-node"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("no-such-node"));
        r = cli({"analyse", file, "--fail", "www"});
        QCOMPARE(r.code, 2);
        QCOMPARE(cli({"analyse", dir.filePath("missing.json")}).code, 2);
        QCOMPARE(cli({"analyse", file, "--format", "xml"}).code, 2);
        QCOMPARE(cli({"analyse", file, "--fail"}).code, 2);
        QCOMPARE(cli({"analyse"}).code, 2);
    }

    void gradeJson()
    {
        QTemporaryDir dir;
        const Design act = activityDesign();
        const QString activity = write(dir, "activity.json", act);
        // A student who changed a locked node and broke the cluster.
        Design sub = act;
        sub.node("www")->props.insert("domain", "www.example.org");
        sub.node("lb-cluster")->props.insert("members", QStringList{"haproxy-1"});
        const QString submission = write(dir, "submission.json", sub);
        const Run r = cli({"grade", activity, submission, "--format", "json"});
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value("score").isDouble());
        const int score = o.value("score").toInt();
        QVERIFY(score >= 0 && score < 100);
        QCOMPARE(o.value("profile").toString(), "scale-up");
        QStringList unmet;
        for (const QJsonValue &u : o.value("unmet").toArray()) {
            unmet << u.toObject().value("id").toString();
            QVERIFY(u.toObject().contains("message"));
            QVERIFY(u.toObject().value("nodes").isArray());
        }
        QVERIFY(unmet.contains("LOCKED"));
        QCOMPARE(o.value("total").toInt(), o.value("met").toInt() + unmet.size());
        QVERIFY(o.value("hints").toArray().contains(QJsonValue("Two load balancers share one virtual address.")));
        QVERIFY(o.value("validator").toBool());
        QVERIFY(unmet.contains("PROFILE-LB-CLUSTER") || unmet.contains("LB-NOT-CLUSTERED"));

        // The activity itself, handed in unchanged, meets at least the locks.
        const Run same = cli({"grade", activity, activity, "--format", "json"});
        const QJsonObject s = QJsonDocument::fromJson(same.out).object();
        QVERIFY(s.value("score").toInt() > score);
        for (const QJsonValue &u : s.value("unmet").toArray())
            QVERIFY(u.toObject().value("id").toString() != "LOCKED");

        // Missing file, not an activity: bad input.
        QCOMPARE(cli({"grade", dir.filePath("missing.json"), activity}).code, 2);
        const QString plain = write(dir, "plain2.json", load("scale-up"));
        const Run notActivity = cli({"grade", plain, activity, "--format", "json"});
        QCOMPARE(notActivity.code, 2);
        QVERIFY(notActivity.err.contains("activity"));
    }

    void gradeInProcess()
    {
        const Design act = activityDesign();
        Activity a;
        QString err;
        QVERIFY(activityOf(act, &a, &err));
        QCOMPARE(a.locked, (QStringList{"users", "www"}));
        QVERIFY(checkActivity(a, act, &err));
        Design sub = act;
        sub.removeNode("www");
        const GradeResult g = gradeSubmission(a, act, sub);
        QCOMPARE(g.total, int(g.requirements.size()));
        QVERIFY(g.met < g.total);
        bool lockedUnmet = false;
        for (const Requirement &r : g.unmet())
            lockedUnmet = lockedUnmet || (r.id == "LOCKED" && r.nodes == QStringList{"www"} && r.message.contains("removed"));
        QVERIFY(lockedUnmet);
        QCOMPARE(g.score, int(std::lround(100.0 * g.met / g.total)));
        a.locked << "ghost";
        QVERIFY(!checkActivity(a, act, &err));
        QVERIFY(err.contains("ghost"));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisCli)
#include "test_analysis_cli.moc"
