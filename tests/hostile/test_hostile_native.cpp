// Hostile .stackwright files (issue 15): views and triggers named like our
// tables, foreign tables and column types, text or blob coordinates, a second
// design row are refused by name before anything is read; reading never
// changes the file or what lies beside it (no journal rollback, no -shm).
#include "tests/hostile/hostilehelpers.h"

#include "core/io/designfile.h"
#include "core/io/sqlitestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace sw;
using namespace hostile;

namespace {

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

// Runs `sql` in a child process that dies without closing the database, as a
// crash during a save would: what the transaction left on disk stays there.
bool sqlThenCrash(const QString &path, const char *sql)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        sqlite3 *db = nullptr;
        if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK
            || sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            ::_exit(3);
        ::_exit(0);
    }
    int status = 0;
    return pid > 0 && ::waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

QStringList filesIn(const QString &dir) { return QDir(dir).entryList(QDir::Files, QDir::Name); }

} // namespace

class TestHostileNative : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_count = 0;

    // A fresh folder holding a valid file of the "redundant" template.
    QString freshFile()
    {
        const QString dir = m_dir.filePath(QString::number(++m_count));
        QDir().mkpath(dir);
        const QString file = dir + QStringLiteral("/d.stackwright");
        QString error;
        if (!SqliteStore::write(templateDesign(), file, &error))
            qFatal("%s", qPrintable(error));
        return file;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void refusedByName_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("view named nodes") << QByteArray("ALTER TABLE nodes RENAME TO real_nodes;"
                                                       "CREATE VIEW nodes AS SELECT * FROM real_nodes;")
                                          << "it holds a view named \"nodes\"";
        // Endless: read as if it were the table, it would never finish.
        QTest::newRow("endless view named design")
            << QByteArray("DROP TABLE design; CREATE VIEW design AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL "
                          "SELECT n + 1 FROM r) SELECT 'x' AS name, '' AS profile, '{}' AS extensions FROM r;")
            << "it holds a view named \"design\"";
        QTest::newRow("trigger") << QByteArray("CREATE TRIGGER t AFTER INSERT ON nodes BEGIN SELECT 1; END;")
                                 << "it holds a trigger named \"t\"";
        QTest::newRow("foreign table") << QByteArray("CREATE TABLE evil(x);") << "a table \"evil\"";
        QTest::newRow("column type") << QByteArray("DROP TABLE meta; CREATE TABLE meta(key TEXT, value BLOB);")
                                     << "the table \"meta\" has the columns (key TEXT, value BLOB), expected (key TEXT, value TEXT)";
        QTest::newRow("missing table") << QByteArray("DROP TABLE links;") << "the table \"links\" is missing";
        QTest::newRow("second design row") << QByteArray("INSERT INTO design VALUES('two', '', '{}');")
                                           << "it holds 2 design rows, a Stackwright file holds exactly one";
        QTest::newRow("no design row") << QByteArray("DELETE FROM design;") << "it holds no design";
        QTest::newRow("text coordinate") << QByteArray("UPDATE nodes SET x = 'far' WHERE id = 'lb-1';")
                                         << "node \"lb-1\", field \"x\": the stored coordinate is not a number";
        QTest::newRow("blob coordinate") << QByteArray("UPDATE nodes SET y = x'0102' WHERE id = 'web-1';")
                                         << "node \"web-1\", field \"y\": the stored coordinate is not a number";
        QTest::newRow("text port") << QByteArray("UPDATE links SET port = 'https' WHERE rowid = (SELECT min(rowid) FROM links);")
                                   << "field \"port\": the stored port is not a whole number";
    }
    void refusedByName()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, expected);
        const QString file = freshFile();
        QVERIFY(rawSql(file, sql.constData()));
        const QByteArray before = fileBytes(file);
        const QStringList beside = filesIn(QFileInfo(file).path());
        Design d;
        QString error;
        QElapsedTimer t;
        t.start();
        QVERIFY(!loadDesignFile(file, &d, &error));
        QVERIFY2(error.startsWith(file) && error.contains(expected), qPrintable(error));
        QVERIFY2(t.elapsed() < 60000, "refused only after a minute"); // the endless view: before the check, never
        QCOMPARE(fileBytes(file), before);
        QCOMPARE(filesIn(QFileInfo(file).path()), beside);
    }

    void hotJournalIsNotRolledBackOnDisk()
    {
        const QString file = freshFile();
        const Design original = templateDesign();
        // An incremental save that crashed midway: pages of the change already
        // in the file (a one-page cache spills them), the journal beside it.
        QVERIFY(sqlThenCrash(file, "PRAGMA journal_mode = DELETE; PRAGMA cache_size = 1; BEGIN;"
                                   "UPDATE design SET name = 'half saved';"
                                   "UPDATE nodes SET label = hex(randomblob(600));"
                                   "INSERT INTO meta VALUES('x', hex(randomblob(3000)));"));
        const QString journal = file + QStringLiteral("-journal");
        QVERIFY(QFileInfo(journal).size() > 0);
        const QByteArray fileBefore = fileBytes(file), journalBefore = fileBytes(journal);
        const QStringList beside = filesIn(QFileInfo(file).path());
        for (int round = 0; round < 2; ++round) {
            Design d;
            QString error;
            QVERIFY2(loadDesignFile(file, &d, &error), qPrintable(error));
            QVERIFY(d == original); // read as it was before the crashed save
            QCOMPARE(fileBytes(file), fileBefore);
            QCOMPARE(fileBytes(journal), journalBefore);
            QCOMPARE(filesIn(QFileInfo(file).path()), beside);
        }
        // A newer version with a leftover journal: refused, nothing rolled back.
        const QString newer = freshFile();
        QVERIFY(rawSql(newer, "PRAGMA user_version = 99"));
        QVERIFY(sqlThenCrash(newer, "PRAGMA cache_size = 1; BEGIN; UPDATE nodes SET label = hex(randomblob(600));"
                                    "INSERT INTO meta VALUES('x', hex(randomblob(3000)));"));
        const QString newerJournal = newer + QStringLiteral("-journal");
        QVERIFY(QFileInfo(newerJournal).size() > 0);
        const QByteArray newerBefore = fileBytes(newer), newerJournalBefore = fileBytes(newerJournal);
        Design d;
        QString error;
        QVERIFY(!loadDesignFile(newer, &d, &error));
        QVERIFY2(error.contains(QLatin1String("newer Stackwright")), qPrintable(error));
        QCOMPARE(fileBytes(newer), newerBefore);
        QCOMPARE(fileBytes(newerJournal), newerJournalBefore);
    }

    void walFileReadWithoutShm()
    {
        const QString file = freshFile();
        QVERIFY(rawSql(file, "PRAGMA journal_mode = WAL;")); // closed cleanly: no -wal, no -shm left
        QCOMPARE(filesIn(QFileInfo(file).path()), QStringList{QStringLiteral("d.stackwright")});
        const QByteArray before = fileBytes(file);
        Design d;
        QString error;
        QVERIFY2(loadDesignFile(file, &d, &error), qPrintable(error));
        QVERIFY(d == templateDesign());
        QCOMPARE(filesIn(QFileInfo(file).path()), QStringList{QStringLiteral("d.stackwright")});
        QCOMPARE(fileBytes(file), before);
    }

    void walWithCommittedChangesReadUnchanged()
    {
        const QString file = freshFile();
        QVERIFY(rawSql(file, "PRAGMA journal_mode = WAL;"));
        // Committed into the -wal, never checkpointed: the writer died.
        QVERIFY(sqlThenCrash(file, "PRAGMA wal_autocheckpoint = 0; UPDATE design SET name = 'in the wal';"));
        const QString wal = file + QStringLiteral("-wal");
        QVERIFY(QFileInfo(wal).size() > 0);
        const QByteArray fileBefore = fileBytes(file), walBefore = fileBytes(wal);
        const QStringList beside = filesIn(QFileInfo(file).path());
        Design d;
        QString error;
        QVERIFY2(loadDesignFile(file, &d, &error), qPrintable(error));
        QCOMPARE(d.name, QString("in the wal"));
        QCOMPARE(fileBytes(file), fileBefore);
        QCOMPARE(fileBytes(wal), walBefore);
        QCOMPARE(filesIn(QFileInfo(file).path()), beside);
    }
};

QTEST_GUILESS_MAIN(TestHostileNative)
#include "test_hostile_native.moc"
