// What-if agrees with the validator's path analysis on every template, and
// scenarios are stored in the design's "scenarios" extension.
#include "core/io/templates.h"
#include "core/analysis/whatif.h"

#include "core/rules/validator.h"

#include <QJsonArray>
#include <QtTest>

using namespace sw;

namespace {
Design load(const QString &name)
{
    Design d;
    QString err;
    if (!loadTemplate(name, &d, &err))
        qFatal("%s", qPrintable(err));
    return d;
}

[[maybe_unused]] QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}
} // namespace

class TestWhatIf : public QObject {
    Q_OBJECT
private slots:
    // Writes need a database that accepts them: once the redundant design's
    // primary is gone, reads are served by the replica and writes are not,
    // and the result says so in a note.
    void writesNeedThePrimary()
    {
        const Design d = load(QStringLiteral("redundant"));
        const WhatIf w(d);
        const WhatIfResult none = w.evaluate(QSet<QString>{});
        QVERIFY(none.reachable && none.writable && none.notes.isEmpty());
        const WhatIfResult primary = w.evaluate(QSet<QString>{QStringLiteral("db-1")});
        QVERIFY(primary.reachable);
        QVERIFY(!primary.writable);
        QCOMPARE(primary.notes.size(), 1);
        QVERIFY2(primary.notes.first().contains(d.node(QStringLiteral("mysql-replica"))->displayLabel()), qPrintable(primary.notes.first()));
        const WhatIfResult replica = w.evaluate(QSet<QString>{QStringLiteral("db-2")});
        QVERIFY(replica.reachable && replica.writable && replica.notes.isEmpty());
        for (const QString &unit : w.graph().units())
            if (unit != QLatin1String("db-1"))
                QVERIFY2(w.evaluate(QSet<QString>{unit}).writable, qPrintable(unit));
        // Nothing served at all: no note about writes.
        const Design single = load(QStringLiteral("scale-up"));
        const WhatIfResult down = WhatIf(single).evaluate(QSet<QString>{QStringLiteral("db-1")});
        QVERIFY(!down.reachable && !down.writable && down.notes.isEmpty());
    }

    void agreesWithSpofOnEveryTemplate_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : templateNames())
            QTest::newRow(qPrintable(n)) << n;
    }
    void agreesWithSpofOnEveryTemplate()
    {
        QFETCH(QString, name);
        const Design d = load(name);
        const WhatIf w(d);
        const QStringList spofs = w.graph().singlePointsOfFailure();
        QVERIFY(w.evaluate(QSet<QString>{}).reachable);
        for (const QString &unit : w.graph().units()) {
            const WhatIfResult r = w.evaluate(QSet<QString>{unit});
            QVERIFY2(r.reachable == !spofs.contains(unit), qPrintable(name + ": " + unit));
            QCOMPARE(r.servedUsers.isEmpty(), !r.reachable);
            if (!r.reachable)
                QCOMPARE(r.availability.availability, 0.0);
            else
                QVERIFY(r.availability.availability > 0.0);
            QVERIFY(!r.survivingNodes.contains(unit));
        }
        // The validator reports SPOF on exactly those units.
        QStringList reported;
        for (const Finding &f : Validator::validate(d, Validator::noProfile()).findings)
            if (f.rule == "SPOF")
                reported << f.nodes;
        QCOMPARE(sorted(reported), sorted(spofs));
        // What-if never changes the design.
        QVERIFY(w.design() == d);
    }

    void scaleUpDetails()
    {
        const Design d = load("scale-up");
        const WhatIf w(d);
        WhatIfResult r;
        QString err;
        // A service stands for its server; a cluster for all its members.
        QVERIFY(w.evaluate({"haproxy-1"}, &r, &err));
        QCOMPARE(r.failedUnits, (QSet<QString>{"lb-1"}));
        QVERIFY(r.reachable);
        QCOMPARE(r.servedUsers, QStringList{"users"});
        QVERIFY(r.survivingNodes.contains("haproxy-2"));
        QVERIFY(!r.survivingNodes.contains("haproxy-1"));
        QVERIFY(r.survivingLinks.contains("request"));
        QVERIFY(r.survivingLinks.contains("to-db"));
        QVERIFY(!r.survivingLinks.contains("resolve"));
        QVERIFY(qAbs(r.availability.availability - 0.99 * 0.99 * 0.99 * 0.99) < 1e-12);

        QVERIFY(w.evaluate({"lb-cluster"}, &r, &err));
        QCOMPARE(r.failedUnits, (QSet<QString>{"lb-1", "lb-2"}));
        QVERIFY(!r.reachable);
        QCOMPARE(r.lostUsers, QStringList{"users"});
        QVERIFY(r.survivingLinks.isEmpty());

        QVERIFY(w.evaluate({"fw-db-1"}, &r, &err)); // a host firewall: its server
        QCOMPARE(r.failedUnits, (QSet<QString>{"db-1"}));
        QVERIFY(!r.reachable);

        QVERIFY(!w.evaluate({"nope"}, &r, &err));
        QVERIFY(err.contains("nope"));
        QVERIFY(!w.evaluate({"www"}, &r, &err));
        QVERIFY(err.contains("www"));
        QVERIFY(err.contains("dns"));
        QVERIFY(!w.evaluate({"to-db"}, &r, &err));
        QVERIFY(err.contains("link"));
    }

    void scenarios()
    {
        Design d = load("scale-up");
        QCOMPARE(sw::scenarios(d).size(), 0);
        d.extensions.insert("scenarios", scenariosWith(d, {"LB down", {"lb-1"}}));
        d.extensions.insert("scenarios", scenariosWith(d, {"DB down", {"db-1"}}));
        d.extensions.insert("scenarios", scenariosWith(d, {"LB down", {"lb-2"}}));
        const QVector<Scenario> s = sw::scenarios(d);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s[0], (Scenario{"LB down", {"lb-2"}}));
        QCOMPARE(s[1], (Scenario{"DB down", {"db-1"}}));
        d.extensions.insert("scenarios", scenariosWithout(d, "LB down"));
        QCOMPARE(sw::scenarios(d).size(), 1);
        QCOMPARE(d.extensions.value("scenarios").toArray().at(0).toObject().value("name").toString(), "DB down");
    }
};

QTEST_GUILESS_MAIN(TestWhatIf)
#include "test_whatif.moc"
