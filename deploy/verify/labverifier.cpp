#include "deploy/verify/labverifier.h"

#include "core/io/jsonformat.h"
#include "deploy/verify/predictions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

namespace sw::verify {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::Verify)
};

} // namespace

QString seriesProgram()
{
    return QStringLiteral(R"PY(import http.client, json, ssl, sys, time, urllib.parse
url, primaries = sys.argv[1], set(filter(None, sys.argv[2].split(",")))
timeout, interval, deadline = int(sys.argv[3]) / 1000.0, int(sys.argv[4]) / 1000.0, int(sys.argv[5]) / 1000.0
stable = int(sys.argv[6])
u = urllib.parse.urlsplit(url)
ctx = ssl.create_default_context()
def request(write):
    start = time.time()
    out = {"at": start, "status": 0, "write": write}
    try:
        if u.scheme == "https":
            c = http.client.HTTPSConnection(u.hostname, u.port or 443, timeout=timeout, context=ctx)
        else:
            c = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=timeout)
        c.request("GET", "/?write=1" if write else "/", headers={"Connection": "close"})
        r = c.getresponse()
        data = r.read()
        out["status"] = r.status
        out["load_balancer"] = r.getheader("X-Load-Balancer") or ""
        try:
            out["body"] = json.loads(data.decode())
        except ValueError:
            out["body"] = {}
        c.close()
    except Exception as e:
        out["error"] = "%s: %s" % (type(e).__name__, e)
    out["seconds"] = time.time() - start
    print(json.dumps(out), flush=True)
    b = out.get("body") or {}
    if out["status"] != 200 or not b.get("database"):
        return False
    return not write or (bool(b.get("written_id")) and b.get("database") in primaries)
begin = time.time()
runs = {False: [], True: []}
while True:
    for w in (False, True):
        runs[w].append(request(w))
    enough = all(len(r) >= stable for r in runs.values())
    if enough and all(all(r[-stable:]) for r in runs.values()):
        break
    if enough and time.time() - begin >= deadline:
        break
    time.sleep(interval)
)PY");
}

bool LabVerifier::series(int deadlineMs, QVector<Sample> *out, QString *error)
{
    out->clear();
    QStringList primaries(m_primaries.begin(), m_primaries.end());
    primaries.sort();
    QByteArray text;
    const int budget = deadlineMs + 2 * m_options.stable * (m_options.timeoutMs + m_options.intervalMs) + 15000;
    if (!m_engine.capture(QStringLiteral("users"),
                          {QStringLiteral("python3"), QStringLiteral("-c"), seriesProgram(), m_url, primaries.join(QLatin1Char(',')),
                           QString::number(m_options.timeoutMs), QString::number(m_options.intervalMs), QString::number(deadlineMs),
                           QString::number(m_options.stable)},
                          &text, error, budget))
        return false;
    for (const QByteArray &line : text.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        Sample s;
        s.write = QJsonDocument::fromJson(line).object().value(QStringLiteral("write")).toBool();
        s.result = lab::parseProbeLine(line);
        out->append(s);
    }
    return true;
}

void LabVerifier::check(const Prediction &p, Observation *o)
{
    QElapsedTimer t;
    t.start();
    QString error;
    if (p.networkFirewall) {
        o->skipped = Tr::tr("%1 is a network firewall: the lab gives it a namespace but routes no traffic through it yet, "
                            "so failing it there proves nothing").arg(p.label);
        return;
    }
    if (!p.unit.isEmpty() && !m_engine.fail(p.unit, &error)) {
        o->skipped = Tr::tr("the lab could not fail %1: %2").arg(p.label, error);
        return;
    }
    QVector<Sample> samples;
    if (series(m_options.settleMs, &samples, &error))
        observe(samples, m_primaries, m_options.stable, o);
    else
        o->skipped = Tr::tr("the probe from the users' namespace failed: %1").arg(error);
    if (!p.unit.isEmpty()) {
        // Heal, then wait until the whole stack serves again before the next candidate.
        Observation after;
        if (!m_engine.heal(p.unit, &error)) {
            o->healed = false;
            o->healError = error;
        } else if (!series(m_options.recoverMs, &samples, &error)) {
            o->healed = false;
            o->healError = error;
        } else {
            observe(samples, m_primaries, m_options.stable, &after);
            o->healed = after.reads == Served::Yes && after.writes == Served::Yes;
            if (!o->healed)
                o->healError = Tr::tr("reads %1, writes %2 after %3 s: %4")
                                   .arg(servedTitle(after.reads), servedTitle(after.writes))
                                   .arg(m_options.recoverMs / 1000)
                                   .arg(after.lastError);
        }
    }
    o->seconds = double(t.elapsed()) / 1000.0;
}

