#include "cli.h"

#include "labengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <algorithm>

namespace sw::cli {

namespace {

void usage(QTextStream &s)
{
    s << Tr::tr("usage: stackwright-cli lab up FILE\n"
                "       stackwright-cli lab status [--files] [--format text|json]\n"
                "       stackwright-cli lab exec NODE -- COMMAND...\n"
                "       stackwright-cli lab fail NODE | lab heal NODE\n"
                "       stackwright-cli lab probe [--count N] [--interval MS] [--write] [--http] [--format text|json]\n"
                "       stackwright-cli lab down\n"
                "The lab runs the design's servers in network namespaces on this machine (root needed).\n");
}

int labUp(const QStringList &args, Io &io, lab::LabEngine &engine)
{
    if (args.size() != 1 || args[0].startsWith(QLatin1Char('-')))
        return badInput(io, Tr::tr("lab up takes one design file"), usage);
    Design design;
    if (!loadOrReport(args[0], &design, io))
        return BadInput;
    QString error;
    const bool ok = engine.up(design, [&io](const lab::LabEvent &e) {
        const QString who = e.node.isEmpty() ? Tr::tr("lab") : e.node;
        const QString what = e.kind == lab::LabEvent::Kind::Failed ? Tr::tr("failed") : e.kind == lab::LabEvent::Kind::Done ? Tr::tr("done") : QStringLiteral("...");
        io.out << QStringLiteral("%1: %2 %3 %4").arg(who, e.step, what, e.text.section(QLatin1Char('\n'), 0, 0)) << Qt::endl;
    }, nullptr, &error);
    if (!ok) {
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        io.err << Tr::tr("what was started stays for a look; remove it with: stackwright-cli lab down") << Qt::endl;
        return Failed;
    }
    io.out << Tr::tr("the lab is up in %1 s (CPU %2 s); see: stackwright-cli lab status")
                  .arg(engine.lastTiming().wallSeconds, 0, 'f', 1).arg(engine.lastTiming().cpuSeconds, 0, 'f', 1) << Qt::endl;
    return Ok;
}

QJsonObject statusJson(const lab::LabStatus &s)
{
    QJsonArray nodes;
    for (const lab::NodeStatus &n : s.nodes) {
        QJsonArray units;
        for (const lab::UnitStatus &u : n.units)
            units << QJsonObject{{QStringLiteral("unit"), u.unit}, {QStringLiteral("up"), u.up}, {QStringLiteral("absent"), u.absent}};
        QJsonObject o{{QStringLiteral("name"), n.name}, {QStringLiteral("node"), n.nodeId}, {QStringLiteral("role"), n.role},
                      {QStringLiteral("addresses"), QJsonArray::fromStringList(n.addresses)}, {QStringLiteral("present"), n.present},
                      {QStringLiteral("failed"), n.failed}, {QStringLiteral("daemons"), units},
                      {QStringLiteral("notes"), QJsonArray::fromStringList(n.notes)}};
        if (n.filesChecked > 0 || !n.filesDiffering.isEmpty()) {
            o.insert(QStringLiteral("files_checked"), n.filesChecked);
            o.insert(QStringLiteral("files_differing"), QJsonArray::fromStringList(n.filesDiffering));
        }
        nodes << o;
    }
    return QJsonObject{{QStringLiteral("running"), s.running}, {QStringLiteral("design"), s.designName},
                       {QStringLiteral("domain"), s.domain}, {QStringLiteral("dns_target"), s.dnsTarget},
                       {QStringLiteral("os"), s.hostOs}, {QStringLiteral("vip_holders"), QJsonArray::fromStringList(s.vipHolders)},
                       {QStringLiteral("nodes"), nodes}, {QStringLiteral("notes"), QJsonArray::fromStringList(s.notes)}};
}

int labStatus(const QStringList &args, Io &io, lab::LabEngine &engine)
{
    bool json = false, files = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--format") && i + 1 < args.size() && (args[i + 1] == QLatin1String("json") || args[i + 1] == QLatin1String("text")))
            json = args[++i] == QLatin1String("json");
        else if (args[i] == QLatin1String("--files"))
            files = true;
        else
            return badInput(io, Tr::tr("unknown argument \"%1\"").arg(args[i]), usage);
    }
    lab::LabStatus s;
    QString error;
    if (!engine.status(&s, files, &error)) {
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return Failed;
    }
    if (json) {
        io.out << QJsonDocument(statusJson(s)).toJson();
        return Ok;
    }
    io.out << Tr::tr("Lab of \"%1\", servers as %2; %3 -> %4, held by %5")
                  .arg(s.designName, s.hostOs, s.domain, s.dnsTarget, s.vipHolders.isEmpty() ? Tr::tr("nobody") : s.vipHolders.join(QStringLiteral(", ")))
           << Qt::endl;
    bool allUp = true;
    for (const lab::NodeStatus &n : s.nodes) {
        QStringList units;
        for (const lab::UnitStatus &u : n.units) {
            units << QStringLiteral("%1 %2").arg(u.unit, u.absent ? Tr::tr("not in the lab") : u.up ? Tr::tr("up") : Tr::tr("down"));
            allUp = allUp && (u.up || u.absent || n.failed);
        }
        io.out << QStringLiteral("  %1  %2  %3  %4%5%6\n")
                      .arg(n.name, -10)
                      .arg(n.role, -8)
                      .arg(n.addresses.join(QLatin1Char(',')), -12)
                      .arg(!n.present ? Tr::tr("missing") : n.failed ? Tr::tr("failed") : Tr::tr("present"),
                           units.isEmpty() ? QString() : QStringLiteral(": ") + units.join(QStringLiteral(", ")),
                           s.vipHolders.contains(n.name) ? Tr::tr("  [holds the virtual address]") : QString());
        if (files && n.role == QLatin1String("server"))
            io.out << Tr::tr("      files: %1 checked, %2 differ from the bundle %3\n")
                          .arg(n.filesChecked).arg(n.filesDiffering.size()).arg(n.filesDiffering.join(QStringLiteral(", ")));
        for (const QString &note : n.notes)
            io.out << QStringLiteral("      %1\n").arg(note);
    }
    for (const QString &note : s.notes)
        io.out << QStringLiteral("note: %1\n").arg(note);
    io.out.flush();
    return allUp ? Ok : Failed;
}

int labProbe(const QStringList &args, Io &io, lab::LabEngine &engine)
{
    lab::ProbeOptions o;
    bool json = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        bool number = true;
        if (a == QLatin1String("--count") && i + 1 < args.size())
            o.count = args[++i].toInt(&number);
        else if (a == QLatin1String("--interval") && i + 1 < args.size())
            o.intervalMs = args[++i].toInt(&number);
        else if (a == QLatin1String("--timeout") && i + 1 < args.size())
            o.timeoutMs = args[++i].toInt(&number);
        else if (a == QLatin1String("--write"))
            o.write = true;
        else if (a == QLatin1String("--http"))
            o.scheme = QStringLiteral("http");
        else if (a == QLatin1String("--format") && i + 1 < args.size())
            json = args[++i] == QLatin1String("json");
        else
            return badInput(io, Tr::tr("unknown argument \"%1\"").arg(a), usage);
        if (!number || o.count < 1 || o.count > 100000 || o.intervalMs < 0 || o.timeoutMs < 1)
            return badInput(io, Tr::tr("%1 needs a positive number").arg(a), usage);
    }
    QVector<lab::ProbeResult> results;
    QString error;
    if (!engine.probe(o, &results, &error)) {
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return Failed;
    }
    int ok = 0;
    QMap<QString, int> servedBy;
    std::vector<double> times;
    QJsonArray list;
    for (const lab::ProbeResult &r : results) {
        if (r.ok()) {
            ++ok;
            servedBy[QStringLiteral("%1 > %2 > %3 > %4").arg(r.loadBalancer, r.webServer, r.appServer, r.database)] += 1;
            times.push_back(r.seconds);
        }
        list << QJsonObject{{QStringLiteral("at"), r.at}, {QStringLiteral("seconds"), r.seconds}, {QStringLiteral("status"), r.status},
                            {QStringLiteral("location"), r.location}, {QStringLiteral("error"), r.error},
                            {QStringLiteral("load_balancer"), r.loadBalancer}, {QStringLiteral("web_server"), r.webServer},
                            {QStringLiteral("app_server"), r.appServer}, {QStringLiteral("database"), r.database},
                            {QStringLiteral("body"), r.body}};
    }
    if (json) {
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("sent"), int(results.size())}, {QStringLiteral("ok"), ok}, {QStringLiteral("requests"), list}}).toJson();
        return ok == results.size() ? Ok : Failed;
    }
    std::sort(times.begin(), times.end());
    io.out << Tr::tr("%1 of %2 requests answered 200 (%3 %); median %4 ms")
                  .arg(ok).arg(results.size()).arg(results.isEmpty() ? 0 : 100 * ok / int(results.size()))
                  .arg(times.empty() ? 0 : int(times[times.size() / 2] * 1000)) << Qt::endl;
    for (auto it = servedBy.begin(); it != servedBy.end(); ++it)
        io.out << Tr::tr("  %1 served by %2").arg(it.value()).arg(it.key()) << Qt::endl;
    for (const lab::ProbeResult &r : results)
        if (!r.ok())
            io.out << Tr::tr("  failed: status %1 %2%3").arg(r.status).arg(r.error, r.location.isEmpty() ? QString() : QStringLiteral(" -> ") + r.location) << Qt::endl;
    return ok == results.size() ? Ok : Failed;
}

} // namespace

