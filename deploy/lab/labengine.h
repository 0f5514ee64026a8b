// The lab engine: stands a design up on this machine (root needed), and
// answers status, exec, fail, heal, probe and down for the lab in its state
// folder (default /run/stackwright-lab). Every call is synchronous and may
// run on a worker thread: up() reports each step through `progress` and
// stops at the next step once `cancel` is set (then call down()). The lab
// is found again by later calls and processes (the CLI runs one per
// command); down() also cleans a lab whose CLI crashed.
#pragma once

#include "deploy/lab/labplan.h"
#include "deploy/lab/labprobe.h"
#include "deploy/lab/labshell.h"

#include <QHash>
#include <QProcessEnvironment>
#include <atomic>
#include <functional>

namespace sw::lab {

struct LabEvent {
    enum class Kind { Started, Done, Failed, Info };
    Kind kind = Kind::Info;
    QString node;             // empty: the lab as a whole
    QString step;             // "namespaces", "certificates", "provision", "daemons"...
    QString text;
};
using LabProgress = std::function<void(const LabEvent &)>;

struct UnitStatus {
    QString unit;
    bool up = false;
    bool absent = false;          // not run in the lab (the vendor's collector, rsyslog, or its package is not here)
};

struct NodeStatus {
    QString name, nodeId, role;   // role: server, users, firewall
    QStringList addresses;
    bool present = false;         // its namespace exists
    bool failed = false;          // `lab fail` stopped it
    QVector<UnitStatus> units;
    QStringList notes;
    int filesChecked = 0;         // with checkFiles: the bundle's files compared byte for byte
    QStringList filesDiffering;
};

struct LabStatus {
    bool running = false;
    QString designName, domain, dnsTarget, hostOs;
    QStringList vipHolders;       // the nodes holding a virtual address
    QVector<NodeStatus> nodes;
    QStringList notes;
};

struct Timing {
    double wallSeconds = 0;
    double cpuSeconds = 0;        // of the children (scripts, daemons' start)
};

class LabEngine {
public:
    explicit LabEngine(const QString &stateDir = defaultStateDir());

    // Can the lab run here? false with a plain reason and what to run instead.
    static bool canRun(QString *why);

    bool up(const Design &design, const LabProgress &progress, const std::atomic_bool *cancel, QString *error);
    bool down(QString *error);
    bool isUp() const;
    bool status(LabStatus *out, bool checkFiles, QString *error);
    // A command in the node's namespaces; stdin/stdout/stderr are this
    // process's. Returns its exit code, or -1 with `error`.
    int exec(const QString &node, const QStringList &command, QString *error);
    // A command in the node's namespaces with the lab's environment, its
    // standard output captured; false with `error` unless it exits with 0.
    bool capture(const QString &node, const QStringList &command, QByteArray *out, QString *error, int timeoutMs = 60000);
    bool fail(const QString &node, QString *error);
    bool heal(const QString &node, QString *error);
    bool probe(const ProbeOptions &options, QVector<ProbeResult> *out, QString *error);

    const Timing &lastTiming() const { return m_timing; }
    QString stateDir() const { return m_state; }

private:
    bool loadLab(LabPlan *plan, QProcessEnvironment *env, QString *error) const;
    QStringList enterArgs(const LabNode &node) const;
    bool runHost(const QString &script, const QStringList &args, QString *error, QByteArray *out = nullptr) const;
    bool runInNode(const LabNode &node, const QStringList &command, const QProcessEnvironment &env,
                   QByteArray *out, QString *error, int timeoutMs = 60000) const;
    bool provision(const QVector<const LabNode *> &nodes, const QProcessEnvironment &env, const LabProgress &progress,
                   const std::atomic_bool *cancel, QString *error);
    QProcessEnvironment scriptEnvironment(const LabNode &node, const QProcessEnvironment &lab) const;
    bool waitReady(const LabPlan &plan, const std::atomic_bool *cancel, QString *error);
    void checkFiles(const LabNode &node, const QProcessEnvironment &env, NodeStatus *status) const;

    QString m_state;
    Timing m_timing;
};

} // namespace sw::lab
