// The findings dock against an EditorContext alone (offscreen).
#include "tests/rules/rulestest.h"
#include "core/commands/setpropertycommand.h"
#include "widgets/findings/findingsfeature.h"
#include "widgets/findings/findingspanel.h"
#include "core/model/overlay.h"
#include "core/model/selection.h"
#include "core/rules/ruleids.h"

#include <QComboBox>
#include <QMainWindow>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rt;

class TestFindingsPanel : public QObject {
    Q_OBJECT
    DesignModel *m_model = nullptr;
    QUndoStack *m_undo = nullptr;
    Selection *m_selection = nullptr;
    Overlay *m_overlay = nullptr;
    QMainWindow *m_window = nullptr;
    FindingsPanel *m_panel = nullptr;

    int indexOf(const char *rule, const QString &node) const
    {
        const Findings &fs = m_panel->result().findings;
        for (int i = 0; i < int(fs.size()); ++i)
            if (fs[size_t(i)].rule == QLatin1String(rule) && (node.isEmpty() || fs[size_t(i)].nodes.contains(node)))
                return i;
        return -1;
    }

private slots:
    void init()
    {
        m_window = new QMainWindow;
        m_model = new DesignModel(m_window);
        m_undo = new QUndoStack(m_window);
        m_selection = new Selection(m_window);
        m_overlay = new Overlay(m_window);
        EditorContext ctx;
        ctx.model = m_model;
        ctx.undo = m_undo;
        ctx.selection = m_selection;
        ctx.overlay = m_overlay;
        ctx.window = m_window;
        attachFindings(ctx);
        m_panel = m_window->findChild<FindingsPanel *>();
        QVERIFY(m_panel);
        m_model->reset(templ("scale-up"));
        QTRY_VERIFY(m_panel->result().findings.size() >= 6);
    }
    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    void listsTheScaleUpFindings()
    {
        auto *tree = m_panel->findChild<QTreeWidget *>(QStringLiteral("findingsTree"));
        QVERIFY(tree);
        QStringList rules;
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            for (int c = 0; c < tree->topLevelItem(g)->childCount(); ++c)
                rules << tree->topLevelItem(g)->child(c)->text(1);
        QCOMPARE(rules.count(QStringLiteral("SPOF")), 3);
        QVERIFY(rules.contains(QStringLiteral("DB-SINGLE-WRITER")));
        QVERIFY(rules.contains(QStringLiteral("TLS-ENDS-AT-LB")));
        QVERIFY(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("Warning")));
        // Badges: worst severity per node.
        QCOMPARE(m_overlay->badges().value(QStringLiteral("web-1")), Severity::Warning);
        QVERIFY(!m_overlay->badges().contains(QStringLiteral("sumo")));
        auto *combo = m_panel->findChild<QComboBox *>(QStringLiteral("profileCombo"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("scale-up"));
        if (!qEnvironmentVariableIsEmpty("SW_SCREENSHOT_DIR")) {
            m_panel->selectFinding(indexOf(rule::Spof, QStringLiteral("web-1")));
            m_panel->resize(460, 640);
            m_panel->grab().save(qEnvironmentVariable("SW_SCREENSHOT_DIR") + QStringLiteral("/findings-panel.png"));
        }
    }

    void selectingAFindingSelectsItsNodes()
    {
        const int i = indexOf(rule::Spof, QStringLiteral("app-1"));
        QVERIFY(i >= 0);
        m_panel->selectFinding(i);
        QCOMPARE(m_selection->ids(), QStringList{"app-1"});
        QCOMPARE(m_overlay->highlighted(), QSet<QString>{"app-1"});
        QVERIFY(m_panel->findChild<QPushButton *>(QStringLiteral("fixButton"))->isEnabled());
    }

    void fixRemovesTheFindingAndUndoRestoresIt()
    {
        const Design before = m_model->design();
        m_panel->selectFinding(indexOf(rule::DbSingleWriter, QStringLiteral("db-1")));
        QVERIFY(m_panel->currentFinding());
        QVERIFY(m_panel->fixSelected());
        QCOMPARE(m_undo->count(), 1);
        QTRY_COMPARE(indexOf(rule::DbSingleWriter, QStringLiteral("db-1")), -1);
        m_undo->undo();
        QVERIFY(m_model->design() == before);
        QTRY_VERIFY(indexOf(rule::DbSingleWriter, QStringLiteral("db-1")) >= 0);
    }

    void revalidatesOnEdits()
    {
        QVERIFY(indexOf(rule::NoHttps, QStringLiteral("lb-cluster")) < 0);
        m_undo->push(new SetPropertyCommand(m_model, QStringLiteral("haproxy-1"), QStringLiteral("tls"), QStringLiteral("none")));
        m_undo->push(new SetPropertyCommand(m_model, QStringLiteral("haproxy-2"), QStringLiteral("tls"), QStringLiteral("none")));
        QTRY_VERIFY(indexOf(rule::NoHttps, QStringLiteral("lb-cluster")) >= 0);
        QCOMPARE(m_overlay->badges().value(QStringLiteral("lb-cluster")), Severity::Error); // an error under scale-up
    }

    void switchingOffPersistsInTheDesign()
    {
        m_panel->switchOff(QStringLiteral("SPOF"), QStringLiteral("single servers are the exercise"));
        QCOMPARE(m_model->design().suppressions.size(), 1);
        QCOMPARE(m_model->design().suppressions.first().reason, QStringLiteral("single servers are the exercise"));
        QVERIFY(writeJson(m_model->design()).contains("single servers are the exercise"));
        QCOMPARE(indexOf(rule::Spof, QStringLiteral("web-1")), -1);
        QCOMPARE(m_panel->result().suppressed, 3);
        QVERIFY(!m_overlay->badges().contains(QStringLiteral("web-1")));
        m_panel->switchOn(QStringLiteral("SPOF"));
        QVERIFY(m_model->design().suppressions.isEmpty());
        QVERIFY(indexOf(rule::Spof, QStringLiteral("web-1")) >= 0);
        m_undo->undo();
        QCOMPARE(m_model->design().suppressions.size(), 1);
    }

    void profileSwitcherChangesTheDesignProfile()
    {
        auto *combo = m_panel->findChild<QComboBox *>(QStringLiteral("profileCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("distributed")));
        QCOMPARE(m_model->design().profile, QStringLiteral("distributed"));
        QCOMPARE(m_panel->result().profile, QStringLiteral("distributed"));
        QVERIFY(indexOf(rule::ProfileReplica, QString()) >= 0);
        m_undo->undo();
        QTRY_COMPARE(combo->currentData().toString(), QStringLiteral("scale-up"));
    }
};

QTEST_MAIN(TestFindingsPanel)
#include "test_findings_panel.moc"
