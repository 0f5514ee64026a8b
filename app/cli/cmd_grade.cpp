// stackwright-cli grade ACTIVITY SUBMISSION [--model ANSWER] [--format text|json]
// Grades a student's design against a teacher's activity (see
// core/analysis/activity.h). Exit: 0 every requirement met, 1 some unmet,
// 2 bad input (a file cannot be read, the first is not an activity). With
// --model, what the submission misses compared with the model answer
// (modelanswer.h) follows; it does not change the score.
#include "cli.h"

#include "activity.h"
#include "modelanswer.h"

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
    QStringList files;
    QString format = QStringLiteral("text"), modelPath;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--model")) {
            if (i + 1 >= args.size()) {
                io.err << QCoreApplication::translate("sw::cli", "error: %1 needs a value").arg(a) << Qt::endl;
                return BadInput;
            }
            modelPath = args[++i];
        } else if (a == QLatin1String("--format")) {
            if (i + 1 >= args.size()) {
                io.err << QCoreApplication::translate("sw::cli", "error: %1 needs a value").arg(a) << Qt::endl;
                return BadInput;
            }
            format = args[++i];
        } else if (a.startsWith(QLatin1String("--format="))) {
            format = a.mid(9);
        } else if (a.startsWith(QLatin1Char('-'))) {
            io.err << QCoreApplication::translate("sw::cli", "error: unknown option \"%1\"").arg(a) << Qt::endl;
            return BadInput;
        } else {
            files << a;
        }
    }
    if (files.size() != 2) {
        io.err << QCoreApplication::translate("sw::cli", "usage: stackwright-cli grade ACTIVITY SUBMISSION [--model ANSWER] [--format text|json]")
               << Qt::endl;
        return BadInput;
    }
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        io.err << QCoreApplication::translate("sw::cli", "error: --format must be text or json, not \"%1\"").arg(format)
               << Qt::endl;
        return BadInput;
    }
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
            {QStringLiteral("validator"), g.validatorAvailable},
        };
        if (!modelPath.isEmpty())
            o.insert(QStringLiteral("model_answer"), compareWithModel(submission, model).toJson());
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
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
        if (!g.validatorAvailable)
            io.out << QCoreApplication::translate("sw::cli", "  note: this build has no validator; only locked nodes were checked")
                   << '\n';
        if (!modelPath.isEmpty())
            compareWithModel(submission, model).printText(io.out);
    }
    io.out.flush();
    return unmet.isEmpty() ? Ok : Failed;
}

} // namespace sw::cli
