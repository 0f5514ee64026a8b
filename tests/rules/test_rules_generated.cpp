// Pins the findings of the benchmarks' generated designs (1,000 and 10,000
// nodes) to what the validator gave before it was made faster (issue 16):
// the rule, severity, nodes and message of every finding, in order. The
// fixtures were written by the CLI of the commit before the speed work
// (`stackwright-cli validate generated-N.json --format json`, turned into one
// line per finding); the 1k one is kept whole so a difference shows, the 10k
// one as a SHA-256 of the same text. With SW_GENERATED_DESIGNS_DIR set the
// test also writes the generated designs there, to make the fixtures again
// with another build's CLI.
#include "bench/common/generate.h"
#include "core/io/designfile.h"
#include "core/rules/validator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QtTest>

using namespace sw;

namespace {

// One line per finding: rule, severity, nodes (joined by ","), message.
QByteArray findingsText(const ValidationResult &r)
{
    QByteArray out;
    for (const Finding &f : r.findings) {
        out += f.rule.toUtf8() + '\t' + severityName(f.severity).toUtf8() + '\t'
               + f.nodes.join(QLatin1Char(',')).toUtf8() + '\t' + f.message.toUtf8() + '\n';
    }
    return out;
}

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(SW_SOURCE_DIR "/tests/rules/golden/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

Design generated(int nodes)
{
    const Design d = bench::generateDesign(nodes, nodes * 3 / 2);
    const QString dir = qEnvironmentVariable("SW_GENERATED_DESIGNS_DIR");
    if (!dir.isEmpty()) {
        QString error;
        if (!saveDesignFile(d, QDir(dir).filePath(QStringLiteral("generated-%1.json").arg(nodes)), &error))
            qFatal("%s", qPrintable(error));
    }
    return d;
}

} // namespace

class TestRulesGenerated : public QObject {
    Q_OBJECT
private slots:
    void oneThousandNodes()
    {
        const QByteArray text = findingsText(Validator::validate(generated(1000)));
        const QList<QByteArray> got = text.split('\n'), want = fixture(QStringLiteral("generated-1000.txt")).split('\n');
        QVERIFY(got.size() > 100); // the generated design has findings of many rules
        for (int i = 0; i < std::min(got.size(), want.size()); ++i)
            QCOMPARE(got[i], want[i]);
        QCOMPARE(got.size(), want.size());
    }

    void tenThousandNodes()
    {
        const QByteArray text = findingsText(Validator::validate(generated(10000)));
        QCOMPARE(text.count('\n'), 12505);
        QCOMPARE(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex() + '\n',
                 fixture(QStringLiteral("generated-10000.sha256")));
    }
};

QTEST_GUILESS_MAIN(TestRulesGenerated)
#include "test_rules_generated.moc"
