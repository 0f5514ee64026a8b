// What is shown on top of the design without being part of it: validator
// badges, deploy state, what-if failures, highlighted nodes and links (a
// selected finding, a step of the request-flow animation). The canvas and the
// picture exporters observe it; nothing here is saved with the design.
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace sw {

enum class Severity { Info = 0, Warning = 1, Error = 2 };

class Overlay : public QObject {
    Q_OBJECT
public:
    enum class RunState { Unknown, Deployed, Failed, Drifted, Running };
    using QObject::QObject;

    // Worst finding per node; nodes absent from the map have no badge.
    void setBadges(const QHash<QString, Severity> &badges);
    const QHash<QString, Severity> &badges() const { return m_badges; }

    void setRunState(const QString &id, RunState state);
    void clearRunStates();
    RunState runState(const QString &id) const { return m_run.value(id, RunState::Unknown); }

    // What-if: nodes marked as failed are drawn greyed out.
    void setFailed(const QSet<QString> &ids);
    const QSet<QString> &failed() const { return m_failed; }

    // Nodes and links drawn emphasised (a finding, an animation step).
    void setHighlighted(const QSet<QString> &ids);
    const QSet<QString> &highlighted() const { return m_highlighted; }

signals:
    // The ids whose look changed; empty means "maybe all".
    void changed(const QStringList &ids);

private:
    QHash<QString, Severity> m_badges;
    QHash<QString, RunState> m_run;
    QSet<QString> m_failed;
    QSet<QString> m_highlighted;
};

} // namespace sw
