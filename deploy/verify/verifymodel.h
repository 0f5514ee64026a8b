// Predictions checked in the lab (issue 14): what the validator and the
// what-if analysis predict for the failure of each candidate, what the lab
// observed when it failed that candidate for real, and whether they agree.
// Pure data and comparison: no lab, no root (tests feed it both sides).
#pragma once

#include "deploy/lab/labprobe.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sw::verify {

// What a series of requests showed once the failure had settled.
enum class Served { Yes, No, Unstable, Unknown };
QString servedKey(Served s);    // "yes", "no", "unstable", "unknown" (JSON, never translated)
QString servedTitle(Served s);  // translated

struct Prediction {
    QString unit;                 // the failure candidate's node id; empty: nothing failed (the baseline)
    QString label;                // its host name (or label)
    bool networkFirewall = false;
    bool validatorSpof = false;   // the validator reports SPOF on it
    bool reads = true;            // what-if: a request still reaches a database
    bool writes = true;           // what-if: a request still reaches a database that accepts writes
    QStringList notes;            // where the analysis knowingly simplifies (translated)
};

struct Observation {
    bool checked = false;         // the lab failed it and probed
    QString skipped;              // why it was not checked (translated)
    Served reads = Served::Unknown, writes = Served::Unknown;
    int readsOk = 0, readsSent = 0, writesOk = 0, writesSent = 0;
    QStringList servedBy;         // "lb-01 > web-01 > app-01 > db-01" of the last good read
    QString lastError;            // of the last failed request
    bool healed = true;           // after heal, reads and writes were served again
    QString healError;
    double seconds = 0;           // fail, probe, heal and recover
};

struct Row {
    Prediction predicted;
    Observation observed;
    bool agrees = false;
    QStringList disagreements;    // translated: what the lab contradicted, and where the defect is
};

// The verdict on one row.
Row compare(const Prediction &p, const Observation &o);
bool allAgree(const QVector<Row> &rows);

// How one request counts. A read: 200 and a database named. A write: 200, a
// row written, on one of the `primaries` (host names): the write went the
// whole path to a database that accepts writes.
bool readServed(const lab::ProbeResult &r);
bool writeServed(const lab::ProbeResult &r, const QSet<QString> &primaries);
// The state of a series in the order sent: Yes when its last `stable`
// requests were served, No when none of them was, else Unstable (Unknown
// when fewer than `stable` were sent).
Served settled(const QVector<bool> &served, int stable);

// One request the verifier sent: a read or a write, and its answer.
struct Sample {
    bool write = false;
    lab::ProbeResult result;
};

// Fills the counts, the verdicts, servedBy and lastError of `o` from the
// requests sent after the failure, in order.
void observe(const QVector<Sample> &samples, const QSet<QString> &primaries, int stable, Observation *o);

QJsonObject rowJson(const Row &row);

} // namespace sw::verify
