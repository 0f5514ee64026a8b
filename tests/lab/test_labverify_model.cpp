// `lab verify`'s comparison without a lab (no root): predictions from the
// validator and the what-if analysis on the templates and the test design
// with a deliberate single point of failure, verdicts on request series,
// and the agreement of each row fed by hand.
#include "deploy/verify/labverifier.h"
#include "deploy/verify/predictions.h"

#include "core/io/designfile.h"
#include "core/io/templates.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace sw;
using namespace sw::verify;

namespace {

Design load(const QString &name)
{
    Design d;
    QString error;
    if (name.endsWith(QLatin1String(".json"))) {
        if (!loadDesignFile(QStringLiteral(SW_SOURCE_DIR "/tests/lab/") + name, &d, &error))
            qFatal("%s", qPrintable(error));
    } else if (!loadTemplate(name, &d, &error)) {
        qFatal("%s", qPrintable(error));
    }
    return d;
}

const Prediction *row(const QVector<Prediction> &ps, const QString &unit)
{
    for (const Prediction &p : ps)
        if (p.unit == unit)
            return &p;
    return nullptr;
}

// A request as the series program reports it.
Sample sample(bool write, int status, const QString &database, int writtenId = 0, const QString &error = QString())
{
    QJsonObject body;
    if (!database.isEmpty())
        body.insert(QStringLiteral("database"), database);
    if (writtenId > 0)
        body.insert(QStringLiteral("written_id"), writtenId);
    body.insert(QStringLiteral("web_server"), QStringLiteral("web-01"));
    body.insert(QStringLiteral("app_server"), QStringLiteral("app-01"));
    QJsonObject line{{QStringLiteral("status"), status}, {QStringLiteral("write"), write}, {QStringLiteral("body"), body},
                     {QStringLiteral("load_balancer"), QStringLiteral("lb-01")}};
    if (!error.isEmpty())
        line.insert(QStringLiteral("error"), error);
    return Sample{write, lab::parseProbeLine(QJsonDocument(line).toJson(QJsonDocument::Compact))};
}

Observation seen(Served reads, Served writes)
{
    Observation o;
    o.checked = true;
    o.reads = reads;
    o.writes = writes;
    return o;
}

} // namespace

class TestLabVerifyModel : public QObject {
    Q_OBJECT
private slots:
    void scaleUpPredictions()
    {
        const QVector<Prediction> ps = predict(load(QStringLiteral("scale-up")));
        QCOMPARE(ps.size(), 6); // the baseline and five servers
        QVERIFY(ps.first().unit.isEmpty());
        QVERIFY(ps.first().reads && ps.first().writes);
        for (const QString &lb : {QStringLiteral("lb-1"), QStringLiteral("lb-2")}) {
            const Prediction *p = row(ps, lb);
            QVERIFY(p);
            QVERIFY(!p->validatorSpof && p->reads && p->writes);
        }
        for (const QString &spof : {QStringLiteral("web-1"), QStringLiteral("app-1"), QStringLiteral("db-1")}) {
            const Prediction *p = row(ps, spof);
            QVERIFY(p);
            QVERIFY2(p->validatorSpof && !p->reads && !p->writes, qPrintable(spof));
        }
        QCOMPARE(row(ps, QStringLiteral("db-1"))->label, QStringLiteral("db-01"));
        QCOMPARE(entryScheme(load(QStringLiteral("scale-up"))), QStringLiteral("https"));
    }

    // The redundant design has no single point of failure, but once its
    // primary is gone no database accepts writes: the analysis says so.
    void redundantPrimaryLosesWritesOnly()
    {
        const Design d = load(QStringLiteral("redundant"));
        const QVector<Prediction> ps = predict(d);
        QCOMPARE(ps.size(), 9);
        for (const Prediction &p : ps)
            QVERIFY2(!p.validatorSpof && p.reads, qPrintable(p.unit));
        const Prediction *primary = row(ps, QStringLiteral("db-1"));
        QVERIFY(!primary->writes);
        QCOMPARE(primary->notes.size(), 1);
        QVERIFY2(primary->notes.first().contains(QLatin1String("writes")), qPrintable(primary->notes.first()));
        const Prediction *replica = row(ps, QStringLiteral("db-2"));
        QVERIFY(replica->writes && replica->notes.isEmpty());
        QCOMPARE(primaryHosts(d), QSet<QString>{QStringLiteral("db-01")});
    }

