#include "widgets/analysis/activitypanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sw {

ActivityPanel::ActivityPanel(const EditorContext &ctx, QWidget *parent) : QWidget(parent), m_ctx(ctx)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setFormat(tr("%p % complete"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_missing = new QListWidget(this);
    m_hints = new QListWidget(this);
    m_hints->setWordWrap(true);
    m_missing->setWordWrap(true);
    m_teacher = new QCheckBox(tr("Teacher mode (locked nodes can be changed)"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Still missing:"), this));
    layout->addWidget(m_missing, 1);
    layout->addWidget(new QLabel(tr("Hints:"), this));
    layout->addWidget(m_hints, 1);
    layout->addWidget(m_teacher);

    m_timer.setSingleShot(true);
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &ActivityPanel::refresh);
    connect(ctx.model, &DesignModel::changed, &m_timer, qOverload<>(&QTimer::start));
    connect(ctx.model, &DesignModel::designReset, this, &ActivityPanel::takeSnapshot);
    connect(ctx.model, &DesignModel::nodeChanged, this, &ActivityPanel::touched);
    connect(ctx.model, &DesignModel::nodeAboutToBeRemoved, this, &ActivityPanel::touched);
    connect(ctx.model, &DesignModel::nodeReparented, this, &ActivityPanel::touched);
    if (ctx.undo) {
        m_lastIndex = ctx.undo->index();
        connect(ctx.undo, &QUndoStack::indexChanged, this, &ActivityPanel::onIndexChanged);
    }
    takeSnapshot();
}

void ActivityPanel::takeSnapshot()
{
    m_original = m_ctx.model->design();
    refresh();
}

int ActivityPanel::percentComplete() const { return m_has ? m_grade.score : 0; }

QStringList ActivityPanel::hints() const { return m_grade.hints; }

void ActivityPanel::touched(const QString &id)
{
    if (m_has && !m_teacher->isChecked() && m_activity.locked.contains(id))
        m_lockedTouched = true;
}

void ActivityPanel::onIndexChanged(int index)
{
    const bool forward = index > m_lastIndex;
    m_lastIndex = index;
    if (!m_lockedTouched)
        return;
    m_lockedTouched = false;
    if (!forward)
        return;
    // Undo the change to a locked node once the command has finished.
    QTimer::singleShot(0, this, [this] {
        if (m_ctx.undo->canUndo())
            m_ctx.undo->undo();
        emit message(tr("That node is locked by the activity: the change was undone."));
    });
}

void ActivityPanel::refresh()
{
    const Design &d = m_ctx.model->design();
    QString error;
    Activity a;
    m_has = activityOf(d, &a, &error);
    m_missing->clear();
    m_hints->clear();
    if (!m_has) {
        m_title->setText(tr("No activity"));
        m_status->setText(tr("A teacher can turn this design into an activity with File > Save as Activity..."));
        m_progress->setValue(0);
        m_progress->setEnabled(false);
        m_teacher->setEnabled(false);
        return;
    }
    m_activity = a;
    m_grade = gradeSubmission(a, m_original, d);
    m_title->setText(a.title.isEmpty() ? tr("Activity: reach the \"%1\" profile").arg(a.profile)
                                       : tr("Activity: %1").arg(a.title));
    m_progress->setEnabled(true);
    m_teacher->setEnabled(true);
    m_progress->setValue(m_grade.score);
    m_status->setText(tr("%1 of %2 requirements met.").arg(m_grade.met).arg(m_grade.total));
    for (const Requirement &r : m_grade.unmet())
        m_missing->addItem(r.message.isEmpty() ? r.title : QStringLiteral("%1: %2").arg(r.title, r.message));
    for (const QString &h : m_grade.hints)
        m_hints->addItem(h);
}

} // namespace sw