// `lab SUBCOMMAND ...`: the design running in network namespaces here
// (deploy/lab). Exit 1 when the lab step fails, 2 on bad input.
int runLab(const QStringList &args, Io &io)
{
    if (args.isEmpty() || args[0] == QLatin1String("--help") || args[0] == QLatin1String("-h")) {
        usage(args.isEmpty() ? io.err : io.out);
        return args.isEmpty() ? BadInput : Ok;
    }
    const QString sub = args[0];
    const QStringList rest = args.mid(1);
    static const QStringList known{QStringLiteral("up"), QStringLiteral("status"), QStringLiteral("exec"), QStringLiteral("fail"),
                                   QStringLiteral("heal"), QStringLiteral("probe"), QStringLiteral("down")};
    if (!known.contains(sub))
        return badInput(io, Tr::tr("unknown lab command \"%1\"").arg(sub), usage);
    QString why;
    if (!lab::LabEngine::canRun(&why)) {
        io.err << Tr::tr("error: %1").arg(why) << Qt::endl;
        io.err << Tr::tr("  sudo stackwright-cli lab %1").arg(args.join(QLatin1Char(' '))) << Qt::endl;
        return Failed;
    }
    lab::LabEngine engine(qEnvironmentVariable("STACKWRIGHT_LAB_STATE", lab::defaultStateDir()));
    QString error;
    if (sub == QLatin1String("up"))
        return labUp(rest, io, engine);
    if (sub == QLatin1String("status"))
        return labStatus(rest, io, engine);
    if (sub == QLatin1String("probe"))
        return labProbe(rest, io, engine);
    if (sub == QLatin1String("down")) {
        if (!rest.isEmpty())
            return badInput(io, Tr::tr("lab down takes no argument"), usage);
        if (!engine.down(&error)) {
            io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
            return Failed;
        }
        io.out << Tr::tr("the lab is down in %1 s: no namespace, link, mount or process of it is left").arg(engine.lastTiming().wallSeconds, 0, 'f', 1) << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("exec")) {
        const int dashes = int(rest.indexOf(QStringLiteral("--")));
        if (rest.isEmpty() || (dashes != 1) || dashes + 1 >= rest.size())
            return badInput(io, Tr::tr("lab exec needs a node, \"--\" and a command"), usage);
        io.out.flush();
        const int code = engine.exec(rest[0], rest.mid(2), &error);
        if (code < 0) {
            io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
            return Failed;
        }
        return code;
    }
    if (rest.size() != 1)
        return badInput(io, Tr::tr("lab %1 takes one node").arg(sub), usage);
    const bool ok = sub == QLatin1String("fail") ? engine.fail(rest[0], &error) : engine.heal(rest[0], &error);
    if (!ok) {
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return Failed;
    }
    io.out << (sub == QLatin1String("fail") ? Tr::tr("%1: its daemons are stopped").arg(rest[0]) : Tr::tr("%1: its daemons run again").arg(rest[0])) << Qt::endl;
    return Ok;
}

} // namespace sw::cli
