// The French and Spanish translations are complete, keep placeholders and
// plural forms, use the glossary's terms; the built .qm files are real (the
// command line speaks the language of LANG/LANGUAGE) and --format json stays
// English whatever the language.
#include "tests/i18n/tscheck.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tscheck;

namespace {

const char *const kLangs[] = {"fr", "es"};

QString tsPath(const char *lang)
{
    return QStringLiteral(SW_SOURCE_DIR "/translations/stackwright_%1.ts").arg(QLatin1String(lang));
}

struct Run {
    int code = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args, const QString &language)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), language == QLatin1String("en") ? QStringLiteral("C.UTF-8")
                                                                      : language + QStringLiteral("_FR.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), language);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SW_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void everyMessageIsTranslated()
    {
        QSet<QString> keys[2];
        for (int l = 0; l < 2; ++l) {
            QString error;
            const QList<Message> msgs = readTs(tsPath(kLangs[l]), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(msgs.size() > 1000, qPrintable(QString::number(msgs.size())));
            QStringList bad;
            for (const Message &m : msgs) {
                keys[l].insert(m.context + QLatin1Char('\x1f') + m.source);
                if (!m.finished)
                    bad << QStringLiteral("%1 %2: \"%3\"").arg(QLatin1String(kLangs[l]), m.context, m.source);
            }
            QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 unfinished (translate them with "
                                                              "translations/tsmerge.py):\n").arg(bad.size())
                                               + bad.mid(0, 20).join(QLatin1Char('\n'))));
        }
        QCOMPARE(keys[0], keys[1]);
    }

    void placeholdersAndPluralsMatchTheSource()
    {
        for (const char *lang : kLangs) {
            QString error;
            QStringList bad;
            int plurals = 0;
            for (const Message &m : readTs(tsPath(lang), &error)) {
                plurals += m.numerus;
                for (const QString &p : problems(m))
                    bad << QStringLiteral("%1 %2 \"%3\": %4").arg(QLatin1String(lang), m.context, m.source, p);
            }
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(plurals > 10);
            QVERIFY2(bad.isEmpty(), qPrintable(bad.mid(0, 20).join(QLatin1Char('\n'))));
        }
    }

    void theGlossaryIsApplied()
    {
        QString error;
        const QList<GlossaryRow> glossary = readGlossary(QStringLiteral(SW_SOURCE_DIR "/translations/glossary.tsv"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(glossary.size() >= 20);
        for (int l = 0; l < 2; ++l) {
            QStringList bad;
            int applied = 0;
            for (const Message &m : readTs(tsPath(kLangs[l]), &error)) {
                const QStringList p = glossaryProblems(m.source, m.forms.join(QLatin1Char(' ')), glossary, l);
                applied += glossaryProblems(m.source, QString(), glossary, l).size();
                for (const QString &s : p)
                    bad << QStringLiteral("%1 %2 \"%3\": %4").arg(QLatin1String(kLangs[l]), m.context, m.source, s);
            }
            QVERIFY2(applied > 300, qPrintable(QString::number(applied)));   // the terms really occur
            QVERIFY2(bad.isEmpty(), qPrintable(bad.mid(0, 20).join(QLatin1Char('\n'))));
        }
    }

    // The checks above can fail: each mistake is caught.
    void theChecksCatchMistakes()
    {
        Message unfinished{QStringLiteral("c"), QStringLiteral("Open %1"), false, false, {QString()}};
        QVERIFY(problems(unfinished).contains(QStringLiteral("unfinished")));
        Message lostArg{QStringLiteral("c"), QStringLiteral("Move %1 into %2"), false, true, {QStringLiteral("Déplacer %1")}};
        QCOMPARE(problems(lostArg).size(), 1);
        Message onePlural{QStringLiteral("c"), QStringLiteral("%n node(s)"), true, true, {QStringLiteral("%n nœud")}};
        QVERIFY(!problems(onePlural).isEmpty());
        Message noN{QStringLiteral("c"), QStringLiteral("%n node(s)"), true, true,
                    {QStringLiteral("un nœud"), QStringLiteral("des nœuds")}};
        QVERIFY(!problems(noN).isEmpty());
        Message good{QStringLiteral("c"), QStringLiteral("%n node(s) in %L1"), true, true,
                     {QStringLiteral("un nœud dans %L1"), QStringLiteral("%n nœuds dans %L1")}};
        QVERIFY2(problems(good).isEmpty(), qPrintable(problems(good).join(QLatin1Char(';'))));

        QString error;
        const QList<GlossaryRow> g = readGlossary(QStringLiteral(SW_SOURCE_DIR "/translations/glossary.tsv"), &error);
        const QString src = QStringLiteral("Add a second load balancer behind the firewall");
        QCOMPARE(glossaryProblems(src, QStringLiteral("Ajoutez un second équilibreur de charge derrière le pare-feu"), g, 0).size(), 1);
        QVERIFY(glossaryProblems(src, QStringLiteral("Ajoutez un second répartiteur de charge derrière le pare-feu"), g, 0).isEmpty());
        QCOMPARE(glossaryProblems(src, QStringLiteral("Añada un segundo balanceador de carga detrás del firewall"), g, 1).size(), 1);
        // Quoted names stay English.
        QVERIFY(glossaryProblems(QStringLiteral("the user \"replication\""), QStringLiteral("l'utilisateur \"replication\""), g, 0).isEmpty());
    }

    void theCommandLineFollowsLanguage()
    {
        const Run en = cli({}, QStringLiteral("en"));
        QVERIFY2(en.err.contains("usage: stackwright-cli"), en.err.constData());
        const Run fr = cli({}, QStringLiteral("fr"));
        QVERIFY2(fr.err.contains("usage : stackwright-cli"), fr.err.constData());
        QVERIFY(fr.err.contains("un schéma à partir d'un modèle intégré"));
        const Run es = cli({}, QStringLiteral("es"));
        QVERIFY2(es.err.contains("uso: stackwright-cli"), es.err.constData());
        QVERIFY(es.err.contains("un diseño a partir de una plantilla integrada"));
    }

    void jsonOutputStaysEnglish()
    {
        QTemporaryDir dir;
        const QString design = dir.filePath(QStringLiteral("d.json"));
        QCOMPARE(cli({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("scale-up"),
                      QStringLiteral("--output"), design}, QStringLiteral("en")).code, 0);
        const QList<QStringList> commands = {
            {QStringLiteral("validate"), design, QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("analyse"), design, QStringLiteral("--format=json")},
        };
        for (const QStringList &args : commands) {
            const Run en = cli(args, QStringLiteral("en"));
            QVERIFY2(en.out.size() > 50, qPrintable(args.join(QLatin1Char(' ')) + QString::fromUtf8(en.err)));
            for (const char *lang : kLangs) {
                const Run other = cli(args, QLatin1String(lang));
                QCOMPARE(other.code, en.code);
                QVERIFY2(other.out == en.out, qPrintable(QLatin1String(lang) + QLatin1Char(' ') + args.join(QLatin1Char(' '))));
            }
        }
        // The same command in text form is translated (so the test above can fail).
        const Run text = cli({QStringLiteral("validate"), design}, QStringLiteral("fr"));
        QVERIFY2(text.out.contains("Pourquoi : ") || text.out.contains("Schéma : "), text.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
