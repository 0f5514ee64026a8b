// README's "Code layout" table matches the tree: a source folder missing
// from the table, or a row naming a folder that does not exist, fails.
#include "tests/structure/codelayout.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace sw::structure;

namespace {
QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
void touch(const QString &root, const QString &path)
{
    QVERIFY(QDir(root).mkpath(QFileInfo(path).path()));
    QFile f(root + QLatin1Char('/') + path);
    QVERIFY(f.open(QIODevice::WriteOnly));
}
} // namespace

class TestCodeLayout : public QObject {
    Q_OBJECT
    const QString m_root = QStringLiteral(SW_SOURCE_DIR);

private slots:
    void readmeTableMatchesTheTree()
    {
        const QString readme = readAll(m_root + QStringLiteral("/README.md"));
        QVERIFY(!readme.isEmpty());
        const QStringList wrong = layoutMismatches(m_root, readme);
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("\n") + wrong.join(QLatin1Char('\n'))));
        // The folders the table must name include the ones of every layer.
        const QStringList folders = sourceFolders(m_root);
        for (const char *f : {"core/model", "look", "exporters/bundle", "deploy/ssh", "widgets/canvas", "app", "app/cli", "tests"})
            QVERIFY2(folders.contains(QLatin1String(f)), f);
    }

    void aMissingOrStaleRowFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString r = dir.path();
        touch(r, QStringLiteral("core/model/design.h"));
        touch(r, QStringLiteral("core/rules/rule.cpp"));
        touch(r, QStringLiteral("widgets/canvas/deep/item.cpp"));
        touch(r, QStringLiteral("app/main.cpp"));
        touch(r, QStringLiteral("docs/x.md"));
        touch(r, QStringLiteral("build/CMakeCache.txt"));
        const QString readme = QStringLiteral(
            "# X\n\n## Code layout\n\n| folder | library | what |\n|---|---|---|\n"
            "| `core/model`, `core/rules` | `swcore` | model |\n"
            "| `widgets/*` (others) | | gone |\n"
            "| `app` | | app |\n\n## Tests\n\n| `docs` | | not this table |\n");
        QCOMPARE(layoutTableFolders(readme), (QStringList{QStringLiteral("core/model"), QStringLiteral("core/rules"),
                                                           QStringLiteral("widgets/*"), QStringLiteral("app")}));
        QCOMPARE(layoutMismatches(r, readme),
                 (QStringList{QStringLiteral("README.md, Code layout: the folder docs is missing from the table"),
                              QStringLiteral("README.md, Code layout: the folder widgets/canvas/deep is missing from the table"),
                              QStringLiteral("README.md, Code layout: the table names widgets/*, which is not a folder of the tree")}));
        QCOMPARE(layoutMismatches(r, QStringLiteral("# X\n")),
                 QStringList{QStringLiteral("README.md has no \"## Code layout\" table")});
    }
};

QTEST_MAIN(TestCodeLayout)
#include "test_code_layout.moc"
