// `lab verify` for real (root; CTest runs it alone: RESOURCE_LOCK swlab):
// on the scale-up and redundant templates and on a design with a deliberate
// single point of failure, every failure candidate is failed in the lab,
// probed, healed, and every row agrees with the validator and the what-if
// analysis; the lab is down afterwards with nothing left behind.
#include "tests/lab/labchecks.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

namespace {

struct Expect {
    QString node;
    QString reads, writes;   // what the lab must have seen
};

} // namespace

class TestLabVerify : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString designFile(const QString &name)
    {
        if (name.endsWith(QLatin1String(".json")))
            return QStringLiteral(SW_SOURCE_DIR "/tests/lab/") + name;
        const QString path = m_dir.filePath(name + QStringLiteral(".json"));
        QProcess p;
        p.start(QStringLiteral(SW_CLI_PATH), {QStringLiteral("new"), QStringLiteral("--template"), name, QStringLiteral("--output"), path});
        p.waitForFinished(60000);
        if (p.exitCode() != 0)
            qWarning("new: %s", p.readAllStandardError().constData());
        return path;
    }

    // One design: `lab verify` brings it up, every row agrees, it is down afterwards.
    void verify(const QString &design, int rows, const QVector<Expect> &expect)
    {
        if (geteuid() != 0)
            QSKIP("the lab needs root (CI runs as root)");
        QVERIFY2(!QFile::exists(QStringLiteral("/run/netns/swlab-net")), "a lab is already running on this machine");
        const QString file = designFile(design);
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(QStringLiteral(SW_CLI_PATH), {QStringLiteral("lab"), QStringLiteral("verify"), QStringLiteral("--format"), QStringLiteral("json"), file});
        if (!p.waitForFinished(600000)) {
            p.kill();
            p.waitForFinished();
            QProcess::execute(QStringLiteral(SW_CLI_PATH), {QStringLiteral("lab"), QStringLiteral("down")});
            QFAIL("lab verify did not end in 10 minutes (the lab was brought down)");
        }
        const QByteArray err = p.readAllStandardError();
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        qInfo("%s: lab verify took %.1f s (lab up %.1f s)", qPrintable(design), double(t.elapsed()) / 1000.0,
              o.value(QStringLiteral("up_seconds")).toDouble());
        const QJsonArray list = o.value(QStringLiteral("rows")).toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject r = v.toObject();
            qInfo("  %s: %.1f s", qPrintable(r.value(QStringLiteral("label")).toString()),
                  r.value(QStringLiteral("observed")).toObject().value(QStringLiteral("seconds")).toDouble());
            for (const QJsonValue &d : r.value(QStringLiteral("disagreements")).toArray())
                qWarning("%s: %s", qPrintable(r.value(QStringLiteral("label")).toString()), qPrintable(d.toString()));
        }
        QVERIFY2(p.exitCode() == 0, err.constData());
        QVERIFY(o.value(QStringLiteral("all_agree")).toBool());
        QVERIFY(o.value(QStringLiteral("brought_up")).toBool());
        QCOMPARE(list.size(), rows);
        for (const Expect &e : expect) {
            bool found = false;
            for (const QJsonValue &v : list) {
                const QJsonObject r = v.toObject();
                if (r.value(QStringLiteral("node")).toString() != e.node)
                    continue;
                found = true;
                const QJsonObject seen = r.value(QStringLiteral("observed")).toObject();
                QCOMPARE(seen.value(QStringLiteral("reads")).toString(), e.reads);
                QCOMPARE(seen.value(QStringLiteral("writes")).toString(), e.writes);
                QVERIFY(seen.value(QStringLiteral("healed")).toBool());
                QVERIFY(r.value(QStringLiteral("agrees")).toBool());
            }
            QVERIFY2(found, qPrintable(e.node));
        }
        // verify brought the lab up, so it took it down: nothing is left.
        QVERIFY(!QFile::exists(QStringLiteral("/run/netns/swlab-net")));
        QVERIFY(!QFile::exists(QStringLiteral("/run/stackwright-lab")));
        const QStringList left = labchecks::leftovers({});
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    }

private slots:
    void scaleUp()
    {
        verify(QStringLiteral("scale-up"), 6,
               {{QStringLiteral("lb-1"), QStringLiteral("yes"), QStringLiteral("yes")},
                {QStringLiteral("web-1"), QStringLiteral("no"), QStringLiteral("no")},
                {QStringLiteral("db-1"), QStringLiteral("no"), QStringLiteral("no")}});
    }
    // No single point of failure; without its primary, reads go on and writes stop.
    void redundant()
    {
        verify(QStringLiteral("redundant"), 9,
               {{QStringLiteral("web-1"), QStringLiteral("yes"), QStringLiteral("yes")},
                {QStringLiteral("db-1"), QStringLiteral("yes"), QStringLiteral("no")},
                {QStringLiteral("db-2"), QStringLiteral("yes"), QStringLiteral("yes")}});
    }
    // A deliberate single point of failure (its one load balancer).
    void singleBalancer()
    {
        verify(QStringLiteral("single-balancer.json"), 4,
               {{QStringLiteral("lb-1"), QStringLiteral("no"), QStringLiteral("no")},
                {QStringLiteral("web-1"), QStringLiteral("yes"), QStringLiteral("no")},
                {QStringLiteral("web-2"), QStringLiteral("yes"), QStringLiteral("yes")}});
    }
};

QTEST_GUILESS_MAIN(TestLabVerify)
#include "test_labverify.moc"
