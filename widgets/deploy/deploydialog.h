// Tools > Deploy...: runs the design's shell bundle over ssh (or a dry run,
// or a read-only check) with the deploy engine, one row per server (how it
// is reached, its state and progress), a live log per server, cancel, and a
// summary at the end. The engine works off the GUI thread; the servers on
// the canvas show their run state through the overlay.
#pragma once

#include "deploy/ssh/deployengine.h"
#include "core/model/overlay.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTemporaryDir;

namespace sw {

class DesignModel;
class DeployLogView;
class DeployServerTable;

class DeployDialog : public QDialog {
    Q_OBJECT
public:
    DeployDialog(DesignModel *model, Overlay *overlay, QWidget *parent = nullptr);
    ~DeployDialog() override;

    void setMode(DeployMode mode);
    void setKeyFile(const QString &path);
    void setKnownHostsFile(const QString &path);
    // A shell bundle folder to deploy instead of one generated from the design.
    void setBundleDir(const QString &dir);
    // Rebuilds the server rows from the design (done when the dialog is shown).
    void refreshServers();
    // What Start does; false (with the reason in the status line) when the
    // run cannot start.
    bool startRun();
    void cancelRun();
    bool isRunning() const;
    QString statusText() const;
    DeployServerTable *serverTable() const { return m_table; }
    DeployLogView *logView() const { return m_logs; }

signals:
    void runFinished(const sw::DeploySummary &summary);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void buildUi();
    void connectEngine();
    bool preparePlan(DeployPlan *plan, QStringList *notes, QString *error);
    DeployMode mode() const;
    void setRunning(bool running);
    void setStatus(const QString &text, bool error = false);
    void updateOverallProgress();
    void onStateChanged(const QString &id, ServerState state, const QString &message);
    void onFinished(const DeploySummary &summary);
    void askHostKey(const QString &id, const QString &where, const QString &type, const QString &fingerprint);
    void askSecret(const QString &id, const QString &prompt);
    void saveSettings() const;

    DesignModel *m_model;
    QPointer<Overlay> m_overlay;
    DeployEngine m_engine;
    std::unique_ptr<QTemporaryDir> m_bundleTmp;
    QStringList m_runServers;
    QHash<QString, Overlay::RunState> m_previousRunStates;
    DeployMode m_runMode = DeployMode::DryRun;
    bool m_closeWhenDone = false;

    QComboBox *m_mode = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_knownHosts = nullptr;
    QLineEdit *m_bundle = nullptr;
    QWidget *m_keyRow = nullptr;
    QWidget *m_knownHostsRow = nullptr;
    QWidget *m_bundleRow = nullptr;
    QSpinBox *m_jobs = nullptr;
    QCheckBox *m_continue = nullptr;
    DeployServerTable *m_table = nullptr;
    DeployLogView *m_logs = nullptr;
    QProgressBar *m_overall = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace sw
