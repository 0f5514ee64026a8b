// The shell bundle files a change to a design changes (exporters/bundle/
// bundlediff.h): server scripts followed by their server through the match,
// renumbered scripts reported as changed, a design without a bundle named.
#include "exporters/bundle/bundlediff.h"
#include "core/diff/designdiff.h"
#include "core/io/templates.h"

#include <QtTest>

using namespace sw;
using namespace sw::bundle;

namespace {

Design load(const QString &name)
{
    Design d;
    QString error;
    if (!loadTemplate(name, &d, &error))
        qFatal("%s", qPrintable(error));
    return d;
}

QStringList rows(const BundleDiff &b)
{
    QStringList l;
    for (const BundleFileChange &f : b.files)
        l << QStringLiteral("%1 %2 [%3]%4")
                 .arg(BundleFileChange::statusName(f.status), f.path, f.server,
                      f.oldPath.isEmpty() || f.status == BundleFileChange::Status::Removed ? QString() : " was " + f.oldPath);
    return l;
}

} // namespace

class TestBundleDiff : public QObject {
    Q_OBJECT
private slots:
    void securedToScaleUp()
    {
        const Design a = load("secured-monitored"), b = load("scale-up");
        const BundleDiff d = diffShellBundles(a, b, diffDesigns(a, b).oldToNew());
        QVERIFY(d.oldOk && d.newOk);
        QCOMPARE(rows(d), (QStringList{
                              "changed README.md []",
                              "changed deploy.sh []",
                              "added servers/01-db-01.sh [db-1]",
                              "added servers/02-app-01.sh [app-1]",
                              "removed servers/02-web-02.sh [web-2]",
                              "changed servers/03-web-01.sh [web-1] was servers/01-web-01.sh",
                              "changed servers/04-lb-01.sh [lb-1] was servers/03-lb-01.sh",
                              "added servers/05-lb-02.sh [lb-2]",
                              "changed servers/order.txt []",
                          }));
        for (const BundleFileChange &f : d.files)
            if (f.status == BundleFileChange::Status::Changed)
                QVERIFY2(f.linesAdded + f.linesRemoved > 0, qPrintable(f.path));
    }

    void sameDesignSameBundle()
    {
        const Design a = load("redundant");
        const BundleDiff d = diffShellBundles(a, a);
        QVERIFY(d.oldOk && d.newOk);
        QVERIFY(d.files.isEmpty());
    }

    void onePropertyOneScript()
    {
        const Design a = load("scale-up");
        Design b = a;
        // The templates deploy the demo application (no repository); a branch
        // only matters for a repository, so both are set on each side.
        Design a2 = a;
        a2.node("code")->props.insert("repository", "https://git.example.com/foobar/app.git");
        b = a2;
        b.node("code")->props.insert("branch", "release");
        const BundleDiff d = diffShellBundles(a2, b);
        QCOMPARE(rows(d), QStringList{"changed servers/02-app-01.sh [app-1]"});
        QCOMPARE(d.files[0].linesAdded, d.files[0].linesRemoved);
    }

    void aDesignWithoutBundleIsNamed()
    {
        const Design a = load("scale-up");
        Design b = a;
        b.node("web-1")->props.remove("hostname");
        b.node("app-1")->props.insert("hostname", "web-01");   // two servers, one name
        const BundleDiff d = diffShellBundles(a, b);
        QVERIFY(d.oldOk);
        QVERIFY(!d.newOk);
        QVERIFY2(!d.newError.isEmpty(), "the reason is given");
        QVERIFY(d.files.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBundleDiff)
#include "test_bundlediff.moc"
