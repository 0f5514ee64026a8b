// Every text the program asks to translate must be in the .ts files under the
// very context it asks with: lupdate files a string under the context it
// sees in the source, the program looks it up under the context it passes at
// run time, and when the two differ the translation is never used.
//
// A recording translator is installed while the core, the rules, the report
// and the file readers produce their texts; each (context, text) asked for
// must be in translations/stackwright_fr.ts (and _es.ts). The sources are also
// checked for the pattern that caused such mismatches: a free helper named tr.
#include "exporters/pictures/graphvizlayout.h"
#include "core/io/designfile.h"
#include "core/io/jsonformat.h"
#include "core/io/templates.h"
#include "core/model/check.h"
#include "look/nodepainter.h"
#include "exporters/pictures/reportexporter.h"
#include "core/rules/reports.h"
#include "exporters/bundle/stackconfig.h"
#include "core/rules/validator.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace sw;
using sw::bundle::StackConfig;
using sw::bundle::buildStackConfig;

namespace {
using Key = QPair<QString, QString>; // context, source text

// Remembers what it is asked; translates nothing.
class RecordingTranslator : public QTranslator {
public:
    QSet<Key> asked;
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const_cast<RecordingTranslator *>(this)->asked.insert(
            {QString::fromUtf8(context), QString::fromUtf8(sourceText)});
        return {};
    }
    bool isEmpty() const override { return false; }
};

QSet<Key> tsMessages(const QString &path)
{
    QSet<Key> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("context"))
            context.clear();
        else if (xml.name() == QLatin1String("name") && context.isEmpty())
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            out.insert({context, xml.readElementText()});
    }
    return out;
}

// Ours: Qt's own contexts (QObject, QPlatformTheme, ...) are Qt's business.
bool ours(const QString &context) { return context.startsWith(QLatin1String("sw")) || context == QLatin1String("main"); }
} // namespace

class TestTranslationContexts : public QObject {
    Q_OBJECT

private slots:
    void askedTextsAreInTheTsFiles_data()
    {
        QTest::addColumn<QString>("ts");
        QTest::newRow("fr") << QStringLiteral(SW_SOURCE_DIR "/translations/stackwright_fr.ts");
        QTest::newRow("es") << QStringLiteral(SW_SOURCE_DIR "/translations/stackwright_es.ts");
    }
    void askedTextsAreInTheTsFiles()
    {
        QFETCH(QString, ts);
        const QSet<Key> known = tsMessages(ts);
        QVERIFY2(known.size() > 500, qPrintable(ts));

        RecordingTranslator recorder;
        QCoreApplication::installTranslator(&recorder);
        // Templates, checks, every rule's texts, the validator's findings, the report.
        for (const QString &name : templateNames()) {
            Design d;
            QString error;
            QVERIFY(loadTemplate(name, &d, &error));
            checkDesign(d);
            const ValidationResult result = Validator::validate(d);
            resultToText(d.name, result);
            ReportExporter::html(d, PictureOptions(), ReportFindings());
            for (const Node &n : d.nodes())
                NodePainter::subtitleOf(n);
            StackConfig config;
            buildStackConfig(d, &config, &error);
        }
        for (const KindInfo &k : allKinds()) {
            kindTitle(k.kind);
            kindDescription(k.kind);
        }
        {
            // Layout stages, and what a cancelled layout says.
            Design d;
            QString error;
            QVERIFY(loadTemplate(QStringLiteral("scale-up"), &d, &error));
            GraphvizLayout layout;
            QStringList stages;
            layout.compute(d, LayoutOptions(), [&](int, const QString &stage) { stages << stage; return true; });
            QVERIFY(stages.size() >= 3);
            const LayoutResult cancelled = layout.compute(d, LayoutOptions(), [](int, const QString &) { return false; });
            QVERIFY(!cancelled.error.isEmpty());
        }
        {
            // What the bundle planner says about values it cannot use.
            Design d;
            QString error;
            QVERIFY(loadTemplate(QStringLiteral("scale-up"), &d, &error));
            for (const Node *server : d.nodesOfKind(Kind::Server))
                d.node(server->id)->props.insert(QStringLiteral("hostname"), QStringLiteral("same-name"));
            StackConfig config;
            QVERIFY(!buildStackConfig(d, &config, &error));
        }
        catalogToText();
        // What the readers say about bad input.
        Design d;
        QString error;
        const QByteArray bad[] = {
            "{",
            "[]",
            R"({"format":"stackwright-design","version":99,"name":"x","nodes":[],"links":[]})",
            R"({"format":"stackwright-design","version":1,"name":"x","nodes":[{"id":"a","kind":"teapot"}],"links":[]})",
            R"({"format":"stackwright-design","version":1,"name":"x","nodes":[{"id":"a","kind":"server","props":{"address":"999.1.1.1"}}],"links":[]})",
            R"({"format":"stackwright-design","version":1,"name":"x","nodes":[],"links":[{"id":"l","from":"a","to":"b","protocol":"https"}]})",
        };
        for (const QByteArray &bytes : bad) {
            error.clear();
            QVERIFY(!readJson(bytes, &d, &error));
            QVERIFY(!error.isEmpty());
        }
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("junk.stackwright")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a database at all");
        junk.close();
        QVERIFY(!loadDesignFile(junk.fileName(), &d, &error));
        QVERIFY(!loadDesignFile(dir.filePath(QStringLiteral("missing.json")), &d, &error));
        QCoreApplication::removeTranslator(&recorder);

        QStringList missing;
        int checked = 0;
        for (const Key &k : std::as_const(recorder.asked)) {
            if (!ours(k.first))
                continue;
            ++checked;
            if (!known.contains(k))
                missing << QStringLiteral("%1: \"%2\"").arg(k.first, k.second.left(60));
        }
        missing.sort();
        QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 texts asked for under a context the .ts file does not "
                                                              "have them in (run update_translations, or fix the "
                                                              "context):\n  %2")
                                                   .arg(missing.size())
                                                   .arg(missing.mid(0, 25).join(QStringLiteral("\n  ")))));
    }

    void noFreeTrHelpers()
    {
        // `QString tr(const char *s) { return QCoreApplication::translate("sw::X", s); }`
        // outside a class: lupdate files its strings under the enclosing
        // class or namespace, not "sw::X". Use a struct with
        // Q_DECLARE_TR_FUNCTIONS(sw::X) and call X::tr() instead.
        const QRegularExpression helper(QStringLiteral(R"(^\s*(static\s+)?QString\s+tr\s*\(\s*const\s+char\s*\*)"),
                                        QRegularExpression::MultilineOption);
        QStringList offenders;
        int files = 0;
        for (const char *sub : {"core", "exporters", "widgets", "app"}) {
            QDirIterator it(QStringLiteral(SW_SOURCE_DIR "/") + QLatin1String(sub), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                ++files;
                if (helper.match(QString::fromUtf8(f.readAll())).hasMatch())
                    offenders << QDir(QStringLiteral(SW_SOURCE_DIR)).relativeFilePath(f.fileName());
            }
        }
        QVERIFY(files > 100);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestTranslationContexts)
#include "test_translation_contexts.moc"
