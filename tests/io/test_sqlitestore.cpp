// The native .stackwright file: lossless round trips, the schema's pragmas,
// the migration of a version 1 file made by hand, refusals that leave the
// file untouched, and saves that fail midway without harming the old file.
#include "core/io/designfile.h"
#include "core/io/jsonformat.h"
#include "core/io/sqlitestore.h"
#include "core/io/templates.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

using namespace sw;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &b)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(b);
}

// Runs raw SQL on a file, as another program would.
bool rawSql(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK;
    char *err = nullptr;
    ok = ok && sqlite3_exec(db, sql, nullptr, nullptr, &err) == SQLITE_OK;
    if (err) {
        qWarning("%s", err);
        sqlite3_free(err);
    }
    sqlite3_close(db);
    return ok;
}

qint64 rawPragma(const QString &path, const char *pragma)
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *st = nullptr;
    qint64 v = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(db, QByteArray("PRAGMA ").append(pragma).constData(), -1, &st, nullptr) == SQLITE_OK
        && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

// A design with everything a Design can hold.
Design richDesign()
{
    Design d;
    d.name = "Rich ✓ design";
    d.profile = "secured-monitored";
    d.suppressions = {{"SPOF", "a lab machine"}, {"NO-MONITORING", ""}};
    d.extensions.insert("scenarios", QJsonArray{QJsonObject{{"name", "db down"}, {"failed", QJsonArray{"s1"}}}});
    d.extensions.insert("activity", QJsonObject{{"title", "Lab 3"}, {"points", 10}});
    Node z;
    z.id = "zone-1";
    z.kind = Kind::Zone;
    z.label = "Private";
    z.hasPos = true;
    z.pos = QPointF(-40.25, 12);
    z.props.insert("trust", "private");
    d.insertNode(z);
    Node app; // listed before its server
    app.id = "app";
    app.kind = Kind::AppServer;
    app.parent = "s1";
    app.props.insert("port", qint64(9000));
    d.insertNode(app);
    Node s;
    s.id = "s1";
    s.kind = Kind::Server;
    s.parent = "zone-1";
    s.label = "Server\nnumber one";
    s.hasPos = true;
    s.pos = QPointF(20, 30.5);
    s.props.insert("hostname", "s-1");
    s.props.insert("availability", 0.995);
    s.props.insert("rack", "B7");             // unknown keys of every type
    s.props.insert("weight", 2.0);            // a whole double stays a double
    s.props.insert("count", qint64(3));
    s.props.insert("spare", true);
    s.props.insert("tags", QStringList{"blue", "green"});
    s.props.insert("empty", QStringList{});
    s.props.insert("blank", QString(""));
    d.insertNode(s);
    Node fw;
    fw.id = "fw";
    fw.kind = Kind::Firewall;
    fw.parent = "s1";
    fw.props.insert("allow", QStringList{"8000/tcp from s1"});
    d.insertNode(fw);
    Node users;
    users.id = "users";
    users.kind = Kind::Internet;
    d.insertNode(users);
    Link l;
    l.id = "req";
    l.from = "users";
    l.to = "app";
    l.protocol = Protocol::Tcp;
    l.port = 9000;
    l.label = "requests";
    d.insertLink(l);
    Link l2;
    l2.id = "ssh";
    l2.from = "users";
    l2.to = "s1";
    l2.protocol = Protocol::Ssh;
    d.insertLink(l2);
    return d;
}

} // namespace

