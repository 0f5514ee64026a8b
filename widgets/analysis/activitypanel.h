// The student's view of an activity: percent complete (profile
// requirements met), what is still missing, the teacher's hints and the
// findings' fixes. While the design is an activity (and "teacher mode" is
// off), changes to locked nodes are undone at once.
#pragma once

#include "core/analysis/activity.h"
#include "widgets/canvas/editorcontext.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;

namespace sw {

class ActivityPanel : public QWidget {
    Q_OBJECT
public:
    ActivityPanel(const EditorContext &ctx, QWidget *parent = nullptr);

    bool hasActivity() const { return m_has; }
    int percentComplete() const;
    QStringList hints() const;
    // The design the locked nodes are compared with (when the activity was
    // opened or saved).
    void takeSnapshot();

signals:
    void message(const QString &text);

private:
    void refresh();
    void onIndexChanged(int index);
    void touched(const QString &id);

    EditorContext m_ctx;
    Design m_original;
    Activity m_activity;
    bool m_has = false;
    GradeResult m_grade;
    QTimer m_timer;
    QLabel *m_title, *m_status;
    QProgressBar *m_progress;
    QListWidget *m_missing, *m_hints;
    QCheckBox *m_teacher;
    int m_lastIndex = 0;
    bool m_lockedTouched = false;
};

} // namespace sw
