// `lab verify`: for every failure candidate of a design, fail it in the lab,
// probe reads and writes from the users' namespace, heal it, and compare
// with what the validator and the what-if analysis predict (verifymodel.h).
// Brings the lab up when none runs (and down again), or uses the running
// lab of the same design. Synchronous: a GUI runs it on a worker thread
// (progress through the callback, stops at the next step once `cancel` is set).
#pragma once

#include "deploy/lab/labengine.h"
#include "deploy/verify/verifymodel.h"

#include <atomic>
#include <functional>

namespace sw::verify {

struct VerifyOptions {
    int timeoutMs = 1500;     // one request
    int intervalMs = 100;     // between rounds (a read and a write)
    int settleMs = 5000;      // after a failure: probe this long unless served steadily sooner
    int recoverMs = 40000;    // after heal: how long the stack may take to serve again
    int stable = 3;           // this many requests in a row decide
    bool keepUp = false;      // leave a lab it brought up running
};

struct VerifyProgress {
    int done = 0, total = 0;  // candidates checked, of all (with the baseline)
    QString text;             // translated: what happens now
};
using VerifyProgressFn = std::function<void(const VerifyProgress &)>;

struct VerifyReport {
    QString designName;
    bool broughtUp = false;   // the verifier brought the lab up (and down)
    double upSeconds = 0;     // its bring-up
    double seconds = 0;       // everything
    QVector<Row> rows;        // the baseline first, then the candidates
    QStringList notes;        // translated
};

// The Python run in the users' namespace (argv: URL PRIMARIES TIMEOUT_MS
// INTERVAL_MS DEADLINE_MS STABLE): a read and a write per round, one JSON
// line per request, until both were served `stable` times in a row or the
// deadline has passed.
QString seriesProgram();

class LabVerifier {
public:
    explicit LabVerifier(lab::LabEngine &engine) : m_engine(engine) {}
    // False with `error` when the lab cannot run, the design cannot come up,
    // another design's lab is running, or on cancel; the rows say the rest.
    bool run(const Design &design, const VerifyOptions &options, const VerifyProgressFn &progress,
             const std::atomic_bool *cancel, VerifyReport *out, QString *error);

private:
    bool useOrBringUp(const Design &design, const VerifyProgressFn &progress, const std::atomic_bool *cancel,
                      VerifyReport *out, QString *error);
    bool series(int deadlineMs, QVector<Sample> *out, QString *error);
    void check(const Prediction &p, Observation *o);

    lab::LabEngine &m_engine;
    VerifyOptions m_options;
    QString m_url;
    QSet<QString> m_primaries;
};

} // namespace sw::verify