bool LabVerifier::useOrBringUp(const Design &design, const VerifyProgressFn &progress, const std::atomic_bool *cancel,
                               VerifyReport *out, QString *error)
{
    if (m_engine.isUp()) {
        QFile f(m_engine.stateDir() + QStringLiteral("/design.json"));
        Design running;
        QString ignored;
        if (!f.open(QIODevice::ReadOnly) || !readJson(f.readAll(), &running, &ignored) || writeJson(running) != writeJson(design)) {
            *error = Tr::tr("a lab of another design (\"%1\") is running here: stop it first with: stackwright-cli lab down")
                         .arg(running.name);
            return false;
        }
        out->notes << Tr::tr("the lab of this design was already running: it was used and is left running");
        // A server left failed by hand would spoil every row.
        lab::LabStatus s;
        if (!m_engine.status(&s, false, error))
            return false;
        for (const lab::NodeStatus &n : s.nodes)
            if (n.failed && !m_engine.heal(n.name, error))
                return false;
        return true;
    }
    if (QFile::exists(m_engine.stateDir())) {
        *error = Tr::tr("%1 holds part of a lab (a crash?): remove it first with: stackwright-cli lab down").arg(m_engine.stateDir());
        return false;
    }
    if (progress)
        progress(VerifyProgress{0, 0, Tr::tr("bringing the lab up")});
    const bool ok = m_engine.up(design, [&](const lab::LabEvent &e) {
        if (progress && e.kind != lab::LabEvent::Kind::Info)
            progress(VerifyProgress{0, 0, Tr::tr("lab: %1 %2").arg(e.node.isEmpty() ? Tr::tr("lab") : e.node, e.step)});
    }, cancel, error);
    // Whatever came up is ours to take down, also when it failed half-way.
    out->broughtUp = true;
    out->upSeconds = m_engine.lastTiming().wallSeconds;
    return ok;
}

bool LabVerifier::run(const Design &design, const VerifyOptions &options, const VerifyProgressFn &progress,
                      const std::atomic_bool *cancel, VerifyReport *out, QString *error)
{
    QElapsedTimer total;
    total.start();
    *out = VerifyReport();
    out->designName = design.name;
    m_options = options;
    if (!lab::LabEngine::canRun(error))
        return false;
    const QVector<Prediction> predictions = predict(design);
    m_primaries = primaryHosts(design);
    const bool ok = [&]() {
        if (!useOrBringUp(design, progress, cancel, out, error))
            return false;
        lab::LabStatus s;
        if (!m_engine.status(&s, false, error))
            return false;
        const QString host = s.domain.isEmpty() ? s.dnsTarget : s.domain;
        if (host.isEmpty()) {
            *error = Tr::tr("the design has no DNS record pointing at the stack: the lab has nothing to send requests to");
            return false;
        }
        m_url = QStringLiteral("%1://%2/").arg(entryScheme(design), host);
        for (int i = 0; i < predictions.size(); ++i) {
            if (cancel && cancel->load()) {
                *error = Tr::tr("cancelled");
                return false;
            }
            const Prediction &p = predictions[i];
            if (progress)
                progress(VerifyProgress{i, int(predictions.size()),
                                        p.unit.isEmpty() ? Tr::tr("probing with nothing failed")
                                                         : Tr::tr("failing %1, probing, healing").arg(p.label)});
            Observation o;
            check(p, &o);
            out->rows << compare(p, o);
        }
        if (progress)
            progress(VerifyProgress{int(predictions.size()), int(predictions.size()), Tr::tr("done")});
        return true;
    }();
    if (out->broughtUp && !options.keepUp) {
        if (progress)
            progress(VerifyProgress{int(out->rows.size()), int(predictions.size()), Tr::tr("bringing the lab down")});
        QString downError;
        if (!m_engine.down(&downError)) {
            out->notes << Tr::tr("lab down failed: %1").arg(downError);
            if (ok)
                *error = downError;
            out->seconds = double(total.elapsed()) / 1000.0;
            return false;
        }
    }
    out->seconds = double(total.elapsed()) / 1000.0;
    return ok;
}

} // namespace sw::verify
