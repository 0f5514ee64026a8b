// The incremental validator (the findings panel's) against full validations:
// thousands of random edits through the model's mutators (the calls the undo
// commands make), and after each one the re-checked result must equal
// Validator::validate() of the design as it is, finding by finding and field
// by field. Also: which edits re-check how much.
#include "bench/common/generate.h"
#include "core/model/designmodel.h"
#include "core/rules/incrementalvalidator.h"
#include "core/rules/profiles.h"
#include "core/rules/rulecatalog.h"
#include "tests/rules/rulestest.h"

#include <QRandomGenerator>
#include <algorithm>

using namespace sw;

namespace {

QString describe(const Finding &f)
{
    return QStringLiteral("%1 [%2] %3 | %4 | %5 | %6 | %7")
        .arg(f.rule, severityName(f.severity), f.nodes.join(QLatin1Char(',')), f.message, f.property, f.why, f.fix);
}

// Empty when equal, else the first difference.
QString difference(const ValidationResult &a, const ValidationResult &b)
{
    if (a.profile != b.profile)
        return QStringLiteral("profile %1 / %2").arg(a.profile, b.profile);
    if (a.suppressed != b.suppressed || a.suppressedByRule != b.suppressedByRule)
        return QStringLiteral("suppressed %1 / %2").arg(a.suppressed).arg(b.suppressed);
    for (size_t i = 0; i < std::max(a.findings.size(), b.findings.size()); ++i) {
        const QString x = i < a.findings.size() ? describe(a.findings[i]) : QStringLiteral("(none)");
        const QString y = i < b.findings.size() ? describe(b.findings[i]) : QStringLiteral("(none)");
        if (x != y)
            return QStringLiteral("finding %1:\n  incremental: %2\n  full:        %3").arg(i).arg(x, y);
    }
    return {};
}

class Editor {
public:
    Editor(DesignModel &m, quint32 seed) : m_model(m), m_rng(seed) {}

    // One random edit of a kind a re-check handles without a full validation
    // (properties, labels, firewall rules, moves), on generated designs.
    QString localStep()
    {
        const int what = pick(100);
        if (what < 45)
            return setProp();
        if (what < 50)
            return removeProp();
        if (what < 80)
            return label();
        if (what < 90)
            return allow();
        return move();
    }

