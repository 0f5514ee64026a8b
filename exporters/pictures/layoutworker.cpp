#include "exporters/pictures/layoutworker.h"

#include <QMutex>
#include <QPointer>
#include <QSet>

namespace sw {

struct LayoutWorker::Shared {
    QMutex mutex;
    QSet<int> cancelled;
    bool isCancelled(int job)
    {
        QMutexLocker lock(&mutex);
        return cancelled.contains(job);
    }
};

// Owns the GraphvizLayout (and its GVC_t) inside the worker thread.
class LayoutWorker::Engine : public QObject {
public:
    std::unique_ptr<GraphvizLayout> layout;
};

LayoutWorker::LayoutWorker(QObject *parent) : QObject(parent), m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<sw::LayoutResult>();
    m_thread.setObjectName(QStringLiteral("graphviz"));
    m_engine = new Engine; // deleted in the destructor, after the thread stopped
    m_engine->moveToThread(&m_thread);
    m_thread.start();
}

LayoutWorker::~LayoutWorker()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        for (int j = 1; j < m_next; ++j)
            m_shared->cancelled.insert(j);
    }
    // Free the Graphviz context in the thread that made it, then stop.
    Engine *engine = m_engine;
    QMetaObject::invokeMethod(engine, [engine] { engine->layout.reset(); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_engine;
}

int LayoutWorker::submit(const Design &design, const LayoutOptions &options)
{
    const int job = m_next++;
    ++m_pending;
    Engine *engine = m_engine;
    std::shared_ptr<Shared> shared = m_shared;
    QPointer<LayoutWorker> self(this);
    QMetaObject::invokeMethod(
        engine,
        [engine, shared, self, job, design, options] {
            if (shared->isCancelled(job)) {
                LayoutResult r;
                r.cancelled = true;
                if (self)
                    QMetaObject::invokeMethod(self, [self, job, r] { if (self) self->deliver(job, r); }, Qt::QueuedConnection);
                return;
            }
            if (!engine->layout)
                engine->layout = std::make_unique<GraphvizLayout>();
            const LayoutResult r = engine->layout->compute(design, options, [&](int pct, const QString &stage) {
                if (shared->isCancelled(job))
                    return false;
                if (self)
                    QMetaObject::invokeMethod(self, [self, job, pct, stage] { if (self) self->reportProgress(job, pct, stage); },
                                              Qt::QueuedConnection);
                return true;
            });
            if (self)
                QMetaObject::invokeMethod(self, [self, job, r] { if (self) self->deliver(job, r); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return job;
}

void LayoutWorker::cancel(int job)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->cancelled.insert(job);
}

int LayoutWorker::pending() const { return m_pending; }

void LayoutWorker::reportProgress(int job, int percent, const QString &stage)
{
    if (!m_shared->isCancelled(job))
        emit progress(job, percent, stage);
}

void LayoutWorker::deliver(int job, const LayoutResult &result)
{
    m_pending = std::max(0, m_pending - 1);
    if (result.cancelled || m_shared->isCancelled(job)) {
        emit cancelled(job);
        return;
    }
    if (!result.ok) {
        emit failed(job, result.error);
        return;
    }
    emit finished(job, result);
}

} // namespace sw