    void deliberateSpofDesign()
    {
        const Design d = load(QStringLiteral("single-balancer.json"));
        const QVector<Prediction> ps = predict(d);
        const Prediction *lb = row(ps, QStringLiteral("lb-1"));
        QVERIFY(lb && lb->validatorSpof && !lb->reads && !lb->writes);
        // The primary's server: the replica keeps reads alive, writes stop.
        const Prediction *web1 = row(ps, QStringLiteral("web-1"));
        QVERIFY(web1 && !web1->validatorSpof && web1->reads && !web1->writes);
        const Prediction *web2 = row(ps, QStringLiteral("web-2"));
        QVERIFY(web2 && !web2->validatorSpof && web2->reads && web2->writes);
        QCOMPARE(primaryHosts(d), QSet<QString>{QStringLiteral("web-01")});
    }

    void settledSeries()
    {
        QCOMPARE(settled({true, true, true}, 3), Served::Yes);
        QCOMPARE(settled({false, false, true, true, true}, 3), Served::Yes);   // a failover gap, then steady
        QCOMPARE(settled({true, false, false, false}, 3), Served::No);
        QCOMPARE(settled({false, true, false, true}, 3), Served::Unstable);
        QCOMPARE(settled({true, true}, 3), Served::Unknown);
    }

    void requestsCount()
    {
        const QSet<QString> primaries{QStringLiteral("db-01")};
        QVERIFY(readServed(sample(false, 200, QStringLiteral("db-02")).result));
        QVERIFY(!readServed(sample(false, 503, QString()).result));
        QVERIFY(!readServed(sample(false, 200, QString()).result)); // no database answered
        QVERIFY(writeServed(sample(true, 200, QStringLiteral("db-01"), 7).result, primaries));
        QVERIFY(!writeServed(sample(true, 200, QStringLiteral("db-02"), 7).result, primaries)); // not the primary
        QVERIFY(!writeServed(sample(true, 200, QStringLiteral("db-01")).result, primaries));    // nothing written
    }

    void observeSeries()
    {
        const QSet<QString> primaries{QStringLiteral("db-01")};
        Observation o;
        observe({sample(false, 0, QString(), 0, QStringLiteral("timeout")), sample(true, 503, QString()),
                 sample(false, 200, QStringLiteral("db-02")), sample(true, 503, QString()),
                 sample(false, 200, QStringLiteral("db-02")), sample(true, 503, QString()),
                 sample(false, 200, QStringLiteral("db-02")), sample(true, 503, QString())},
                primaries, 3, &o);
        QVERIFY(o.checked);
        QCOMPARE(o.reads, Served::Yes);
        QCOMPARE(o.writes, Served::No);
        QCOMPARE(o.readsOk, 3);
        QCOMPARE(o.readsSent, 4);
        QCOMPARE(o.writesOk, 0);
        QCOMPARE(o.writesSent, 4);
        QCOMPARE(o.servedBy, (QStringList{QStringLiteral("lb-01"), QStringLiteral("web-01"), QStringLiteral("app-01"), QStringLiteral("db-02")}));
        QVERIFY(o.lastError.startsWith(QLatin1String("HTTP 503")));
    }

