#include "widgets/deploy/deploydialog.h"

#include "widgets/deploy/deploylogview.h"
#include "deploy/ssh/deployreport.h"
#include "widgets/deploy/deployservertable.h"
#include "deploy/ssh/knownhosts.h"
#include "core/model/designmodel.h"

#include "deploy/ssh/bundleexpectations.h"
#include "exporters/bundle/shellbundle.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace sw {

namespace {

QWidget *withBrowse(QLineEdit *edit, const QString &tip, const std::function<void()> &browse)
{
    auto *row = new QWidget;
    auto *l = new QHBoxLayout(row);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(edit, 1);
    auto *b = new QPushButton(QCoreApplication::translate("sw::DeployDialog", "Browse..."));
    b->setToolTip(tip);
    QObject::connect(b, &QPushButton::clicked, row, browse);
    l->addWidget(b);
    return row;
}

std::optional<Overlay::RunState> runStateFor(DeployMode mode, ServerState s)
{
    switch (s) {
    case ServerState::Connecting:
    case ServerState::Authenticating:
    case ServerState::Uploading:
    case ServerState::Running:
        return Overlay::RunState::Running;
    case ServerState::Succeeded:
        if (mode == DeployMode::DryRun)
            return std::nullopt; // a dry run changes nothing: back to what was shown
        return Overlay::RunState::Deployed;
    case ServerState::Drifted:
        return Overlay::RunState::Drifted;
    case ServerState::Failed:
    case ServerState::Refused:
        return Overlay::RunState::Failed;
    default:
        return std::nullopt;
    }
}

} // namespace

DeployDialog::DeployDialog(DesignModel *model, Overlay *overlay, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_overlay(overlay)
{
    setWindowTitle(tr("Deploy"));
    setModal(false);
    buildUi();
    connectEngine();
    refreshServers();
    setRunning(false);
    resize(1100, 720);
}

DeployDialog::~DeployDialog()
{
    m_engine.cancel();
    m_engine.waitForFinished();
}

void DeployDialog::buildUi()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("deploy"));

    m_mode = new QComboBox;
    m_mode->addItem(tr("Dry run: connect, upload, check the scripts, change nothing"), int(DeployMode::DryRun));
    m_mode->addItem(tr("Deploy: run each server's script"), int(DeployMode::Deploy));
    m_mode->addItem(tr("Check: compare the running servers with the design (read-only)"), int(DeployMode::Check));
    m_key = new QLineEdit(settings.value(QStringLiteral("key")).toString());
    m_key->setPlaceholderText(tr("the ssh agent, then ~/.ssh keys"));
    m_knownHosts = new QLineEdit(settings.value(QStringLiteral("knownHosts")).toString());
    m_knownHosts->setPlaceholderText(QDir::toNativeSeparators(effectiveKnownHostsFile(QString())));
    m_bundle = new QLineEdit;
    m_bundle->setPlaceholderText(tr("generated from the design"));
    m_jobs = new QSpinBox;
    m_jobs->setRange(1, 64);
    m_jobs->setValue(settings.value(QStringLiteral("jobs"), 4).toInt());
    m_jobs->setToolTip(tr("How many servers of one tier are deployed at the same time"));
    m_continue = new QCheckBox(tr("Go on with the next servers after a failure"));
    m_continue->setChecked(settings.value(QStringLiteral("continue"), false).toBool());

    auto *options = new QGroupBox(tr("Run"));
    auto *form = new QFormLayout(options);
    form->addRow(tr("&Mode:"), m_mode);
    m_keyRow = withBrowse(m_key, tr("Choose a private key"), [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Private key"), QDir::home().filePath(QStringLiteral(".ssh")));
        if (!f.isEmpty())
            m_key->setText(f);
    });
    form->addRow(tr("&Key file:"), m_keyRow);
    m_knownHostsRow = withBrowse(m_knownHosts, tr("Choose a known-hosts file"), [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Known hosts"), QDir::home().filePath(QStringLiteral(".ssh")),
                                                       QString(), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!f.isEmpty())
            m_knownHosts->setText(f);
    });
    form->addRow(tr("Known &hosts:"), m_knownHostsRow);
    m_bundleRow = withBrowse(m_bundle, tr("Deploy a shell bundle folder exported earlier"), [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Shell bundle folder"));
        if (!d.isEmpty())
            m_bundle->setText(d);
    });
    form->addRow(tr("&Bundle:"), m_bundleRow);
    auto *jobsRow = new QWidget;
    auto *jobsLayout = new QHBoxLayout(jobsRow);
    jobsLayout->setContentsMargins(0, 0, 0, 0);
    jobsLayout->addWidget(m_jobs);
    jobsLayout->addSpacing(16);
    jobsLayout->addWidget(m_continue);
    jobsLayout->addStretch(1);
    form->addRow(tr("&Parallel:"), jobsRow);

    m_table = new DeployServerTable;
    m_logs = new DeployLogView;
    connect(m_table, &DeployServerTable::serverSelected, m_logs, &DeployLogView::showServer);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_logs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    m_overall = new QProgressBar;
    m_overall->setRange(0, 100);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox;
    m_start = buttons->addButton(tr("&Start"), QDialogButtonBox::ActionRole);
    m_cancel = buttons->addButton(tr("Ca&ncel run"), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, [this] { startRun(); });
    connect(m_cancel, &QPushButton::clicked, this, &DeployDialog::cancelRun);
    connect(m_close, &QPushButton::clicked, this, &DeployDialog::close);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_overall, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(options);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addLayout(bottom);
}

