// The quick fix of PROP-MISSING (issue 12, item 1): in the real findings
// dock, Fix selects the node and puts the cursor into the properties panel's
// editor of the absent property; typing a value there makes the finding go.
#include "widgets/findings/findingsfeature.h"
#include "widgets/findings/findingspanel.h"
#include "core/io/jsonformat.h"
#include "core/model/overlay.h"
#include "core/model/selection.h"
#include "widgets/panels/propertiespanel.h"

#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QUndoStack>
#include <QtTest>

using namespace sw;

class TestPropMissingFocus : public QObject {
    Q_OBJECT
private slots:
    void fixFocusesTheField()
    {
        QMainWindow window;
        auto *model = new DesignModel(&window);
        auto *undo = new QUndoStack(&window);
        auto *selection = new Selection(&window);
        auto *overlay = new Overlay(&window);
        EditorContext ctx;
        ctx.model = model;
        ctx.undo = undo;
        ctx.selection = selection;
        ctx.overlay = overlay;
        ctx.window = &window;
        auto *props = new PropertiesPanel(model, undo, selection);
        window.setCentralWidget(props);
        attachFindings(ctx);
        auto *panel = window.findChild<FindingsPanel *>();
        QVERIFY(panel);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Design d;
        QString error;
        QVERIFY2(readJson(R"({"format":"stackwright-design","version":1,"name":"draft","nodes":[
            {"id":"users","kind":"internet","x":0,"y":0},
            {"id":"dns","kind":"dns","x":200,"y":0}],"links":[]})",
                          &d, &error),
                 qPrintable(error));
        model->reset(d);
        int index = -1;
        QTRY_VERIFY((index = [&] {
            const Findings &fs = panel->result().findings;
            for (int i = 0; i < int(fs.size()); ++i)
                if (fs[size_t(i)].rule == "PROP-MISSING")
                    return i;
            return -1;
        }()) >= 0);
        panel->selectFinding(index);
        QVERIFY(panel->fixSelected());
        QCOMPARE(selection->ids(), QStringList{"dns"});
        auto *domain = qobject_cast<QLineEdit *>(props->editor("domain"));
        QVERIFY(domain);
        QTRY_VERIFY(domain->hasFocus());
        QTest::keyClicks(domain, "www.foobar.com");
        QTest::keyClick(domain, Qt::Key_Return);
        QCOMPARE(model->node("dns")->propString("domain"), QString("www.foobar.com"));
        panel->revalidate();
        for (const Finding &f : panel->result().findings)
            QVERIFY2(f.rule != "PROP-MISSING", qPrintable(f.message));
    }
};

QTEST_MAIN(TestPropMissingFocus)
#include "test_prop_missing_focus.moc"