    // One random edit; returns what it did, for the failure message.
    QString step()
    {
        const int what = pick(100);
        if (what < 40)
            return setProp();
        if (what < 45)
            return removeProp();
        if (what < 50)
            return label();
        if (what < 58)
            return move();
        if (what < 64)
            return addNode();
        if (what < 68)
            return removeNode();
        if (what < 76)
            return addLink();
        if (what < 80)
            return removeLink();
        if (what < 85)
            return changeLink();
        if (what < 91)
            return reparent();
        if (what < 95)
            return profile();
        return suppress();
    }

private:
    int pick(int n) { return n <= 0 ? 0 : int(m_rng.bounded(quint32(n))); }
    const Design &d() const { return m_model.design(); }
    const Node *anyNode()
    {
        return d().nodes().empty() ? nullptr : &d().nodes()[size_t(pick(int(d().nodes().size())))];
    }
    QString anyId()
    {
        const Node *n = anyNode();
        return n && pick(12) ? n->id : QStringLiteral("nowhere");
    }
    QStringList someIds()
    {
        QStringList out;
        for (int i = pick(4); i > 0; --i)
            out << anyId();
        return out;
    }
    QVariant valueFor(const PropertySpec &spec)
    {
        static const QStringList words{"terminate", "passthrough", "on", "off", "primary", "replica", "active-passive",
                                       "active-active", "", "www.foobar.com", "www.example.com", "10.0.0.1", "10.0.0.2",
                                       "https://example.com/app.git", "main", "dev", "lb1"};
        static const QStringList rules{"443/tcp", "80/tcp", "3306/tcp", "22/tcp", "2222/tcp", "53/udp", "8000/tcp",
                                       "bad rule"};
        switch (spec.type) {
        case PropType::Int:
        case PropType::Number:
            return QVariant(QList<int>{0, 22, 2222, 443, 3306, 8000}[pick(6)]);
        case PropType::Bool:
            return QVariant(pick(2) == 1);
        case PropType::Choice:
            if (!spec.choices.isEmpty() && pick(5))
                return spec.choices[pick(int(spec.choices.size()))];
            return words[pick(int(words.size()))];
        case PropType::NodeRef:
            return anyId();
        case PropType::NodeRefList:
            return someIds();
        case PropType::PortRules: {
            QStringList out;
            for (int i = pick(4); i > 0; --i) {
                QString r = rules[pick(int(rules.size()))];
                if (pick(3) == 0)
                    r += QStringLiteral(" from ") + anyId();
                out << r;
            }
            return out;
        }
        case PropType::String:
        case PropType::Hostname:
        case PropType::Domain:
        case PropType::Address:
        case PropType::Url:
            return words[pick(int(words.size()))];
        }
        return {};
    }
    QString setProp()
    {
        const Node *n = anyNode();
        if (!n || kindInfo(n->kind).props.isEmpty())
            return QStringLiteral("nothing");
        const auto &props = kindInfo(n->kind).props;
        const PropertySpec &spec = props[pick(int(props.size()))];
        const QVariant v = valueFor(spec);
        const QString id = n->id;
        m_model.setNodeProp(id, spec.key, v);
        return QStringLiteral("set %1.%2 = %3").arg(id, spec.key, v.toStringList().join(QLatin1Char(',')) + v.toString());
    }
    QString removeProp()
    {
        const Node *n = anyNode();
        if (!n || n->props.isEmpty())
            return QStringLiteral("nothing");
        const QString key = n->props.keys()[pick(int(n->props.size()))], id = n->id;
        m_model.setNodeProp(id, key, QVariant());
        return QStringLiteral("remove %1.%2").arg(id, key);
    }
    QString label()
    {
        const Node *n = anyNode();
        if (!n)
            return QStringLiteral("nothing");
        const QString id = n->id;
        // Labels that hide in other messages: another node's label or id, a
        // word of the messages, a prefix, '%' that QString::arg() reads.
        const Node *other = anyNode();
        QString l;
        switch (pick(8)) {
        case 0:
            break;
        case 1:
            l = other->displayLabel();
            break;
        case 2:
            l = other->id;
            break;
        case 3:
            l = QStringList{"Server", "a", "\"", "on", "%1", "%2 x", "fw", "web"}[pick(8)];
            break;
        case 4:
            l = other->displayLabel().left(pick(4) + 1);
            break;
        default:
            l = QStringLiteral("L%1").arg(pick(1000));
        }
        m_model.setNodeLabel(id, l);
        return QStringLiteral("label %1 = %2").arg(id, l);
    }
    QString allow()
    {
        const Node *n = anyNode();
        for (int tries = 0; n && n->kind != Kind::Firewall && tries < 50; ++tries)
            n = anyNode();
        if (!n || n->kind != Kind::Firewall)
            return QStringLiteral("nothing");
        PropertySpec spec;
        spec.type = PropType::PortRules;
        const QVariant v = valueFor(spec);
        const QString fw = n->id;
        m_model.setNodeProp(fw, QStringLiteral("allow"), v);
        return QStringLiteral("allow %1 = %2").arg(fw, v.toStringList().join(QLatin1Char(',')));
    }
    QString move()
    {
        const Node *n = anyNode();
        if (!n)
            return QStringLiteral("nothing");
        const QString id = n->id;
        if (pick(4) == 0)
            m_model.setNodePlacement(id, false, {});
        else
            m_model.setNodePos(id, QPointF(pick(900), pick(900)));
        return QStringLiteral("move %1").arg(id);
    }
    QString addNode()
    {
        const auto &kinds = allKinds();
        Node n;
        n.kind = kinds[pick(int(kinds.size()))].kind;
        n.id = d().uniqueId(kindName(n.kind));
        if (mayHaveParent(n.kind) && pick(3)) {
            const Node *p = anyNode();
            if (p && canContain(p->kind, n.kind))
                n.parent = p->id;
        }
        for (const PropertySpec &spec : kindInfo(n.kind).props)
            if (pick(2))
                n.props.insert(spec.key, valueFor(spec));
        const QString id = n.id;
        m_model.insertNode(n, pick(3) ? -1 : pick(int(d().nodes().size()) + 1));
        return QStringLiteral("add %1").arg(id);
    }
    QString removeNode()
    {
        const Node *n = anyNode();
        if (!n)
            return QStringLiteral("nothing");
        const QString id = n->id;
        if (pick(3)) // as the GUI deletes: its links first (its children stay, as orphans here)
            for (const QString &l : d().linksOf(id))
                m_model.takeLink(l);
        m_model.takeNode(id);
        return QStringLiteral("remove %1").arg(id);
    }
    Link randomLink()
    {
        Link l;
        l.from = anyId();
        l.to = anyId();
        const auto &protocols = allProtocols();
        l.protocol = protocols[pick(int(protocols.size()))];
        l.port = pick(3) ? 0 : QList<int>{22, 80, 443, 3306, 8000}[pick(5)];
        return l;
    }
    QString addLink()
    {
        Link l = randomLink();
        l.id = d().uniqueId(QStringLiteral("link"));
        const QString id = l.id;
        m_model.insertLink(l, pick(3) ? -1 : pick(int(d().links().size()) + 1));
        return QStringLiteral("link %1 %2->%3").arg(id, l.from, l.to);
    }
    QString removeLink()
    {
        if (d().links().empty())
            return QStringLiteral("nothing");
        const QString id = d().links()[size_t(pick(int(d().links().size())))].id;
        m_model.takeLink(id);
        return QStringLiteral("unlink %1").arg(id);
    }
    QString changeLink()
    {
        if (d().links().empty())
            return QStringLiteral("nothing");
        Link l = d().links()[size_t(pick(int(d().links().size())))];
        const Link r = randomLink();
        if (pick(2))
            l.protocol = r.protocol;
        if (pick(2))
            l.port = r.port;
        if (pick(4) == 0)
            l.to = r.to;
        m_model.replaceLink(l);
        return QStringLiteral("change link %1").arg(l.id);
    }
    QString reparent()
    {
        const Node *n = anyNode();
        const Node *p = anyNode();
        if (!n || !p || n == p)
            return QStringLiteral("nothing");
        const QString id = n->id, parent = pick(4) ? p->id : QString();
        m_model.setNodeParent(id, parent, QPointF(10, 10));
        return QStringLiteral("reparent %1 into %2").arg(id, parent);
    }
    QString profile()
    {
        QStringList names{QString(), QStringLiteral("nonsense")};
        for (const ProfileInfo &p : profileCatalog())
            names << p.name;
        const QString name = names[pick(int(names.size()))];
        m_model.setProfile(name);
        return QStringLiteral("profile %1").arg(name);
    }
    QString suppress()
    {
        QVector<Suppression> s;
        for (const RuleInfo &r : ruleCatalog())
            if (pick(8) == 0)
                s.append({r.id, QStringLiteral("test")});
        m_model.setSuppressions(s);
        return QStringLiteral("suppress %1 rules").arg(s.size());
    }