void DeployDialog::connectEngine()
{
    connect(&m_engine, &DeployEngine::serverStateChanged, this, &DeployDialog::onStateChanged);
    connect(&m_engine, &DeployEngine::serverProgress, this, [this](const QString &id, int percent) {
        m_table->setProgress(id, percent);
        updateOverallProgress();
    });
    connect(&m_engine, &DeployEngine::outputLine, m_logs, &DeployLogView::appendLine);
    connect(&m_engine, &DeployEngine::hostKeyQuestion, this, &DeployDialog::askHostKey);
    connect(&m_engine, &DeployEngine::secretQuestion, this, &DeployDialog::askSecret);
    connect(&m_engine, &DeployEngine::finished, this, &DeployDialog::onFinished);
}

void DeployDialog::setMode(DeployMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

DeployMode DeployDialog::mode() const
{
    return DeployMode(m_mode->currentData().toInt());
}

void DeployDialog::setKeyFile(const QString &path) { m_key->setText(path); }
void DeployDialog::setKnownHostsFile(const QString &path) { m_knownHosts->setText(path); }
void DeployDialog::setBundleDir(const QString &dir) { m_bundle->setText(dir); }
bool DeployDialog::isRunning() const { return m_engine.isRunning(); }
QString DeployDialog::statusText() const { return m_status->text(); }

void DeployDialog::refreshServers()
{
    if (!isRunning())
        m_table->setServers(m_model->design());
}

void DeployDialog::showEvent(QShowEvent *event)
{
    refreshServers();
    QDialog::showEvent(event);
}

void DeployDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c01c28;") : QString());
}

bool DeployDialog::preparePlan(DeployPlan *plan, QStringList *notes, QString *error)
{
    const Design &design = m_model->design();
    const QStringList hosts = m_table->checkedServers();
    if (hosts.isEmpty()) {
        *error = tr("Tick at least one server.");
        return false;
    }
    TargetOverride all;
    all.identityFile = m_key->text().trimmed();
    if (!planFromDesign(design, hosts, all, m_table->overrides(), plan, error))
        return false;
    if (mode() == DeployMode::Check) {
        QString why;
        if (!expectationsFromBundle(design, plan, &why))
            *notes << tr("checked against the design only: %1").arg(why);
        return true;
    }
    QString dir = m_bundle->text().trimmed();
    if (dir.isEmpty()) {
        m_bundleTmp = std::make_unique<QTemporaryDir>();
        if (!m_bundleTmp->isValid()) {
            *error = tr("Cannot create a temporary folder: %1").arg(m_bundleTmp->errorString());
            return false;
        }
        dir = m_bundleTmp->filePath(QStringLiteral("bundle"));
        if (!bundle::writeShellBundle(design, dir, error))
            return false;
    }
    return attachShellBundle(plan, dir, error);
}

bool DeployDialog::startRun()
{
    if (isRunning())
        return false;
    DeployPlan plan;
    QString error;
    QStringList notes;
    if (!preparePlan(&plan, &notes, &error)) {
        setStatus(error, true);
        return false;
    }
    DeployOptions options;
    options.mode = mode();
    options.knownHostsFile = m_knownHosts->text().trimmed();
    options.maxParallel = m_jobs->value();
    options.continueOnFailure = m_continue->isChecked();
    options.allowPassword = true;
    options.hostKeys = HostKeyPolicy::Ask;
    options.environment = environmentValues(plan.variables);
    saveSettings();

    m_runMode = options.mode;
    m_runServers = plan.serverIds();
    m_previousRunStates.clear();
    for (const QString &id : std::as_const(m_runServers))
        m_previousRunStates.insert(id, m_overlay ? m_overlay->runState(id) : Overlay::RunState::Unknown);
    m_table->resetStates(m_runServers);
    m_logs->reset(m_runServers);
    QStringList missing;
    for (const QString &v : std::as_const(plan.variables))
        if (!options.environment.contains(v))
            missing << v;
    if (!missing.isEmpty() && options.mode == DeployMode::Deploy)
        notes << tr("not set in Stackwright's environment (the scripts may ask for them): %1")
                     .arg(missing.join(QStringLiteral(", ")));
    for (const QString &id : std::as_const(m_runServers))
        for (const QString &note : std::as_const(notes))
            m_logs->appendLine(id, OutputStream::Info, note);
    m_overall->setValue(0);
    if (!m_engine.start(plan, options)) {
        setStatus(tr("Nothing to run."), true);
        return false;
    }
    setRunning(true);
    m_table->selectServer(m_runServers.value(0));
    setStatus(tr("Running the %1 on %n server(s)...", nullptr, int(m_runServers.size())).arg(deployModeName(m_runMode)));
    return true;
}

