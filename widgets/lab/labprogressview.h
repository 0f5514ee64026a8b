// The Lab dock: what stops the lab from running here (and what to run), the
// bring-up step by step for each server (namespaces, files and packages,
// each daemon) with Cancel, then the live state of every server and
// daemon, the virtual address's holder, and Stop.
#pragma once

#include "widgets/lab/labsession.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sw {

class LabProgressView : public QWidget {
    Q_OBJECT
public:
    explicit LabProgressView(LabSession *session, QWidget *parent = nullptr);

    // Why the lab cannot start, and what to run (empty: clears it).
    void showBlocker(const QString &why, const QString &command);
    void showMessage(const QString &text, bool error = false);
    QString blockerText() const;
    QString messageText() const;
    QTreeWidget *tree() const { return m_tree; }
    // The state text shown for a server (lab node name) and its step rows.
    QString serverStateText(const QString &server) const;
    QString stepText(const QString &server, const QString &step) const;

signals:
    void runRequested();
    void stopRequested();

private:
    void onProgress(const lab::LabEvent &e);
    void refresh();
    QTreeWidgetItem *serverItem(const QString &name);
    QTreeWidgetItem *stepItem(const QString &server, const QString &step, const QString &title);

    LabSession *m_session;
    QLabel *m_blocker, *m_message;
    QPushButton *m_run, *m_cancel, *m_stop;
    QTreeWidget *m_tree;
    QHash<QString, QTreeWidgetItem *> m_servers;
    QHash<QString, QTreeWidgetItem *> m_steps;   // "server/step"
};

} // namespace sw
