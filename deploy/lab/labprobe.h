// Requests from the users' namespace to https://DOMAIN/ (resolved through
// the design's DNS record, the lab CA verified), and what they report.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace sw::lab {

struct ProbeOptions {
    int count = 10;
    int intervalMs = 100;
    int timeoutMs = 2000;
    bool write = false;       // the app writes a row (and checks it on the replicas)
    QString scheme;           // "http" or "https"; empty: as users reach the design (LabPlan::entryScheme)
    QString path = QStringLiteral("/");
};

struct ProbeResult {
    double at = 0;            // seconds since the epoch, when the request started
    double seconds = 0;       // how long it took
    int status = 0;           // HTTP status; 0: no answer
    QString location;         // a redirect's target
    QString error;
    QString loadBalancer, webServer, appServer, database;
    QJsonObject body;         // the demo app's answer
    bool ok() const { return status == 200; }
};

// The Python run inside the users' namespace (argv: URL COUNT INTERVAL_MS
// TIMEOUT_MS): one JSON object per line and request.
QString probeProgram();
ProbeResult parseProbeLine(const QByteArray &line);

} // namespace sw::lab
