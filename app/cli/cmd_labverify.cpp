// `lab verify FILE [--format text|json] [--keep]`: the validator's and the
// what-if analysis's predictions checked against the lab (deploy/verify).
// Exit 0 when every row agrees, 1 when one does not (or the lab failed), 2
// on bad input.
#include "app/cli/cli.h"

#include "deploy/verify/labverifier.h"

#include <QJsonArray>
#include <algorithm>

namespace sw::cli {

namespace {

QString yesNo(bool b) { return b ? Tr::tr("yes") : Tr::tr("no"); }

QString observedText(verify::Served s, int ok, int sent)
{
    if (s == verify::Served::Unknown)
        return verify::servedTitle(s);
    return QStringLiteral("%1 %2/%3").arg(verify::servedTitle(s)).arg(ok).arg(sent);
}

void printTable(const verify::VerifyReport &r, QTextStream &out)
{
    out << Tr::tr("Predictions checked in the lab of \"%1\": %2 rows in %3 s").arg(r.designName).arg(r.rows.size()).arg(r.seconds, 0, 'f', 1)
        << '\n';
    const QStringList head{Tr::tr("failed"), Tr::tr("SPOF"), Tr::tr("reads"), Tr::tr("writes"), Tr::tr("lab reads"), Tr::tr("lab writes"),
                           Tr::tr("agrees")};
    QVector<QStringList> lines{head};
    for (const verify::Row &row : r.rows) {
        const verify::Prediction &p = row.predicted;
        const verify::Observation &o = row.observed;
        lines << QStringList{p.unit.isEmpty() ? Tr::tr("(nothing)") : p.label,
                             p.unit.isEmpty() ? QStringLiteral("-") : yesNo(p.validatorSpof),
                             yesNo(p.reads), yesNo(p.writes),
                             observedText(o.reads, o.readsOk, o.readsSent), observedText(o.writes, o.writesOk, o.writesSent),
                             row.agrees ? Tr::tr("yes") : Tr::tr("NO")};
    }
    QVector<int> width(head.size(), 0);
    for (const QStringList &l : lines)
        for (int i = 0; i < l.size(); ++i)
            width[i] = std::max(width[i], int(l[i].size()));
    for (const QStringList &l : lines) {
        QString text;
        for (int i = 0; i < l.size(); ++i)
            text += l[i].leftJustified(width[i] + 2);
        out << QStringLiteral("  ") << text.trimmed() << '\n';
    }
    out << Tr::tr("(SPOF: the validator; reads and writes: the what-if analysis; lab: served once the failure had settled, "
                  "requests served/sent)")
        << '\n';
    for (const verify::Row &row : r.rows) {
        const QString who = row.predicted.unit.isEmpty() ? Tr::tr("(nothing)") : row.predicted.label;
        for (const QString &n : row.predicted.notes)
            out << Tr::tr("note on %1: %2").arg(who, n) << '\n';
        for (const QString &d : row.disagreements)
            out << Tr::tr("DISAGREES on %1: %2").arg(who, d) << '\n';
    }
    for (const QString &n : r.notes)
        out << Tr::tr("note: %1").arg(n) << '\n';
    out << (verify::allAgree(r.rows) ? Tr::tr("Every prediction agrees with the lab.") : Tr::tr("Some predictions disagree with the lab."))
        << '\n';
}

} // namespace

int runLabVerify(const QStringList &args, Io &io)
{
    CommandLine cl(QStringLiteral("lab verify"),
                   Tr::tr("Fails every failure candidate of the design in the lab, one at a time, probes reads and writes, heals it, "
                          "and compares with the validator's and the what-if analysis's predictions."));
    cl.addPositional(QStringLiteral("FILE"), Tr::tr("a design (.json, .stackwright, or - for standard input)"));
    cl.addOption({QStringLiteral("format")}, Tr::tr("text (default) or json"), QStringLiteral("F"));
    cl.addOption({QStringLiteral("keep")}, Tr::tr("leave the lab running when verify brought it up"));
    cl.addNote(Tr::tr("Uses the running lab when it runs this design; otherwise brings it up and down again. "
                      "Exit 0 when every row agrees, 1 when one does not, 2 on bad input."));
    if (const auto done = cl.parse(args, io))
        return *done;
    const QString format = cl.isSet(QStringLiteral("format")) ? cl.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return cl.bad(io, Tr::tr("--format must be text or json, not \"%1\"").arg(format));
    Design design;
    if (!loadOrReport(cl.positional(0), &design, io))
        return BadInput;
    QString why;
    if (!lab::LabEngine::canRun(&why)) {
        io.err << Tr::tr("error: %1").arg(why) << Qt::endl;
        io.err << Tr::tr("  sudo stackwright-cli lab verify %1").arg(args.join(QLatin1Char(' '))) << Qt::endl;
        return Failed;
    }
    lab::LabEngine engine(qEnvironmentVariable("STACKWRIGHT_LAB_STATE", lab::defaultStateDir()));
    verify::LabVerifier verifier(engine);
    verify::VerifyOptions options;
    options.keepUp = cl.isSet(QStringLiteral("keep"));
    verify::VerifyReport report;
    QString error;
    const bool json = format == QLatin1String("json");
    const bool ok = verifier.run(design, options, [&](const verify::VerifyProgress &p) {
        // Progress on stderr: stdout is the table (or the JSON).
        io.err << (p.total > 0 ? QStringLiteral("[%1/%2] %3").arg(p.done).arg(p.total).arg(p.text) : p.text) << Qt::endl;
    }, nullptr, &report, &error);
    if (!ok) {
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return Failed;
    }
    const bool agree = verify::allAgree(report.rows);
    if (json) {
        QJsonArray rows;
        for (const verify::Row &r : report.rows)
            rows << verify::rowJson(r);
        printJson(io, "stackwright-lab-verify",
                  QJsonObject{{QStringLiteral("design"), report.designName}, {QStringLiteral("brought_up"), report.broughtUp},
                              {QStringLiteral("up_seconds"), report.upSeconds}, {QStringLiteral("seconds"), report.seconds},
                              {QStringLiteral("all_agree"), agree}, {QStringLiteral("rows"), rows},
                              {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}});
    } else {
        printTable(report, io.out);
    }
    io.out.flush();
    return agree ? Ok : Failed;
}

} // namespace sw::cli