    void rowsAgreeOrNot()
    {
        Prediction spof{QStringLiteral("web-1"), QStringLiteral("web-01"), false, true, false, false, {}};
        QVERIFY(compare(spof, seen(Served::No, Served::No)).agrees);
        // The lab kept serving: the validator and the analysis were wrong (or the bundles).
        const Row wrong = compare(spof, seen(Served::Yes, Served::No));
        QVERIFY(!wrong.agrees);
        QCOMPARE(wrong.disagreements.size(), 2);
        QVERIFY(wrong.disagreements.first().contains(QLatin1String("validator")));

        Prediction primary{QStringLiteral("db-1"), QStringLiteral("db-01"), false, false, true, false, {}};
        QVERIFY(compare(primary, seen(Served::Yes, Served::No)).agrees);
        const Row writes = compare(primary, seen(Served::Yes, Served::Yes));
        QVERIFY(!writes.agrees);
        QVERIFY(writes.disagreements.first().contains(QLatin1String("writes")));

        const Row flapping = compare(primary, seen(Served::Unstable, Served::No));
        QVERIFY(!flapping.agrees);

        Observation notHealed = seen(Served::Yes, Served::No);
        notHealed.healed = false;
        notHealed.healError = QStringLiteral("reads no");
        QVERIFY(!compare(primary, notHealed).agrees);

        Observation unchecked;
        unchecked.skipped = QStringLiteral("a network firewall");
        const Row skipped = compare(primary, unchecked);
        QVERIFY(!skipped.agrees);
        QCOMPARE(skipped.disagreements, QStringList{QStringLiteral("a network firewall")});

        // The two predictions contradict each other: a defect before any lab.
        Prediction inconsistent{QStringLiteral("app-1"), QStringLiteral("app-01"), false, true, true, true, {}};
        QVERIFY(!compare(inconsistent, seen(Served::Yes, Served::Yes)).agrees);

        QVERIFY(!allAgree({}));
        QVERIFY(allAgree({compare(spof, seen(Served::No, Served::No)), compare(primary, seen(Served::Yes, Served::No))}));
        QVERIFY(!allAgree({compare(spof, seen(Served::No, Served::No)), skipped}));
    }

    void rowJson()
    {
        Prediction primary{QStringLiteral("db-1"), QStringLiteral("db-01"), false, false, true, false, {QStringLiteral("a note")}};
        const QJsonObject o = verify::rowJson(compare(primary, seen(Served::Yes, Served::No)));
        QCOMPARE(o.value(QStringLiteral("node")).toString(), QStringLiteral("db-1"));
        QCOMPARE(o.value(QStringLiteral("agrees")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("predicted")).toObject().value(QStringLiteral("writes")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("observed")).toObject().value(QStringLiteral("reads")).toString(), QStringLiteral("yes"));
        QCOMPARE(o.value(QStringLiteral("observed")).toObject().value(QStringLiteral("writes")).toString(), QStringLiteral("no"));
    }

    // The series program is valid Python and stops as soon as both reads
    // and writes were served steadily: run against a server on loopback.
    void seriesProgramStopsWhenSteady()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 is not installed");
        QProcess server;
        server.setProgram(QStringLiteral("python3"));
        server.setArguments({QStringLiteral("-c"), QStringLiteral(R"PY(import http.server, json, sys
class H(http.server.BaseHTTPRequestHandler):
    n = 0
    def do_GET(self):
        H.n += 1
        write = "write=1" in self.path
        # The first two requests fail (a failover gap), then all is served.
        ok = H.n > 2
        body = {"database": "db-01"} if ok else {"error": "database: gone"}
        if ok and write:
            body["written_id"] = H.n
        data = json.dumps(body).encode()
        self.send_response(200 if ok else 503)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    def log_message(self, *a):
        pass
s = http.server.HTTPServer(("127.0.0.1", 0), H)
print(s.server_address[1], flush=True)
s.serve_forever()
)PY")});
        server.start();
        QVERIFY(server.waitForReadyRead(10000));
        const QString port = QString::fromUtf8(server.readLine()).trimmed();
        QProcess series;
        series.start(QStringLiteral("python3"), {QStringLiteral("-c"), seriesProgram(), QStringLiteral("http://127.0.0.1:%1/").arg(port),
                                                 QStringLiteral("db-01"), QStringLiteral("1000"), QStringLiteral("10"),
                                                 QStringLiteral("20000"), QStringLiteral("3")});
        QVERIFY(series.waitForFinished(30000));
        server.kill();
        server.waitForFinished();
        QCOMPARE(series.exitCode(), 0);
        QVector<Sample> samples;
        for (const QByteArray &line : series.readAllStandardOutput().split('\n'))
            if (!line.isEmpty())
                samples << Sample{QJsonDocument::fromJson(line).object().value(QStringLiteral("write")).toBool(), lab::parseProbeLine(line)};
        // Two failed, then three rounds served: eight requests, far before the deadline.
        QCOMPARE(samples.size(), 8);
        Observation o;
        observe(samples, {QStringLiteral("db-01")}, 3, &o);
        QCOMPARE(o.reads, Served::Yes);
        QCOMPARE(o.writes, Served::Yes);
        QCOMPARE(o.readsOk, 3);
        QCOMPARE(o.writesOk, 3);
    }
};

QTEST_GUILESS_MAIN(TestLabVerifyModel)
#include "test_labverify_model.moc"
