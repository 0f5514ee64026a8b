#include "deploy/verify/verifymodel.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sw::verify {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::Verify)
};

QString yesNo(bool b) { return b ? Tr::tr("yes") : Tr::tr("no"); }

} // namespace

QString servedKey(Served s)
{
    switch (s) {
    case Served::Yes: return QStringLiteral("yes");
    case Served::No: return QStringLiteral("no");
    case Served::Unstable: return QStringLiteral("unstable");
    case Served::Unknown: return QStringLiteral("unknown");
    }
    return QString();
}

QString servedTitle(Served s)
{
    switch (s) {
    case Served::Yes: return Tr::tr("yes");
    case Served::No: return Tr::tr("no");
    case Served::Unstable: return Tr::tr("unstable");
    case Served::Unknown: return Tr::tr("not checked");
    }
    return QString();
}

bool readServed(const lab::ProbeResult &r)
{
    return r.ok() && !r.database.isEmpty();
}

bool writeServed(const lab::ProbeResult &r, const QSet<QString> &primaries)
{
    return r.ok() && r.body.value(QStringLiteral("written_id")).toDouble() > 0 && primaries.contains(r.database);
}

Served settled(const QVector<bool> &served, int stable)
{
    if (stable < 1 || served.size() < stable)
        return Served::Unknown;
    int ok = 0;
    for (int i = int(served.size()) - stable; i < served.size(); ++i)
        ok += served[i] ? 1 : 0;
    return ok == stable ? Served::Yes : ok == 0 ? Served::No : Served::Unstable;
}

void observe(const QVector<Sample> &samples, const QSet<QString> &primaries, int stable, Observation *o)
{
    QVector<bool> reads, writes;
    o->readsOk = o->readsSent = o->writesOk = o->writesSent = 0;
    for (const Sample &s : samples) {
        const lab::ProbeResult &r = s.result;
        const bool ok = s.write ? writeServed(r, primaries) : readServed(r);
        (s.write ? writes : reads) << ok;
        (s.write ? o->writesSent : o->readsSent) += 1;
        (s.write ? o->writesOk : o->readsOk) += ok ? 1 : 0;
        if (ok && !s.write)
            o->servedBy = QStringList{r.loadBalancer, r.webServer, r.appServer, r.database};
        if (!ok) {
            QString why = r.error;
            if (why.isEmpty())
                why = r.body.value(QStringLiteral("error")).toString();
            if (why.isEmpty() && r.ok() && s.write)
                why = Tr::tr("the write was answered by %1, which is not a primary database").arg(r.database.isEmpty() ? Tr::tr("no database") : r.database);
            o->lastError = r.status ? Tr::tr("HTTP %1: %2").arg(r.status).arg(why) : why;
        }
    }
    o->reads = settled(reads, stable);
    o->writes = settled(writes, stable);
    o->checked = o->reads != Served::Unknown && o->writes != Served::Unknown;
}

Row compare(const Prediction &p, const Observation &o)
{
    Row row{p, o, false, {}};
    QStringList &why = row.disagreements;
    if (!o.checked) {
        why << (o.skipped.isEmpty() ? Tr::tr("the lab could not check this candidate") : o.skipped);
        return row;
    }
    const QString who = p.unit.isEmpty() ? Tr::tr("with nothing failed") : Tr::tr("with %1 failed").arg(p.label);
    auto check = [&](Served seen, bool predicted, const QString &what, const QString &whose) {
        if (seen == Served::Unstable) {
            why << Tr::tr("%1, %2 were served only some of the time once the failure had settled (a defect of the bundles: "
                          "the failover does not hold)").arg(who, what);
            return;
        }
        if ((seen == Served::Yes) != predicted)
            why << Tr::tr("%1, %2 predicts %3 %4, the lab %5 (a defect of %2, or of the bundles)")
                       .arg(who, whose, what, predicted ? Tr::tr("served") : Tr::tr("not served"),
                            seen == Served::Yes ? Tr::tr("served them") : Tr::tr("did not serve them"));
    };
    if (!p.unit.isEmpty())
        check(o.reads, !p.validatorSpof, Tr::tr("reads"), Tr::tr("the validator (SPOF)"));
    check(o.reads, p.reads, Tr::tr("reads"), Tr::tr("the what-if analysis"));
    check(o.writes, p.writes, Tr::tr("writes"), Tr::tr("the what-if analysis"));
    if (p.validatorSpof == p.reads && !p.unit.isEmpty())
        why << Tr::tr("the validator (SPOF: %1) and the what-if analysis (reads served: %2) disagree with each other")
                   .arg(yesNo(p.validatorSpof), yesNo(p.reads));
    if (!o.healed)
        why << Tr::tr("after healing %1 the stack did not serve again: %2").arg(p.label, o.healError);
    row.agrees = why.isEmpty();
    return row;
}

bool allAgree(const QVector<Row> &rows)
{
    if (rows.isEmpty())
        return false;
    for (const Row &r : rows)
        if (!r.agrees)
            return false;
    return true;
}

QJsonObject rowJson(const Row &row)
{
    const Prediction &p = row.predicted;
    const Observation &o = row.observed;
    QJsonObject observed{{QStringLiteral("checked"), o.checked},
                         {QStringLiteral("reads"), servedKey(o.reads)},
                         {QStringLiteral("writes"), servedKey(o.writes)},
                         {QStringLiteral("reads_ok"), o.readsOk},
                         {QStringLiteral("reads_sent"), o.readsSent},
                         {QStringLiteral("writes_ok"), o.writesOk},
                         {QStringLiteral("writes_sent"), o.writesSent},
                         {QStringLiteral("served_by"), QJsonArray::fromStringList(o.servedBy)},
                         {QStringLiteral("last_error"), o.lastError},
                         {QStringLiteral("healed"), o.healed},
                         {QStringLiteral("seconds"), o.seconds}};
    if (!o.skipped.isEmpty())
        observed.insert(QStringLiteral("skipped"), o.skipped);
    if (!o.healError.isEmpty())
        observed.insert(QStringLiteral("heal_error"), o.healError);
    return QJsonObject{
        {QStringLiteral("node"), p.unit.isEmpty() ? QJsonValue() : QJsonValue(p.unit)},
        {QStringLiteral("label"), p.label},
        {QStringLiteral("predicted"), QJsonObject{{QStringLiteral("spof"), p.validatorSpof},
                                                  {QStringLiteral("reads"), p.reads},
                                                  {QStringLiteral("writes"), p.writes},
                                                  {QStringLiteral("notes"), QJsonArray::fromStringList(p.notes)}}},
        {QStringLiteral("observed"), observed},
        {QStringLiteral("agrees"), row.agrees},
        {QStringLiteral("disagreements"), QJsonArray::fromStringList(row.disagreements)},
    };
}

} // namespace sw::verify
