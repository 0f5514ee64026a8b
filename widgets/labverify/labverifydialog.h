// The table of `lab verify` for the open design: each failure candidate, what
// the validator and the what-if analysis predict, what the lab observed, and
// whether they agree. The run (lab up, fail, probe, heal, down) happens on a
// worker thread; the dialog shows its progress and can cancel it. When the lab
// cannot run here (no root), the dialog says why and what to run instead.
#pragma once

#include "deploy/verify/labverifier.h"

#include <QDialog>
#include <atomic>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace sw {

class DesignModel;

class LabVerifyDialog : public QDialog {
    Q_OBJECT
public:
    LabVerifyDialog(DesignModel *model, QWidget *parent = nullptr);
    ~LabVerifyDialog() override;

    bool isRunning() const;
    const verify::VerifyReport &report() const { return m_report; }
    // Shows a report in the table and the notes (a run's, when it ends).
    void showReport(const verify::VerifyReport &report);

public slots:
    void start();
    void cancel();

signals:
    void runFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onProgress(const verify::VerifyProgress &p);
    void onDone(bool ok, const QString &error);

    DesignModel *m_model;
    QLabel *m_intro = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancelFlag{false};
    verify::VerifyReport m_report;
    verify::VerifyReport m_pending;   // written by the worker, read after it finished
    QString m_error;
};

} // namespace sw
