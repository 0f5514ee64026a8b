// One set of semantic checks (issue 12): what the properties panel refuses is
// exactly what the readers refuse. Many values (host names, domains,
// addresses, ports, ids, choices, firewall rules, URLs, labels) are typed
// into the real panel's editors; the same value is written into a .json and
// a .stackwright file and read back. Panel and readers must agree on every one.
// Before: the panel accepted members and installed_on ids of nodes that do
// not exist (or of the wrong kind), and an empty members list, all of which
// the readers refused on the next open.
#include "core/io/jsonformat.h"
#include "core/io/sqlitestore.h"
#include "core/model/check.h"
#include "core/model/designmodel.h"
#include "core/model/selection.h"
#include "widgets/panels/propertiespanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace sw;

namespace {

const char *kDesign = R"({"format":"stackwright-design","version":1,"name":"agree","nodes":[
  {"id":"box","kind":"server","x":0,"y":0,"props":{"hostname":"web-01","address":"10.0.0.11"}},
  {"id":"lb1","kind":"load-balancer","parent":"box","x":10,"y":30},
  {"id":"web","kind":"web-server","parent":"box","x":10,"y":80},
  {"id":"fw","kind":"firewall","parent":"box","x":10,"y":130,"props":{"allow":["80/tcp"]}},
  {"id":"code","kind":"codebase","parent":"box","x":10,"y":180,"props":{"repository":"https://example.org/app.git"}},
  {"id":"box2","kind":"server","x":300,"y":0,"props":{"hostname":"web-02"}},
  {"id":"lb2","kind":"load-balancer","parent":"box2","x":10,"y":30},
  {"id":"c","kind":"cluster","props":{"members":["lb1"],"vip":"10.0.0.10"}},
  {"id":"dns","kind":"dns","x":0,"y":300,"props":{"domain":"www.foobar.com","target":"c"}},
  {"id":"cert","kind":"certificate","x":200,"y":300,"props":{"domain":"www.foobar.com","installed_on":["web"]}},
  {"id":"mon","kind":"monitoring-service","x":400,"y":300,"props":{"endpoint":"https://collect.example.org"}}],
 "links":[]})";

struct Field {
    const char *node;
    const char *key;
    QStringList texts;
};

QVector<Field> fields()
{
    const QStringList hostnames{"web-03", "a", "web_01", "-web", "web-", "WEB-9", QString(63, 'h'), QString(64, 'h'),
                                "h\u00e9", "web.01", "web 01", "", "1st"};
    const QStringList domains{"www.example.org", "example", "no such.org", "a..b", "-a.org", "a-.org",
                              QString(64, 'd') + ".org", "x.y.z.w", "", "www.foobar.com."};
    const QStringList addresses{"10.0.0.12", "10.0.0.256", "::1", "2001:db8::12", "1.2.3", "10.0.0.0/24", "localhost",
                                "", " 10.0.0.1", "010.0.0.1"};
    const QStringList ids{"lb1", "lb2", "lb1, lb2", "ghost", "box", "web", "bad id", "c", "lb1,,lb2", "", "9lb",
                          "lb1, ghost"};
    const QStringList rules{"443/tcp", "22/tcp from lb1", "53/udp", "0/tcp", "65535/tcp", "65536/tcp", "443",
                            "443/sctp", "22/tcp from ghost", "22/tcp from bad id", "80/tcp, 443/tcp", ""};
    const QStringList urls{"https://example.org/x.git", "git@example.org:x/y.git", "ssh://git@h/x", "not a url",
                           "https://", "", "https://exa mple.org/x", "file:///tmp/x"};
    const QStringList strings{"deploy", "", "a b", "main", QString(300, 's')};
    return {
        {"box", "hostname", hostnames},   {"box", "address", addresses},  {"box", "ssh_user", strings},
        {"box2", "hostname", hostnames},  {"c", "members", ids},          {"c", "vip", addresses},
        {"dns", "domain", domains},       {"cert", "domain", domains},    {"cert", "installed_on", ids},
        {"fw", "allow", rules},           {"code", "repository", urls},   {"code", "branch", strings},
        {"mon", "endpoint", urls},
    };
}

} // namespace

