#include "widgets/labverify/labverifydialog.h"

#include "core/model/designmodel.h"
#include "deploy/lab/labshell.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace sw {

namespace {

enum Column { Node, Spof, Reads, Writes, LabReads, LabWrites, Agrees, ColumnCount };

} // namespace

LabVerifyDialog::LabVerifyDialog(DesignModel *model, QWidget *parent) : QDialog(parent), m_model(model)
{
    setObjectName(QStringLiteral("labVerifyDialog"));
    setWindowTitle(tr("Check Predictions in the Lab"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(tr("The design runs as a lab on this machine. Each server is failed in turn, requests are sent from "
                            "the users' side (reads, and writes that must reach the primary database), then it is healed. "
                            "The table compares what happened with what the validator and the what-if analysis predict."),
                         this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("labVerifyTable"));
    m_table->setHorizontalHeaderLabels({tr("Failed"), tr("SPOF (validator)"), tr("Reads (what-if)"), tr("Writes (what-if)"),
                                        tr("Reads (lab)"), tr("Writes (lab)"), tr("Agrees")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("labVerifyNotes"));
    m_notes->setReadOnly(true);
    m_notes->setMaximumBlockCount(500);
    layout->addWidget(m_notes);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("labVerifyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(this);
    m_run = buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("labVerifyRun"));
    m_cancel = buttons->addButton(tr("&Cancel Run"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("labVerifyCancel"));
    m_cancel->setEnabled(false);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_run, &QPushButton::clicked, this, &LabVerifyDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &LabVerifyDialog::cancel);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    resize(820, 520);

    // Before anything starts: can the lab run here at all?
    QString why;
    if (!lab::LabEngine::canRun(&why)) {
        m_run->setEnabled(false);
        m_status->setText(tr("The lab cannot run here: %1.\nRun it from a terminal instead: sudo stackwright-cli lab verify FILE").arg(why));
    } else {
        m_status->setText(tr("Ready. A run brings the lab up (unless this design's lab runs already), which takes a minute or more."));
    }
}

LabVerifyDialog::~LabVerifyDialog()
{
    if (m_thread) {
        m_cancelFlag = true;
        m_thread->wait();   // the worker brings the lab down before it returns
    }
}

bool LabVerifyDialog::isRunning() const { return m_thread && m_thread->isRunning(); }

void LabVerifyDialog::start()
{
    if (isRunning())
        return;
    if (m_thread)
        m_thread->wait();
    m_cancelFlag = false;
    m_table->setRowCount(0);
    m_notes->clear();
    m_error.clear();
    m_progress->setRange(0, 0);
    m_status->setText(tr("Starting..."));
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    const Design design = m_model->design();
    // The worker touches only the engine, its own copy of the design, the
    // cancel flag and m_pending; the destructor waits for it.
    m_thread.reset(QThread::create([this, design]() {
        lab::LabEngine engine(qEnvironmentVariable("STACKWRIGHT_LAB_STATE", lab::defaultStateDir()));
        verify::LabVerifier verifier(engine);
        QString error;
        const bool ok = verifier.run(design, verify::VerifyOptions(), [this](const verify::VerifyProgress &p) {
            QMetaObject::invokeMethod(this, [this, p]() { onProgress(p); }, Qt::QueuedConnection);
        }, &m_cancelFlag, &m_pending, &error);
        QMetaObject::invokeMethod(this, [this, ok, error]() { onDone(ok, error); }, Qt::QueuedConnection);
    }));
    m_thread->start();
}

void LabVerifyDialog::cancel()
{
    if (!isRunning())
        return;
    m_cancelFlag = true;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: the current step ends, then the lab is brought down..."));
}

void LabVerifyDialog::closeEvent(QCloseEvent *event)
{
    if (isRunning()) {
        // Closing stops the run; the dialog closes once the lab is down.
        cancel();
        connect(this, &LabVerifyDialog::runFinished, this, &QDialog::close, Qt::SingleShotConnection);
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void LabVerifyDialog::onProgress(const verify::VerifyProgress &p)
{
    if (p.total > 0) {
        m_progress->setRange(0, p.total);
        m_progress->setValue(p.done);
    }
    if (!m_cancelFlag)
        m_status->setText(p.text);
}

void LabVerifyDialog::onDone(bool ok, const QString &error)
{
    if (m_thread)
        m_thread->wait();
    m_error = error;
    m_progress->setRange(0, 1);
    m_progress->setValue(ok ? 1 : 0);
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    showReport(m_pending);
    if (!ok)
        m_status->setText(tr("Stopped: %1").arg(error));
    else
        m_status->setText(verify::allAgree(m_report.rows)
                              ? tr("Every prediction agrees with the lab (%1 s).").arg(m_report.seconds, 0, 'f', 0)
                              : tr("Some predictions disagree with the lab: each is a defect of the validator, the analysis or "
                                   "the bundles (%1 s).").arg(m_report.seconds, 0, 'f', 0));
    emit runFinished(ok);
}

void LabVerifyDialog::showReport(const verify::VerifyReport &report)
{
    m_report = report;
    m_table->setRowCount(0);
    m_notes->clear();
    auto yesNo = [](bool b) { return b ? tr("yes") : tr("no"); };
    auto seen = [](verify::Served s, int ok, int sent) {
        return s == verify::Served::Unknown ? verify::servedTitle(s)
                                            : tr("%1 (%2 of %3)").arg(verify::servedTitle(s)).arg(ok).arg(sent);
    };
    m_table->setRowCount(int(m_report.rows.size()));
    for (int i = 0; i < m_report.rows.size(); ++i) {
        const verify::Row &row = m_report.rows[i];
        const verify::Prediction &p = row.predicted;
        const verify::Observation &o = row.observed;
        const QStringList cells{p.unit.isEmpty() ? tr("(nothing)") : p.label,
                                p.unit.isEmpty() ? QStringLiteral("-") : yesNo(p.validatorSpof),
                                yesNo(p.reads), yesNo(p.writes),
                                seen(o.reads, o.readsOk, o.readsSent), seen(o.writes, o.writesOk, o.writesSent),
                                row.agrees ? tr("yes") : tr("NO")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == Agrees)
                item->setForeground(row.agrees ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
            const QStringList tips = row.disagreements + p.notes;
            if (!tips.isEmpty())
                item->setToolTip(tips.join(QLatin1Char('\n')));
            m_table->setItem(i, c, item);
        }
        const QString who = p.unit.isEmpty() ? tr("(nothing)") : p.label;
        for (const QString &n : p.notes)
            m_notes->appendPlainText(tr("Note on %1: %2").arg(who, n));
        for (const QString &d : row.disagreements)
            m_notes->appendPlainText(tr("Disagrees on %1: %2").arg(who, d));
    }
    for (const QString &n : m_report.notes)
        m_notes->appendPlainText(tr("Note: %1").arg(n));
}

} // namespace sw
