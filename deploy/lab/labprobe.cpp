#include "deploy/lab/labprobe.h"

#include <QJsonDocument>

namespace sw::lab {

QString probeProgram()
{
    return QStringLiteral(R"PY(import http.client, json, ssl, sys, time, urllib.parse
url, count, interval, timeout = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) / 1000.0, int(sys.argv[4]) / 1000.0
u = urllib.parse.urlsplit(url)
ctx = ssl.create_default_context()
for i in range(count):
    start = time.time()
    out = {"at": start, "status": 0}
    try:
        if u.scheme == "https":
            c = http.client.HTTPSConnection(u.hostname, u.port or 443, timeout=timeout, context=ctx)
        else:
            c = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=timeout)
        c.request("GET", (u.path or "/") + ("?" + u.query if u.query else ""), headers={"Connection": "close"})
        r = c.getresponse()
        data = r.read()
        out["status"] = r.status
        out["location"] = r.getheader("Location") or ""
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
    if i + 1 < count:
        time.sleep(max(0.0, interval - (time.time() - start)))
)PY");
}

ProbeResult parseProbeLine(const QByteArray &line)
{
    ProbeResult r;
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    r.at = o.value(QStringLiteral("at")).toDouble();
    r.seconds = o.value(QStringLiteral("seconds")).toDouble();
    r.status = o.value(QStringLiteral("status")).toInt();
    r.location = o.value(QStringLiteral("location")).toString();
    r.error = o.value(QStringLiteral("error")).toString();
    r.body = o.value(QStringLiteral("body")).toObject();
    r.loadBalancer = o.value(QStringLiteral("load_balancer")).toString();
    if (r.loadBalancer.isEmpty())
        r.loadBalancer = r.body.value(QStringLiteral("load_balancer")).toString();
    r.webServer = r.body.value(QStringLiteral("web_server")).toString();
    r.appServer = r.body.value(QStringLiteral("app_server")).toString();
    r.database = r.body.value(QStringLiteral("database")).toString();
    return r;
}

} // namespace sw::lab
