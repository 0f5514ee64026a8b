// Runs GraphvizLayout off the GUI thread. Graphviz is not thread-safe: one
// worker thread owns the one GVC_t context, and jobs queue up in submission
// order. Progress and results arrive in the thread that owns the worker; a
// cancelled job's result is discarded (cancelled() is emitted instead of
// finished()).
#pragma once

#include "exporters/pictures/graphvizlayout.h"

#include <QMetaType>
#include <QObject>
#include <QThread>
#include <memory>

namespace sw {

class LayoutWorker : public QObject {
    Q_OBJECT
public:
    explicit LayoutWorker(QObject *parent = nullptr);
    ~LayoutWorker() override;

    // Queues a layout of this snapshot of the design; returns the job id.
    int submit(const Design &design, const LayoutOptions &options);
    // The job's result will not be delivered. Safe for finished or unknown ids.
    void cancel(int job);
    // Jobs submitted and not yet finished or cancelled.
    int pending() const;

signals:
    void progress(int job, int percent, const QString &stage);
    void finished(int job, const sw::LayoutResult &result);
    void failed(int job, const QString &message);
    void cancelled(int job);

private:
    struct Shared;
    class Engine;
    void deliver(int job, const LayoutResult &result);
    void reportProgress(int job, int percent, const QString &stage);

    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    Engine *m_engine = nullptr; // lives in m_thread; deleted after it stopped
    int m_next = 1;
    int m_pending = 0;
};

} // namespace sw

Q_DECLARE_METATYPE(sw::LayoutResult)
