// The desktop application run unattended (--screenshot, as scripts, docs and
// CI do): nothing may wait for an answer. A design that cannot be opened is
// an error on stderr naming the file, with exit code 1; an autosave left by
// an earlier session is neither offered nor thrown away, so the next
// interactive start still offers it.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Result {
    int code = -1;
    QByteArray err;
};

Result app(const QTemporaryDir &home, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("XDG_DATA_HOME", home.filePath(QStringLiteral("data")));
    env.insert("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")));
    env.insert("LANGUAGE", "en");
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SW_APP_PATH), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardError()};
}

// Where the application keeps its autosave ("recovery.json" in its data folder).
QString recoveryFile(const QTemporaryDir &home)
{
    return home.filePath(QStringLiteral("data/Stackwright/Stackwright/recovery.json"));
}

} // namespace

class TestAppUnattended : public QObject {
    Q_OBJECT
private slots:
    void aScreenshotLeavesTheAutosaveForLater()
    {
        QTemporaryDir home;
        QVERIFY(QDir().mkpath(QFileInfo(recoveryFile(home)).absolutePath()));
        QFile::copy(QStringLiteral(SW_SOURCE_DIR "/tests/bundle/twobytwo.json"), recoveryFile(home));
        const QByteArray before = [&] {
            QFile f(recoveryFile(home));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!before.isEmpty());
        const QString shot = home.filePath(QStringLiteral("shot.png"));
        const Result r = app(home, {QStringLiteral("--screenshot"), shot, QStringLiteral("--template"), QStringLiteral("scale-up")});
        QCOMPARE(r.code, 0); // -1: it waited (for the recovery question) until killed
        QVERIFY(!QImage(shot).isNull());
        QFile f(recoveryFile(home));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void aDesignThatCannotBeOpenedIsAnErrorNamingIt()
    {
        QTemporaryDir home;
        const QString bad = home.filePath(QStringLiteral("broken.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ \"format\": \"stackwright-design\", ");
        f.close();
        const QString shot = home.filePath(QStringLiteral("shot.png"));
        const Result r = app(home, {QStringLiteral("--screenshot"), shot, bad});
        QCOMPARE(r.code, 1); // -1: a message box waited until killed
        QVERIFY2(r.err.contains("broken.json"), r.err.constData());
        QVERIFY(!QFile::exists(shot));
    }
};

QTEST_GUILESS_MAIN(TestAppUnattended)
#include "test_app_unattended.moc"