class TestCheckAgreement : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Does a file holding `d` open again, in both formats? Both must agree.
    bool readersAccept(const Design &d, QString *why)
    {
        Design back;
        QString jsonError, nativeError;
        const bool json = readJson(writeJson(d), &back, &jsonError);
        const QString path = m_dir.filePath("agree.stackwright");
        QString writeError;
        if (!SqliteStore::write(d, path, &writeError))
            qFatal("cannot write %s: %s", qPrintable(path), qPrintable(writeError));
        const bool native = SqliteStore::read(path, &back, &nativeError);
        if (json != native)
            qFatal("the two readers disagree: json %s, native %s", qPrintable(jsonError), qPrintable(nativeError));
        *why = jsonError;
        return json;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void panelRefusesExactlyWhatTheReadersRefuse()
    {
        Design start;
        QString error;
        QVERIFY2(readJson(kDesign, &start, &error), qPrintable(error));
        int accepted = 0, refused = 0;
        for (const Field &f : fields()) {
            for (const QString &text : f.texts) {
                DesignModel model;
                model.reset(start);
                QUndoStack undo;
                Selection selection;
                PropertiesPanel panel(&model, &undo, &selection);
                panel.show(); // its message shows only on screen
                selection.set({f.node});
                auto *edit = qobject_cast<QLineEdit *>(panel.editor(f.key));
                QVERIFY2(edit, f.key);
                const QString shown = edit->text();
                if (text == shown)
                    continue;
                edit->setText(text);
                emit edit->editingFinished();
                const bool panelAccepts = panel.message().isEmpty();

                Design typed = start;
                const PropertySpec *spec = kindInfo(typed.node(f.node)->kind).prop(f.key);
                const QVariant value = propertyValueFromText(*spec, text);
                if (value.isValid())
                    typed.node(f.node)->props.insert(f.key, value);
                else
                    typed.node(f.node)->props.remove(f.key);
                QString why;
                const bool readers = readersAccept(typed, &why);
                QVERIFY2(panelAccepts == readers,
                         qPrintable(QString("%1.%2 = \"%3\": panel %4 (%5), readers %6 (%7)")
                                        .arg(f.node, f.key, text, panelAccepts ? "accepts" : "refuses", panel.message(),
                                             readers ? "accept" : "refuse", why)));
                if (panelAccepts) {
                    ++accepted;
                    QCOMPARE(model.design(), typed); // and it stored exactly that value
                } else {
                    ++refused;
                    QCOMPARE(model.design(), start); // nothing changed
                }
            }
        }
        // Both sides of the line are exercised.
        QVERIFY2(accepted > 30 && refused > 30, qPrintable(QString("%1 accepted, %2 refused").arg(accepted).arg(refused)));
    }

    void labelsAgree()
    {
        Design start;
        QString error;
        QVERIFY(readJson(kDesign, &start, &error));
        for (const int length : {0, 1, 200, 201, 500}) {
            DesignModel model;
            model.reset(start);
            QUndoStack undo;
            Selection selection;
            PropertiesPanel panel(&model, &undo, &selection);
            panel.show();
            selection.set({"box"});
            auto *edit = qobject_cast<QLineEdit *>(panel.editor("label"));
            QVERIFY(edit);
            const QString text(length, QChar(0x263A));
            edit->setText(text);
            emit edit->editingFinished();
            Design typed = start;
            typed.node("box")->label = text;
            QString why;
            QCOMPARE(panel.message().isEmpty(), readersAccept(typed, &why));
        }
    }

    // Spin boxes and combo boxes offer exactly the values the readers accept.
    void numberAndChoiceEditorsOfferWhatTheReadersAccept()
    {
        Design start;
        QString error;
        QVERIFY(readJson(kDesign, &start, &error));
        DesignModel model;
        model.reset(start);
        QUndoStack undo;
        Selection selection;
        PropertiesPanel panel(&model, &undo, &selection);
        int checked = 0;
        for (const char *id : {"box", "lb1", "web", "code", "c", "dns", "cert", "mon"}) {
            selection.set({id});
            const Node *n = start.node(id);
            for (const PropertySpec &spec : kindInfo(n->kind).props) {
                if (auto *spin = qobject_cast<QSpinBox *>(panel.editor(spec.key))) {
                    QCOMPARE(double(spin->minimum()), spec.min);
                    QCOMPARE(double(spin->maximum()), std::min(spec.max, 2e9));
                    for (const double v : {spec.min - 1, spec.min, spec.max, spec.max + 1}) {
                        const bool inRange = v >= spin->minimum() && v <= spin->maximum();
                        QCOMPARE(checkNodeProperty(start, *n, spec, qint64(v)).isEmpty(), inRange);
                    }
                    ++checked;
                } else if (spec.type == PropType::Choice) {
                    auto *combo = qobject_cast<QComboBox *>(panel.editor(spec.key));
                    QVERIFY2(combo, qPrintable(spec.key));
                    QStringList offered;
                    for (int i = 0; i < combo->count(); ++i)
                        offered << combo->itemData(i).toString();
                    QCOMPARE(offered, spec.choices);
                    for (const QString &c : spec.choices)
                        QVERIFY(checkNodeProperty(start, *n, spec, c).isEmpty());
                    QVERIFY(!checkNodeProperty(start, *n, spec, QStringLiteral("not-a-choice")).isEmpty());
                    ++checked;
                }
            }
        }
        QVERIFY(checked >= 10);
    }
};

QTEST_MAIN(TestCheckAgreement)
#include "test_check_agreement.moc"