void DeployDialog::cancelRun()
{
    if (!isRunning())
        return;
    m_engine.cancel();
    m_cancel->setEnabled(false);
    setStatus(tr("Cancelling: stopping the remote commands..."));
}

void DeployDialog::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    for (QWidget *w : std::initializer_list<QWidget *>{m_mode, m_keyRow, m_knownHostsRow, m_bundleRow, m_jobs, m_continue})
        w->setEnabled(!running);
    m_table->setEditable(!running);
}

void DeployDialog::updateOverallProgress()
{
    if (m_runServers.isEmpty())
        return;
    int sum = 0;
    for (const QString &id : std::as_const(m_runServers))
        sum += m_table->progress(id);
    m_overall->setValue(sum / int(m_runServers.size()));
}

void DeployDialog::onStateChanged(const QString &id, ServerState state, const QString &message)
{
    m_table->setState(id, state, message);
    if (isTerminal(state) && !message.isEmpty())
        m_logs->appendLine(id, OutputStream::Info, QStringLiteral("%1: %2").arg(serverStateName(state), message));
    updateOverallProgress();
    if (!m_overlay)
        return;
    const std::optional<Overlay::RunState> rs = runStateFor(m_runMode, state);
    if (rs)
        m_overlay->setRunState(id, *rs);
    else if (isTerminal(state))
        m_overlay->setRunState(id, m_previousRunStates.value(id, Overlay::RunState::Unknown));
}

void DeployDialog::onFinished(const DeploySummary &summary)
{
    setRunning(false);
    m_overall->setValue(100);
    m_bundleTmp.reset();
    const QString counts = summaryCounts(summary);
    QString headline;
    switch (summary.mode) {
    case DeployMode::DryRun:
        headline = summary.cancelled ? tr("Dry run cancelled: %1") : tr("Dry run finished: %1");
        break;
    case DeployMode::Deploy:
        headline = summary.cancelled ? tr("Deploy cancelled: %1") : tr("Deploy finished: %1");
        break;
    case DeployMode::Check:
        headline = summary.cancelled ? tr("Check cancelled: %1") : tr("Check finished: %1");
        break;
    }
    headline = headline.arg(counts);
    m_logs->setSummary(headline, summaryLines(summary));
    setStatus(headline, !summary.allSucceeded());
    emit runFinished(summary);
    if (m_closeWhenDone)
        close();
}

void DeployDialog::askHostKey(const QString &id, const QString &where, const QString &type, const QString &fingerprint)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unknown host key"),
                                tr("The server %1 (%2) presents a host key that is not known yet:\n\n%3 %4\n\n"
                                   "Trust it only if it is the server's real key (on the server: "
                                   "ssh-keygen -lf /etc/ssh/ssh_host_%5_key.pub). Trust and remember it?")
                                    .arg(id, where, type, fingerprint,
                                         type.startsWith(QLatin1String("ssh-")) ? type.mid(4) : type),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(box, &QMessageBox::finished, this, [this, id, box] {
        m_engine.answerHostKey(id, box->clickedButton() == box->button(QMessageBox::Yes));
    });
    box->open();
}

void DeployDialog::askSecret(const QString &id, const QString &prompt)
{
    auto *input = new QInputDialog(this);
    input->setWindowTitle(tr("Deploy: %1").arg(id));
    input->setLabelText(prompt);
    input->setTextEchoMode(QLineEdit::Password);
    input->setAttribute(Qt::WA_DeleteOnClose);
    connect(input, &QInputDialog::finished, this, [this, id, input](int result) {
        const QString answer = input->textValue();
        input->setTextValue(QString());
        m_engine.answerSecret(id, result == QDialog::Accepted ? std::optional<QString>(answer) : std::nullopt);
    });
    input->open();
}

void DeployDialog::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("deploy"));
    settings.setValue(QStringLiteral("key"), m_key->text().trimmed());
    settings.setValue(QStringLiteral("knownHosts"), m_knownHosts->text().trimmed());
    settings.setValue(QStringLiteral("jobs"), m_jobs->value());
    settings.setValue(QStringLiteral("continue"), m_continue->isChecked());
}

void DeployDialog::closeEvent(QCloseEvent *event)
{
    if (isRunning()) {
        m_closeWhenDone = true;
        cancelRun();
        event->ignore();
        return;
    }
    m_closeWhenDone = false;
    QDialog::closeEvent(event);
}

void DeployDialog::reject()
{
    if (isRunning()) {
        m_closeWhenDone = true;
        cancelRun();
        return;
    }
    m_closeWhenDone = false;
    QDialog::reject();
}

} // namespace sw
