// One comparison: the open design (new) against a design read from a file
// (old). Recomputes the diff and what it does shortly after every edit, so
// the marks and the list follow the open design.
#pragma once

#include "exporters/bundle/bundlediff.h"
#include "core/diff/designdiff.h"
#include "core/diff/diffimpact.h"

#include <QObject>
#include <QTimer>

namespace sw {

class DesignModel;

class CompareSession : public QObject {
    Q_OBJECT
public:
    CompareSession(DesignModel *model, QObject *parent = nullptr);

    // Reads `path` and compares; false with a message naming the file.
    bool start(const QString &path, QString *error);
    // Compares with a design already in memory (tests, templates).
    void start(const Design &other, const QString &name);
    void stop();
    bool isActive() const { return m_active; }

    const QString &otherName() const { return m_name; }
    const Design &other() const { return m_other; }
    const DesignDiff &diff() const { return m_diff; }
    const DiffImpact &impact() const { return m_impact; }
    const bundle::BundleDiff &bundleDiff() const { return m_bundle; }
    // Recomputes now (the timer does it after edits).
    void recompute();

signals:
    void updated();
    void stopped();

private:
    DesignModel *m_model;
    Design m_other;
    QString m_name;
    bool m_active = false;
    DesignDiff m_diff;
    DiffImpact m_impact;
    bundle::BundleDiff m_bundle;
    QTimer m_timer;
};

} // namespace sw