    DesignModel &m_model;
    QRandomGenerator m_rng;
};

} // namespace

class TestRulesIncremental : public QObject {
    Q_OBJECT
private slots:
    void matchesFullValidation_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("clean") << QString() << 1u;
        QTest::newRow("clean, other seed") << QString() << 7u;
        for (const char *t : {"simple-web-stack", "secured-monitored", "scale-up"})
            QTest::newRow(t) << QString::fromLatin1(t) << 3u;
    }
    void matchesFullValidation()
    {
        QFETCH(QString, start);
        QFETCH(quint32, seed);
        DesignModel model;
        model.reset(start.isEmpty() ? rt::clean() : rt::templ(start.toLatin1().constData()));
        IncrementalValidator inc(&model);
        Editor editor(model, seed);
        QVERIFY(difference(inc.result(), Validator::validate(model.design())).isEmpty());
        int partial = 0;
        for (int i = 0; i < 1500; ++i) {
            const QString did = editor.step();
            const ValidationResult &got = inc.result();
            partial += inc.lastWork() != IncrementalValidator::Work::Full ? 1 : 0;
            const QString diff = difference(got, Validator::validate(model.design()));
            if (!diff.isEmpty())
                QFAIL(qPrintable(QStringLiteral("after edit %1 (%2): %3").arg(i).arg(did, diff)));
        }
        // The test is only worth something if many re-checks were partial.
        QVERIFY2(partial > 500, qPrintable(QString::number(partial)));
    }

    // The same on generated designs (many servers, load balancers and
    // firewalls, findings of every group), weighted to the edits a re-check
    // handles without a full validation, with the whole mix as well.
    void matchesFullValidationOnGeneratedDesigns_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<bool>("local");
        QTest::newRow("300 nodes, local edits") << 300 << 11u << true;
        QTest::newRow("600 nodes, local edits") << 600 << 5u << true;
        QTest::newRow("300 nodes, every edit") << 300 << 13u << false;
    }
    void matchesFullValidationOnGeneratedDesigns()
    {
        QFETCH(int, nodes);
        QFETCH(quint32, seed);
        QFETCH(bool, local);
        DesignModel model;
        model.reset(bench::generateDesign(nodes, nodes * 3 / 2));
        IncrementalValidator inc(&model);
        Editor editor(model, seed);
        QVERIFY(difference(inc.result(), Validator::validate(model.design())).isEmpty());
        QVERIFY(inc.result().findings.size() > 20);
        int partial = 0;
        for (int i = 0; i < 600; ++i) {
            // Now and then several edits before a re-check (as an undo macro does).
            QString did = local ? editor.localStep() : editor.step();
            for (int more = i % 6 == 5 ? 2 : 0; more > 0; --more)
                did += QStringLiteral("; ") + (local ? editor.localStep() : editor.step());
            const ValidationResult &got = inc.result();
            partial += inc.lastWork() != IncrementalValidator::Work::Full ? 1 : 0;
            const QString diff = difference(got, Validator::validate(model.design()));
            if (!diff.isEmpty())
                QFAIL(qPrintable(QStringLiteral("after edit %1 (%2): %3").arg(i).arg(did, diff)));
        }
        QVERIFY2(partial > (local ? 450 : 150), qPrintable(QString::number(partial)));
    }

    void checksOnlyWhatAnEditCanChange()
    {
        DesignModel model;
        model.reset(rt::clean());
        IncrementalValidator inc(&model);
        QVERIFY(inc.result().findings.empty());
        QCOMPARE(inc.lastWork(), IncrementalValidator::Work::Full);
        (void)inc.result();
        QCOMPARE(inc.lastWork(), IncrementalValidator::Work::Nothing);

        model.setNodePos(QStringLiteral("w1"), QPointF(10, 20));
        (void)inc.result();
        QCOMPARE(inc.lastWork(), IncrementalValidator::Work::Nothing);

        model.setNodeProp(QStringLiteral("lbc"), QStringLiteral("vip"), QVariant());
        QCOMPARE(inc.result().findings.size(), size_t(1));
        QCOMPARE(inc.result().findings[0].rule, QStringLiteral("CLUSTER-NO-VIP"));
        QCOMPARE(inc.lastWork(), IncrementalValidator::Work::Nothing); // the second call: nothing new
        model.setNodeProp(QStringLiteral("lbc"), QStringLiteral("vip"), QStringLiteral("10.0.0.10"));
        QVERIFY(inc.result().findings.empty());

        model.setNodeLabel(QStringLiteral("w1"), QStringLiteral("Web one"));
        (void)inc.result();
        QCOMPARE(inc.lastWork(), IncrementalValidator::Work::Groups);

        model.setNodeProp(QStringLiteral("fww1"), QStringLiteral("allow"), QStringList{QStringLiteral("443/tcp from lb1")});
        QCOMPARE(inc.result().findings.size(), size_t(1));
        // The context parses that firewall's "allow" again: no full validation.
        QCOMPARE(inc.lastWork(), IncrementalValidator::Work::Groups);
        QCOMPARE(inc.result().findings[0].rule, QStringLiteral("FIREWALL-BLOCKS-LINK"));
        QVERIFY(difference(inc.result(), Validator::validate(model.design())).isEmpty());
        model.setNodeProp(QStringLiteral("fww1"), QStringLiteral("allow"), QStringList{QStringLiteral("80/tcp from lb1")});
        (void)inc.result();
        QCOMPARE(inc.lastWork(), IncrementalValidator::Work::Groups);
        QVERIFY(difference(inc.result(), Validator::validate(model.design())).isEmpty());
        model.setNodeProp(QStringLiteral("fww1"), QStringLiteral("allow"), QStringList{QStringLiteral("443/tcp from lb1")});

        model.setSuppressions({{QStringLiteral("FIREWALL-BLOCKS-LINK"), QStringLiteral("known")}});
        QVERIFY(inc.result().findings.empty());
        QCOMPARE(inc.result().suppressed, 1);
    }

    // A label edit re-makes only the servers group's findings about that
    // node (recheckServersLabel): every one of its rules that shows a label,
    // the load balancer named for its server and the one not named, several
    // labels at once, labels QString::arg() would read, an empty label.
    void labelEditsRemakeServerFindings()
    {
        Design d = rt::clean();
        rt::removeNode(d, "ml1"); // NO-MONITORING of lb1
        rt::addNode(d, "s9", Kind::Server);
        rt::addNode(d, "lbA", Kind::LoadBalancer, "s9"); // named by LB-NOT-CLUSTERED of s9
        rt::addNode(d, "lbB", Kind::LoadBalancer, "s9"); // not named
        rt::addNode(d, "web9", Kind::WebServer, "s9");   // TIERS-NOT-SEPARATED of s9
        rt::addNode(d, "db9", Kind::Database, "s9");
        rt::addNode(d, "app9", Kind::AppServer, "s9"); // APP-NO-CODEBASE
        rt::setProp(d, "lbc", "mode", QStringLiteral("active-passive"));
        rt::setProp(d, "lbc", "vip", QVariant()); // CLUSTER-NO-VIP
        rt::addLink(d, "direct1", "users", "hap1", Protocol::Https); // CLUSTER-BOTH-ACTIVE
        rt::addLink(d, "direct2", "users", "hap2", Protocol::Https);
        // FIREWALL-BLOCKS-LINK "fww1 on w1": the firewall group shows w1's label.
        rt::setProp(d, "fww1", "allow", QStringList{QStringLiteral("443/tcp from lb1")});
        const char *rules[] = {"NO-MONITORING", "TIERS-NOT-SEPARATED", "LB-NOT-CLUSTERED", "CLUSTER-NO-VIP",
                               "CLUSTER-BOTH-ACTIVE", "APP-NO-CODEBASE"};
        for (const char *r : rules)
            QVERIFY2(rt::has(Validator::validate(d), r), r);

        DesignModel model;
        model.reset(d);
        IncrementalValidator inc(&model);
        (void)inc.result();
        auto shows = [&](const char *rule, const QString &text) {
            for (const Finding &f : inc.result().findings)
                if (f.rule == QLatin1String(rule) && f.message.contains(text))
                    return true;
            return false;
        };
        auto relabel = [&](const QStringList &ids, const QString &label) {
            for (const QString &id : ids)
                model.setNodeLabel(id, label);
            const ValidationResult &got = inc.result();
            const QString diff = difference(got, Validator::validate(model.design()));
            QVERIFY2(diff.isEmpty(), qPrintable(ids.join(QLatin1Char(',')) + QStringLiteral(": ") + diff));
            QCOMPARE(inc.lastWork(), IncrementalValidator::Work::Groups);
        };
        relabel({QStringLiteral("lb1")}, QStringLiteral("Front one"));
        QVERIFY(shows("NO-MONITORING", QStringLiteral("Front one")));
        relabel({QStringLiteral("s9")}, QStringLiteral("Crowded"));
        QVERIFY(shows("TIERS-NOT-SEPARATED", QStringLiteral("Crowded")));
        QVERIFY(shows("NO-MONITORING", QStringLiteral("Crowded")));
        relabel({QStringLiteral("lbA")}, QStringLiteral("First balancer"));
        QVERIFY(shows("LB-NOT-CLUSTERED", QStringLiteral("First balancer")));
        relabel({QStringLiteral("lbB")}, QStringLiteral("Second balancer"));
        QVERIFY(!shows("LB-NOT-CLUSTERED", QStringLiteral("Second balancer")));
        relabel({QStringLiteral("lbc")}, QStringLiteral("Pair"));
        QVERIFY(shows("CLUSTER-NO-VIP", QStringLiteral("Pair")));
        QVERIFY(shows("CLUSTER-BOTH-ACTIVE", QStringLiteral("Pair")));
        relabel({QStringLiteral("app9")}, QStringLiteral("Lonely app"));
        QVERIFY(shows("APP-NO-CODEBASE", QStringLiteral("Lonely app")));
        relabel({QStringLiteral("s9"), QStringLiteral("lbc"), QStringLiteral("lbA"), QStringLiteral("app9")},
                QStringLiteral("%1 and %2"));
        relabel({QStringLiteral("lbA"), QStringLiteral("hap1"), QStringLiteral("code1")}, QStringLiteral("Pair"));
        relabel({QStringLiteral("s9"), QStringLiteral("lbc"), QStringLiteral("lbA"), QStringLiteral("lb1")}, QString());
        QVERIFY(shows("LB-NOT-CLUSTERED", QStringLiteral("\"lbA\"")));
        // The firewall group: the findings of the one firewall they name.
        relabel({QStringLiteral("w1")}, QStringLiteral("Web one"));
        QVERIFY(shows("FIREWALL-BLOCKS-LINK", QStringLiteral("fww1 on Web one")));
        relabel({QStringLiteral("fww1"), QStringLiteral("w1")}, QStringLiteral("w"));
        QVERIFY(shows("FIREWALL-BLOCKS-LINK", QStringLiteral("\"w on w\"")));
        relabel({QStringLiteral("w2")}, QStringLiteral("w")); // in "w on w", but not its firewall's
        relabel({QStringLiteral("w1"), QStringLiteral("w2"), QStringLiteral("fwa1")}, QStringLiteral("on"));
        // With a property the group reads in the same re-check: the group runs.
        model.setNodeProp(QStringLiteral("lbc"), QStringLiteral("vip"), QStringLiteral("10.0.0.10"));
        relabel({QStringLiteral("lbc"), QStringLiteral("s9")}, QStringLiteral("Again"));
        QVERIFY(!shows("CLUSTER-NO-VIP", QStringLiteral("Again")));
        QVERIFY(shows("CLUSTER-BOTH-ACTIVE", QStringLiteral("Again")));
    }

    // A partial re-check replaces only the re-run parts of the kept result:
    // the findings of a node's PROP-MISSING, switched off or not, and their
    // counts, stay those of a full validation.
    void partialAssemblyKeepsCountsAndOrder()
    {
        DesignModel model;
        model.reset(rt::clean());
        IncrementalValidator inc(&model);
        (void)inc.result();
        auto same = [&] { return difference(inc.result(), Validator::validate(model.design())); };
        model.setNodeProp(QStringLiteral("w1"), QStringLiteral("hostname"), QVariant());
        model.setNodeProp(QStringLiteral("w2"), QStringLiteral("hostname"), QVariant());
        (void)inc.result();
        QCOMPARE(inc.lastWork(), IncrementalValidator::Work::Groups);
        QVERIFY2(same().isEmpty(), qPrintable(same()));
        QCOMPARE(inc.result().count(Severity::Error) + inc.result().count(Severity::Warning)
                     + inc.result().count(Severity::Info),
                 int(inc.result().findings.size()));
        QVERIFY(!inc.result().findings.empty());

        model.setSuppressions({{QStringLiteral("PROP-MISSING"), QStringLiteral("drafting")}});
        QVERIFY2(same().isEmpty(), qPrintable(same()));
        QCOMPARE(inc.result().suppressedByRule.value(QStringLiteral("PROP-MISSING")), 2);
        model.setNodeProp(QStringLiteral("w1"), QStringLiteral("hostname"), QStringLiteral("w1"));
        (void)inc.result();
        QCOMPARE(inc.lastWork(), IncrementalValidator::Work::Groups);
        QVERIFY2(same().isEmpty(), qPrintable(same()));
        QCOMPARE(inc.result().suppressedByRule.value(QStringLiteral("PROP-MISSING")), 1);
        model.setNodeProp(QStringLiteral("w2"), QStringLiteral("hostname"), QStringLiteral("w2"));
        QVERIFY2(same().isEmpty(), qPrintable(same()));
        QVERIFY(!inc.result().suppressedByRule.contains(QStringLiteral("PROP-MISSING")));
        QCOMPARE(inc.result().suppressed, 0);
        model.setSuppressions({});
        model.setNodeProp(QStringLiteral("w2"), QStringLiteral("hostname"), QVariant());
        QVERIFY2(same().isEmpty(), qPrintable(same()));
        const Findings &all = inc.result().findings;
        QVERIFY(std::any_of(all.begin(), all.end(), [](const Finding &f) {
            return f.rule == QLatin1String("PROP-MISSING") && f.nodes == QStringList{QStringLiteral("w2")};
        }));
    }
};

QTEST_GUILESS_MAIN(TestRulesIncremental)
#include "test_rules_incremental.moc"
