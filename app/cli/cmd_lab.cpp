#include "app/cli/cli.h"

#include "deploy/lab/labengine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <algorithm>

namespace sw::cli {

int runLabVerify(const QStringList &args, Io &io); // cmd_labverify.cpp

namespace {

void usage(QTextStream &s)
{
    s << Tr::tr("usage: stackwright-cli lab up FILE\n"
                "       stackwright-cli lab status [--files] [--format text|json]\n"
                "       stackwright-cli lab exec NODE -- COMMAND...\n"
                "       stackwright-cli lab fail NODE | lab heal NODE\n"
                "       stackwright-cli lab probe [--count N] [--interval MS] [--write] [--http] [--format text|json]\n"
                "       stackwright-cli lab verify FILE [--format text|json] [--keep]\n"
                "       stackwright-cli lab down\n"
                "The lab runs the design's servers in network namespaces on this machine (root needed).\n")
      << Tr::tr("Each lab command answers --help (-h), e.g. stackwright-cli lab probe --help.") << "\n";
}

void addFormat(CommandLine &cl)
{
    cl.addOption({QStringLiteral("format")}, Tr::tr("text (default) or json"), QStringLiteral("F"));
}

// Empty when the --format value is text or json; `json` says which.
std::optional<int> takeFormat(const CommandLine &cl, Io &io, bool *json)
{
    const QString f = cl.value(QStringLiteral("format"));
    if (!f.isEmpty() && f != QLatin1String("text") && f != QLatin1String("json"))
        return cl.bad(io, Tr::tr("--format must be text or json, not \"%1\"").arg(f));
    *json = f == QLatin1String("json");
    return std::nullopt;
}

int labUp(const CommandLine &cl, Io &io, lab::LabEngine &engine)
{
    Design design;
    if (!loadOrReport(cl.positional(0), &design, io))
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

int labStatus(const CommandLine &cl, Io &io, lab::LabEngine &engine)
{
    bool json = false;
    if (const auto bad = takeFormat(cl, io, &json))
        return *bad;
    const bool files = cl.isSet(QStringLiteral("files"));
    lab::LabStatus s;
    QString error;
    if (!engine.status(&s, files, &error)) {
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return Failed;
    }
    if (json) {
        printJson(io, "stackwright-lab-status", statusJson(s));
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

int labProbe(const CommandLine &cl, Io &io, lab::LabEngine &engine)
{
    lab::ProbeOptions o;
    bool json = false;
    if (const auto bad = takeFormat(cl, io, &json))
        return *bad;
    o.write = cl.isSet(QStringLiteral("write"));
    if (cl.isSet(QStringLiteral("http")))
        o.scheme = QStringLiteral("http");
    const struct {
        const char *name;
        int *to;
        int min, max;
    } numbers[] = {{"count", &o.count, 1, 100000}, {"interval", &o.intervalMs, 0, 3600000}, {"timeout", &o.timeoutMs, 1, 3600000}};
    for (const auto &n : numbers) {
        const QString text = cl.value(QLatin1String(n.name));
        if (text.isEmpty())
            continue;
        bool number = false;
        const int v = text.toInt(&number);
        if (!number || v < n.min || v > n.max)
            return cl.bad(io, Tr::tr("--%1 needs a number from %2 to %3, not \"%4\"").arg(QLatin1String(n.name)).arg(n.min).arg(n.max).arg(text));
        *n.to = v;
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
        printJson(io, "stackwright-lab-probe",
                  QJsonObject{{QStringLiteral("sent"), int(results.size())}, {QStringLiteral("ok"), ok}, {QStringLiteral("requests"), list}});
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
    if (sub == QLatin1String("verify"))
        return runLabVerify(rest, io);
    const bool isExec = sub == QLatin1String("exec");
    // `lab exec NODE -- COMMAND...`: what follows "--" belongs to the command.
    const qsizetype dashes = isExec ? rest.indexOf(QStringLiteral("--")) : -1;
    const QStringList ours = dashes >= 0 ? rest.mid(0, dashes) : rest;
    const QStringList command = dashes >= 0 ? rest.mid(dashes + 1) : QStringList();

    std::optional<CommandLine> cl;
    if (sub == QLatin1String("up")) {
        cl.emplace(QStringLiteral("lab ") + sub, Tr::tr("Brings the design up as a lab: a network namespace per server, its bundle's script run inside it."));
        cl->addPositional(QStringLiteral("FILE"), Tr::tr("a design (.json, .stackwright, or - for standard input)"));
    } else if (sub == QLatin1String("status")) {
        cl.emplace(QStringLiteral("lab ") + sub, Tr::tr("Every server of the running lab and its daemons, and who holds the virtual address."));
        cl->addOption({QStringLiteral("files")}, Tr::tr("also compare every file the bundle writes with the file on each server"));
        addFormat(*cl);
    } else if (sub == QLatin1String("probe")) {
        cl.emplace(QStringLiteral("lab ") + sub, Tr::tr("Requests from the users' namespace to the design's domain, through its DNS record."));
        cl->addOption({QStringLiteral("count")}, Tr::tr("how many requests (default 10)"), QStringLiteral("N"));
        cl->addOption({QStringLiteral("interval")}, Tr::tr("milliseconds between requests"), QStringLiteral("MS"));
        cl->addOption({QStringLiteral("timeout")}, Tr::tr("milliseconds one request may take"), QStringLiteral("MS"));
        cl->addOption({QStringLiteral("write")}, Tr::tr("each request also writes a row"));
        cl->addOption({QStringLiteral("http")}, Tr::tr("plain http:// (without it: as the design's internet links say, https:// when one is HTTPS)"));
        addFormat(*cl);
    } else if (sub == QLatin1String("down")) {
        cl.emplace(QStringLiteral("lab ") + sub, Tr::tr("Stops the lab and removes every namespace, link, mount and process of it (also after a crash)."));
    } else if (isExec) {
        cl.emplace(QStringLiteral("lab ") + sub, Tr::tr("Runs a command inside a node's namespaces: lab exec NODE -- COMMAND..."));
        cl->addPositional(QStringLiteral("NODE"), Tr::tr("a server, \"users\" or a network firewall"));
        cl->addNote(Tr::tr("After NODE: \"--\" and the command with its arguments, e.g. lab exec users -- curl https://www.foobar.com/"));
    } else if (sub == QLatin1String("fail") || sub == QLatin1String("heal")) {
        cl.emplace(QStringLiteral("lab ") + sub, sub == QLatin1String("fail") ? Tr::tr("Stops a server's daemons, as a crash would.")
                                                                : Tr::tr("Starts a failed server's daemons again."));
        cl->addPositional(QStringLiteral("NODE"), Tr::tr("the server's node id or host name"));
    } else {
        return badInput(io, Tr::tr("unknown lab command \"%1\"").arg(sub), usage);
    }
    if (const auto done = cl->parse(ours, io))
        return *done;
    if (isExec && command.isEmpty())
        return cl->bad(io, Tr::tr("lab exec needs a node, \"--\" and a command"));

    QString why;
    if (!lab::LabEngine::canRun(&why)) {
        io.err << Tr::tr("error: %1").arg(why) << Qt::endl;
        io.err << Tr::tr("  sudo stackwright-cli lab %1").arg(args.join(QLatin1Char(' '))) << Qt::endl;
        return Failed;
    }
    lab::LabEngine engine(qEnvironmentVariable("STACKWRIGHT_LAB_STATE", lab::defaultStateDir()));
    QString error;
    if (sub == QLatin1String("up"))
        return labUp(*cl, io, engine);
    if (sub == QLatin1String("status"))
        return labStatus(*cl, io, engine);
    if (sub == QLatin1String("probe"))
        return labProbe(*cl, io, engine);
    if (sub == QLatin1String("down")) {
        if (!engine.down(&error)) {
            io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
            return Failed;
        }
        io.out << Tr::tr("the lab is down in %1 s: no namespace, link, mount or process of it is left").arg(engine.lastTiming().wallSeconds, 0, 'f', 1) << Qt::endl;
        return Ok;
    }
    const QString node = cl->positional(0);
    if (isExec) {
        io.out.flush();
        const int code = engine.exec(node, command, &error);
        if (code < 0) {
            io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
            return Failed;
        }
        return code;
    }
    const bool ok = sub == QLatin1String("fail") ? engine.fail(node, &error) : engine.heal(node, &error);
    if (!ok) {
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return Failed;
    }
    io.out << (sub == QLatin1String("fail") ? Tr::tr("%1: its daemons are stopped").arg(node) : Tr::tr("%1: its daemons run again").arg(node)) << Qt::endl;
    return Ok;
}

} // namespace sw::cli
