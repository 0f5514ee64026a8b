// Saving a small change to a .stackwright file writes only what changed, in
// one transaction; the result always reads back as the saved design.
#include "core/io/nativedocument.h"
#include "core/io/sqlitestore.h"
#include "core/io/templates.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sw;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Design templateDesign(const QString &name)
{
    Design d;
    QString error;
    if (!loadTemplate(name, &d, &error))
        qWarning("%s", qPrintable(error));
    return d;
}

Node noteNode(const QString &id, const QString &text)
{
    Node n;
    n.id = id;
    n.kind = Kind::Note;
    n.label = id;
    n.hasPos = true;
    n.pos = QPointF(1500, 40);
    n.props.insert("text", text);
    n.props.insert("colour", "yellow");
    return n;
}

} // namespace

class TestNativeDocument : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_file;
    NativeDocument m_doc;
    Design m_design;

    // Saves m_design, checks how, and that the file reads back equal.
    void saveAndCheck(bool incremental, int rows)
    {
        QString error;
        QVERIFY2(m_doc.save(m_design, m_file, &error), qPrintable(error));
        QCOMPARE(m_doc.lastSave().incremental, incremental);
        if (rows >= 0)
            QCOMPARE(m_doc.lastSave().rowsWritten, rows);
        Design back;
        QVERIFY2(SqliteStore::read(m_file, &back, &error), qPrintable(error));
        QVERIFY(back == m_design);
        QVERIFY(m_doc.baseline() == m_design);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath("design.stackwright");
        QFile::remove(m_file);
        m_doc.clear();
        m_design = templateDesign("redundant");
        saveAndCheck(false, -1);
        QVERIFY(m_doc.lastSave().rowsWritten > int(m_design.nodes().size() + m_design.links().size()));
    }
    void cleanup() { SqliteStore::setFaultHookForTests({}); }

    void unchangedWritesNothing() { saveAndCheck(true, 0); }

    void oneProperty()
    {
        m_design.node("gunicorn-1")->props.insert("port", qint64(8001));
        saveAndCheck(true, 1);
    }

    void propertyRemovedAndAdded()
    {
        m_design.node("web-1")->props.remove("os");
        m_design.node("web-1")->props.insert("rack", "B7");
        saveAndCheck(true, 2);
    }

    void propertyTypeChange()
    {
        m_design.node("web-1")->props.insert("weight", qint64(2));
        saveAndCheck(true, 1);
        m_design.node("web-1")->props.insert("weight", 2.0); // same value, now a double
        saveAndCheck(true, 1);
    }

    void moveAndRelabel()
    {
        m_design.node("web-1")->pos += QPointF(10, 20);
        saveAndCheck(true, 1);
        m_design.node("apache-1")->label = "Apache, first";
        m_design.node("apache-2")->hasPos = false;
        saveAndCheck(true, 2);
    }

    void addAtTheEndAndInTheMiddle()
    {
        m_design.insertNode(noteNode("note-end", "at the end"));
        saveAndCheck(true, 3); // the row and its two props
        m_design.insertNode(noteNode("note-mid", "in the middle"), 3);
        saveAndCheck(true, 3);
        QCOMPARE(m_design.nodes()[3].id, QString("note-mid"));
        m_design.insertNode(noteNode("note-first", "first"), 0);
        saveAndCheck(true, 3);
    }

    void removeNodeAndLinks()
    {
        // A database server with three children; its links go too.
        const QStringList gone = m_design.subtree("db-2");
        int rows = 0;
        for (const QString &id : gone)
            rows += 1 + int(m_design.node(id)->props.size());
        for (const QString &id : gone)
            for (const QString &l : m_design.linksOf(id)) {
                m_design.removeLink(l);
                ++rows;
            }
        for (const QString &id : gone)
            m_design.removeNode(id);
        // The same value again is no change.
        m_design.node("fw-db-1")->props.insert("allow", QStringList{"3306/tcp from app-1", "3306/tcp from app-2"});
        m_design.node("mysql-primary")->props.remove("role");
        saveAndCheck(true, rows + 1);
    }

    void addLinkAndEditLink()
    {
        Link l;
        l.id = "extra";
        l.from = "users";
        l.to = "www";
        l.protocol = Protocol::Dns;
        m_design.insertLink(l, 1);
        saveAndCheck(true, 1);
        m_design.link("extra")->port = 5353;
        saveAndCheck(true, 1);
    }

    void reorder()
    {
        Node last = m_design.nodes().back();
        m_design.removeNode(last.id);
        m_design.insertNode(last, 0);
        saveAndCheck(true, 1); // only its order changes
    }

    void designWideValues()
    {
        m_design.name = "Renamed";
        saveAndCheck(true, 1);
        m_design.suppressions = {{"SPOF", "lab"}, {"NO-HTTPS", "internal"}};
        saveAndCheck(true, 2);
        m_design.suppressions.removeLast();
        saveAndCheck(true, 3); // delete both, insert one
        m_design.extensions.insert("scenarios", QJsonArray{QJsonObject{{"name", "lb down"}}});
        saveAndCheck(true, 1);
    }

    void manyInsertsAtOnePlaceFallBackToAFullSave()
    {
        bool sawFull = false;
        for (int i = 0; i < 30; ++i) {
            m_design.insertNode(noteNode(QString("n%1").arg(i), "squeezed"), 1);
            QString error;
            QVERIFY2(m_doc.save(m_design, m_file, &error), qPrintable(error));
            sawFull = sawFull || !m_doc.lastSave().incremental;
            Design back;
            QVERIFY2(SqliteStore::read(m_file, &back, &error), qPrintable(error));
            QVERIFY(back == m_design);
        }
        QVERIFY(sawFull); // the gaps ran out once and everything was renumbered
        m_design.node("n0")->label = "after renumbering";
        saveAndCheck(true, 1);
    }

    void fileChangedBehindOurBack()
    {
        QString error;
        Design other = templateDesign("scale-up");
        QTest::qWait(20); // a different modification time
        QVERIFY(SqliteStore::write(other, m_file, &error));
        m_design.name = "ours";
        saveAndCheck(false, -1);
    }

    void otherFileIsAFullSave()
    {
        const QString copy = m_dir.filePath("copy.stackwright");
        QString error;
        QVERIFY(m_doc.save(m_design, copy, &error));
        QCOMPARE(m_doc.lastSave().incremental, false);
        QCOMPARE(m_doc.path(), QFileInfo(copy).absoluteFilePath());
        m_design.name = "copy";
        QVERIFY(m_doc.save(m_design, copy, &error));
        QCOMPARE(m_doc.lastSave().incremental, true);
        QCOMPARE(m_doc.lastSave().rowsWritten, 1);
    }

    void loadThenSave()
    {
        NativeDocument other;
        Design d;
        QString error;
        QVERIFY2(other.load(m_file, &d, &error), qPrintable(error));
        QVERIFY(d == m_design);
        d.node("haproxy-2")->props.insert("algorithm", "leastconn");
        QVERIFY2(other.save(d, m_file, &error), qPrintable(error));
        QCOMPARE(other.lastSave().incremental, true);
        QCOMPARE(other.lastSave().rowsWritten, 1);
        Design back;
        QVERIFY(SqliteStore::read(m_file, &back, &error));
        QVERIFY(back == d);
        QVERIFY(!other.load(m_dir.filePath("nothing.stackwright"), &d, &error));
        QVERIFY2(error.contains("nothing.stackwright"), qPrintable(error));
    }

    void failedIncrementalSaveLeavesTheFile()
    {
        const QByteArray before = fileBytes(m_file);
        SqliteStore::setFaultHookForTests([](const char *stage) { return qstrcmp(stage, "incremental") == 0; });
        m_design.node("gunicorn-1")->props.insert("port", qint64(8002));
        m_design.insertNode(noteNode("late", "never saved"));
        QString error;
        QVERIFY(!m_doc.save(m_design, m_file, &error));
        QVERIFY2(error.contains(m_file) && error.contains("simulated failure"), qPrintable(error));
        QCOMPARE(fileBytes(m_file), before);
        QCOMPARE(QDir(m_dir.path()).entryList({"design.stackwright*"}, QDir::Files | QDir::Hidden),
                 QStringList{"design.stackwright"});
        SqliteStore::setFaultHookForTests({});
        QString e2;
        QVERIFY2(m_doc.save(m_design, m_file, &e2), qPrintable(e2));
        Design back;
        QVERIFY(SqliteStore::read(m_file, &back, &e2));
        QVERIFY(back == m_design);
    }

    void bigDesignOneChangeOneRow()
    {
        Design big;
        big.name = "big";
        for (int i = 0; i < 2000; ++i) {
            Node s;
            s.id = QString("s%1").arg(i);
            s.kind = Kind::Server;
            s.hasPos = true;
            s.pos = QPointF(i * 10, 0);
            s.props.insert("hostname", QString("host-%1").arg(i));
            big.insertNode(s);
        }
        m_design = big;
        m_doc.clear();
        saveAndCheck(false, -1);
        m_design.node("s1234")->pos = QPointF(5, 5);
        saveAndCheck(true, 1);
    }
};

QTEST_GUILESS_MAIN(TestNativeDocument)
#include "test_nativedocument.moc"