class TestSqliteStore : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    void expectRefusal(const QString &file, const QString &expected)
    {
        const QByteArray before = fileBytes(file);
        Design d;
        d.name = "untouched";
        QString error;
        QVERIFY(!loadDesignFile(file, &d, &error));
        QVERIFY2(error.contains(file), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(d.name, QString("untouched"));
        QCOMPARE(fileBytes(file), before);
        QVERIFY(!QFile::exists(file + "-journal"));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { SqliteStore::setFaultHookForTests({}); }

    void richRoundTrip()
    {
        const Design d = richDesign();
        QString error;
        int rows = 0;
        QVERIFY2(SqliteStore::write(d, path("rich.stackwright"), &error, &rows), qPrintable(error));
        // design + 2 suppressions + 5 nodes + 12 props + 2 links + 2 meta
        QCOMPARE(rows, 1 + 2 + 5 + 12 + 2 + 2);
        Design back;
        QVERIFY2(SqliteStore::read(path("rich.stackwright"), &back, &error), qPrintable(error));
        QVERIFY(back == d);
        const Node *s = back.node("s1");
        QCOMPARE(s->props.value("weight").typeId(), int(QMetaType::Double));
        QCOMPARE(s->props.value("spare").typeId(), int(QMetaType::Bool));
        QCOMPARE(s->props.value("tags").toStringList(), QStringList({"blue", "green"}));
        QCOMPARE(s->props.value("empty").typeId(), int(QMetaType::QStringList));
        QCOMPARE(s->label, QString("Server\nnumber one"));
        QCOMPARE(back.node("app")->hasPos, false);
        QCOMPARE(back.nodes().front().id, QString("zone-1")); // document order kept
        QCOMPARE(back.nodes()[1].id, QString("app"));
        QCOMPARE(back.link("ssh")->port, 0);
    }

    void pragmas()
    {
        QString error;
        QVERIFY2(SqliteStore::write(richDesign(), path("p.stackwright"), &error), qPrintable(error));
        QCOMPARE(rawPragma(path("p.stackwright"), "application_id"), qint64(SqliteStore::kApplicationId));
        QCOMPARE(rawPragma(path("p.stackwright"), "user_version"), qint64(SqliteStore::schemaVersion()));
        QCOMPARE(SqliteStore::schemaVersion(), 2);
        // A rollback-journal file (header bytes 18 and 19 are 1), not WAL: one file to copy around.
        const QByteArray header = fileBytes(path("p.stackwright")).left(100);
        QCOMPARE(int(header[18]), 1);
        QCOMPARE(int(header[19]), 1);
    }

    void everyTemplateRoundTrips_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : templateNames())
            QTest::newRow(qPrintable(n)) << n;
    }

    void everyTemplateRoundTrips()
    {
        QFETCH(QString, name);
        Design d;
        QString error;
        QVERIFY2(loadTemplate(name, &d, &error), qPrintable(error));
        // JSON -> .stackwright -> JSON through the public entry points.
        const QString json = path(name + ".json"), native = path(name + ".stackwright"), back = path(name + "-back.json");
        QVERIFY2(saveDesignFile(d, json, &error), qPrintable(error));
        Design fromJson, fromNative, fromBack;
        QVERIFY2(loadDesignFile(json, &fromJson, &error), qPrintable(error));
        QVERIFY2(saveDesignFile(fromJson, native, &error), qPrintable(error));
        QVERIFY2(loadDesignFile(native, &fromNative, &error), qPrintable(error));
        QVERIFY(fromNative == d);
        QVERIFY2(saveDesignFile(fromNative, back, &error), qPrintable(error));
        QVERIFY2(loadDesignFile(back, &fromBack, &error), qPrintable(error));
        QVERIFY(fromBack == d);
        QCOMPARE(fileBytes(back), fileBytes(json));
    }

    void versionOneFileOpens()
    {
        // A file of schema version 1, written by hand: props as JSON text.
        const QString file = path("v1.stackwright");
        QVERIFY(rawSql(file,
                       "PRAGMA application_id = 1398228039;" // 0x53574447
                       "PRAGMA user_version = 1;"
                       "CREATE TABLE design(name TEXT NOT NULL, profile TEXT NOT NULL DEFAULT '', extensions TEXT NOT NULL DEFAULT '{}');"
                       "CREATE TABLE suppressions(ord INTEGER PRIMARY KEY, rule TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '');"
                       "CREATE TABLE nodes(ord INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,"
                       " label TEXT NOT NULL DEFAULT '', parent TEXT NOT NULL DEFAULT '', x REAL, y REAL, props TEXT NOT NULL DEFAULT '{}');"
                       "CREATE TABLE links(ord INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, from_id TEXT NOT NULL,"
                       " to_id TEXT NOT NULL, protocol TEXT NOT NULL, port INTEGER NOT NULL DEFAULT 0, label TEXT NOT NULL DEFAULT '');"
                       "INSERT INTO design VALUES('Old design', 'simple-web-stack', '{}');"
                       "INSERT INTO suppressions VALUES(1, 'SPOF', 'one box');"
                       "INSERT INTO nodes VALUES(1, 'users', 'internet', 'Users', '', 10, 20, '{}');"
                       "INSERT INTO nodes VALUES(3, 'web', 'web-server', '', 'box', NULL, NULL, '{\"tls\": \"off\", \"x-note\": \"kept\"}');"
                       "INSERT INTO nodes VALUES(2, 'box', 'server', 'Box', '', 200, 40,"
                       " '{\"hostname\": \"box-1\", \"ssh_port\": 2222, \"availability\": 0.9, \"tags\": [\"a\", \"b\"], \"spare\": false}');"
                       "INSERT INTO links VALUES(1, 'l1', 'users', 'web', 'http', 8080, 'requests');"));
        const QByteArray before = fileBytes(file);
        Design d;
        QString error;
        QVERIFY2(loadDesignFile(file, &d, &error), qPrintable(error));
        QCOMPARE(fileBytes(file), before); // upgraded in memory only
        QCOMPARE(rawPragma(file, "user_version"), qint64(1));
        QCOMPARE(d.name, QString("Old design"));
        QCOMPARE(d.profile, QString("simple-web-stack"));
        QCOMPARE(d.suppressions.size(), 1);
        QCOMPARE(int(d.nodes().size()), 3);
        QCOMPARE(d.nodes()[1].id, QString("box")); // by ord
        const Node *box = d.node("box");
        QCOMPARE(box->propString("hostname"), QString("box-1"));
        QCOMPARE(box->propInt("ssh_port"), 2222);
        QCOMPARE(box->propNumber("availability"), 0.9);
        QCOMPARE(box->propList("tags"), QStringList({"a", "b"}));
        QCOMPARE(box->props.value("spare").typeId(), int(QMetaType::Bool));
        QCOMPARE(box->pos, QPointF(200, 40));
        QCOMPARE(d.node("web")->props.value("x-note").toString(), QString("kept"));
        QCOMPARE(d.node("web")->hasPos, false);
        QCOMPARE(d.link("l1")->port, 8080);
        // Saving writes the current schema.
        QVERIFY2(saveDesignFile(d, file, &error), qPrintable(error));
        QCOMPARE(rawPragma(file, "user_version"), qint64(SqliteStore::schemaVersion()));
        Design again;
        QVERIFY2(loadDesignFile(file, &again, &error), qPrintable(error));
        QVERIFY(again == d);
    }

    void damagedVersionOneFileIsRefused()
    {
        const QString file = path("v1-bad.stackwright");
        QVERIFY(rawSql(file,
                       "PRAGMA application_id = 1398228039; PRAGMA user_version = 1;"
                       "CREATE TABLE design(name TEXT, profile TEXT, extensions TEXT);"
                       "CREATE TABLE suppressions(ord INTEGER PRIMARY KEY, rule TEXT, reason TEXT);"
                       "CREATE TABLE nodes(ord INTEGER PRIMARY KEY, id TEXT UNIQUE, kind TEXT, label TEXT, parent TEXT, x REAL, y REAL, props TEXT);"
                       "CREATE TABLE links(ord INTEGER PRIMARY KEY, id TEXT UNIQUE, from_id TEXT, to_id TEXT, protocol TEXT, port INTEGER, label TEXT);"
                       "INSERT INTO design VALUES('x', '', '{}');"
                       "INSERT INTO nodes VALUES(1, 'users', 'internet', '', '', NULL, NULL, '{not json');"));
        expectRefusal(file, "node \"users\"");
        expectRefusal(file, "schema version 1 to 2");
    }

    void newerFileIsRefusedUntouched()
    {
        const QString file = path("newer.stackwright");
        QString error;
        QVERIFY(SqliteStore::write(richDesign(), file, &error));
        QVERIFY(rawSql(file, "PRAGMA user_version = 99"));
        expectRefusal(file, "newer Stackwright");
        expectRefusal(file, "99");
    }

    void foreignFilesAreRefusedUntouched()
    {
        const QString other = path("other.stackwright");
        QVERIFY(rawSql(other, "PRAGMA application_id = 305419896; CREATE TABLE t(x); INSERT INTO t VALUES(1);"));
        expectRefusal(other, "not a Stackwright file");
        expectRefusal(other, "0x12345678");

        const QString plain = path("plain.stackwright");
        QVERIFY(rawSql(plain, "CREATE TABLE nodes(x); INSERT INTO nodes VALUES(1);"));
        expectRefusal(plain, "another program");

        const QString text = path("text.stackwright");
        writeBytes(text, "hello, this is text and not a database at all, not even close to one.....................");
        expectRefusal(text, "not an SQLite database");

        const QString json = path("json.stackwright");
        writeBytes(json, "{\"format\": \"stackwright-design\"}");
        expectRefusal(json, "looks like JSON");

        const QString empty = path("empty.stackwright");
        writeBytes(empty, "");
        expectRefusal(empty, "empty");

        Design d;
        QString error;
        QVERIFY(!loadDesignFile(path("missing.stackwright"), &d, &error));
        QVERIFY2(error.contains("does not exist"), qPrintable(error));
        QVERIFY(!QFile::exists(path("missing.stackwright")));
    }

    void damagedFilesAreRefusedUntouched()
    {
        Design big;
        QString error;
        QVERIFY(loadTemplate("redundant", &big, &error));
        const QString good = path("good.stackwright");
        QVERIFY(SqliteStore::write(big, good, &error));
        const QByteArray bytes = fileBytes(good);
        QVERIFY(bytes.size() >= 4096 * 3);

        // Cut short in the header.
        const QString cut = path("cut.stackwright");
        writeBytes(cut, bytes.left(50));
        expectRefusal(cut, "damaged");

        // Cut short after the first page.
        const QString truncated = path("truncated.stackwright");
        writeBytes(truncated, bytes.left(4096 + 100));
        expectRefusal(truncated, "damaged");

        // Garbage over every page but the first.
        QByteArray garbled = bytes;
        for (int i = 4096; i < garbled.size(); ++i)
            garbled[i] = char((i * 7919) & 0xff);
        const QString bad = path("garbled.stackwright");
        writeBytes(bad, garbled);
        expectRefusal(bad, "damaged");

        // A valid database whose contents break the format.
        const QString wrongKind = path("wrongkind.stackwright");
        QVERIFY(SqliteStore::write(big, wrongKind, &error));
        QVERIFY(rawSql(wrongKind, "UPDATE nodes SET kind = 'mainframe' WHERE id = 'web-1'"));
        expectRefusal(wrongKind, "node \"web-1\", field \"kind\": unknown kind \"mainframe\"");

        const QString badPort = path("badport.stackwright");
        QVERIFY(SqliteStore::write(big, badPort, &error));
        QVERIFY(rawSql(badPort, "UPDATE node_props SET value = 0 WHERE node = 'gunicorn-1' AND key = 'port'"));
        expectRefusal(badPort, "node \"gunicorn-1\", field \"props.port\"");

        const QString noTable = path("notable.stackwright");
        QVERIFY(SqliteStore::write(big, noTable, &error));
        QVERIFY(rawSql(noTable, "DROP TABLE links"));
        expectRefusal(noTable, "damaged");
    }

    void failedSaveLeavesTheOldFile_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::newRow("while storing rows") << "rows";
        QTest::newRow("while writing the file") << "file";
    }

    void failedSaveLeavesTheOldFile()
    {
        QFETCH(QString, stage);
        QTemporaryDir dir;
        const QString file = dir.filePath("design.stackwright");
        Design old, next;
        QString error;
        QVERIFY(loadTemplate("scale-up", &old, &error));
        QVERIFY(loadTemplate("redundant", &next, &error));
        QVERIFY(SqliteStore::write(old, file, &error));
        const QByteArray before = fileBytes(file);

        int calls = 0;
        SqliteStore::setFaultHookForTests([&](const char *s) {
            ++calls;
            return stage == QLatin1String(s);
        });
        QVERIFY(!saveDesignFile(next, file, &error));
        QVERIFY(calls > 0);
        QVERIFY2(error.contains(file) && error.contains("simulated failure"), qPrintable(error));
        QCOMPARE(fileBytes(file), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"design.stackwright"});
        Design back;
        QVERIFY(loadDesignFile(file, &back, &error));
        QVERIFY(back == old);

        SqliteStore::setFaultHookForTests({});
        QVERIFY2(saveDesignFile(next, file, &error), qPrintable(error));
        QVERIFY(loadDesignFile(file, &back, &error));
        QVERIFY(back == next);
    }

    void unwritableTargetFailsCleanly()
    {
        Design d = richDesign();
        QString error;
        QVERIFY(!saveDesignFile(d, path("no/such/folder/x.stackwright"), &error));
        QVERIFY2(error.contains("no/such/folder/x.stackwright"), qPrintable(error));
        QVERIFY(!QFile::exists(path("no/such/folder/x.stackwright")));
    }
};

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "test_sqlitestore.moc"
