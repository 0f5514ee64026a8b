// stackwright-cli grade ACTIVITY SUBMISSION [--model ANSWER] [--format text|json]
// Grades a student's design against a teacher's activity (see
// core/analysis/activity.h). Exit: 0 every requirement met, 1 some unmet,
// 2 bad input (a file cannot be read, the first is not an activity). With
// --model, what the submission misses compared with the model answer
// (modelanswer.h) follows; it does not change the score.
#include "app/cli/cli.h"

#include "core/analysis/activity.h"
#include "app/cli/modelanswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sw::cli {

namespace {

QJsonObject requirementJson(const Requirement &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("title"), r.title},
                       {QStringLiteral("message"), r.message},
                       {QStringLiteral("nodes"), QJsonArray::fromStringList(r.nodes)},
                       {QStringLiteral("fix"), r.fix}};
}

} // namespace

int runGrade(const QStringList &args, Io &io)
{
    CommandLine cl(QStringLiteral("grade"),
                   Tr::tr("Grades a submission against a teacher's activity; exit 0 every requirement met, 1 some unmet, 2 bad input."));
    cl.addPositional(QStringLiteral("ACTIVITY"), Tr::tr("the activity design"));
    cl.addPositional(QStringLiteral("SUBMISSION"), Tr::tr("the student's design (- for standard input)"));
    cl.addOption({QStringLiteral("format")}, Tr::tr("text (default) or json"), QStringLiteral("F"));
    cl.addOption({QStringLiteral("model")}, Tr::tr("a model answer: say what the submission misses compared with it"),
                 QStringLiteral("ANSWER"));
    if (const auto done = cl.parse(args, io))
        return *done;
    const QStringList files = cl.positionals();
    const QString modelPath = cl.isSet(QStringLiteral("model")) ? cl.value(QStringLiteral("model")) : QString();
    const QString format = cl.isSet(QStringLiteral("format")) ? cl.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return cl.bad(io, Tr::tr("--format must be text or json, not \"%1\"").arg(format));
    if (isStdio(files[0]) && isStdio(files[1]))
        return cl.bad(io, Tr::tr("only one of ACTIVITY and SUBMISSION can be standard input"));
    Design activityDesign, submission;
    if (!loadOrReport(files[0], &activityDesign, io) || !loadOrReport(files[1], &submission, io))
        return BadInput;
    Design model;
    if (!modelPath.isEmpty() && !loadOrReport(modelPath, &model, io))
        return BadInput;
    Activity activity;
    QString error;
    if (!activityOf(activityDesign, &activity, &error) || !checkActivity(activity, activityDesign, &error)) {
        io.err << QCoreApplication::translate("sw::cli", "error: %1: %2").arg(files[0], error) << Qt::endl;
        return BadInput;
    }
    const GradeResult g = gradeSubmission(activity, activityDesign, submission);
    const QVector<Requirement> unmet = g.unmet();
    if (format == QLatin1String("json")) {
        QJsonArray unmetJson, metJson;
        for (const Requirement &r : g.requirements)
            (r.met ? metJson : unmetJson).append(r.met ? QJsonValue(r.id) : QJsonValue(requirementJson(r)));
        QJsonObject o{
            {QStringLiteral("activity"), activity.title.isEmpty() ? activityDesign.name : activity.title},
            {QStringLiteral("submission"), submission.name},
            {QStringLiteral("profile"), g.profile},
            {QStringLiteral("score"), g.score},
            {QStringLiteral("percent"), g.percent},
            {QStringLiteral("met"), g.met},
            {QStringLiteral("total"), g.total},
            {QStringLiteral("met_requirements"), metJson},
            {QStringLiteral("unmet"), unmetJson},
            {QStringLiteral("hints"), QJsonArray::fromStringList(g.hints)},
            {QStringLiteral("validator"), true}, // kept for scripts written against the documented format
        };
        if (!modelPath.isEmpty())
            o.insert(QStringLiteral("model_answer"), compareWithModel(submission, model).toJson());
        printJson(io, "stackwright-grade", o);
    } else {
        io.out << QCoreApplication::translate("sw::cli", "Score: %1 / 100 (%2 of %3 requirements of \"%4\" met)")
                      .arg(g.score)
                      .arg(g.met)
                      .arg(g.total)
                      .arg(g.profile)
               << '\n';
        for (const Requirement &r : unmet)
            io.out << QStringLiteral("  [%1] %2: %3\n").arg(r.id, r.title, r.message);
        for (const QString &h : g.hints)
            io.out << QCoreApplication::translate("sw::cli", "  hint: %1").arg(h) << '\n';
        if (!modelPath.isEmpty())
            compareWithModel(submission, model).printText(io.out);
    }
    io.out.flush();
    return unmet.isEmpty() ? Ok : Failed;
}

} // namespace sw::cli
