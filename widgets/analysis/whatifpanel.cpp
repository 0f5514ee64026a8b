#include "widgets/analysis/whatifpanel.h"

#include "widgets/analysis/analysisstate.h"
#include "core/commands/designmetacommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sw {

WhatIfPanel::WhatIfPanel(AnalysisState *state, const EditorContext &ctx, QWidget *parent)
    : QWidget(parent), m_state(state), m_ctx(ctx)
{
    m_mode = new QCheckBox(tr("What-if mode: mark nodes as failed"), this);
    m_mode->setToolTip(tr("While on, failed nodes are greyed out and the surviving request paths are drawn. "
                          "The design itself never changes."));
    m_failSelected = new QPushButton(tr("Fail selected"), this);
    m_restore = new QPushButton(tr("Restore all"), this);
    m_failed = new QListWidget(this);
    m_failed->setMaximumHeight(90);
    m_failed->setToolTip(tr("Double-click a node to bring it back"));
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_scenarios = new QComboBox(this);
    m_scenarios->setMinimumContentsLength(12);
    m_load = new QPushButton(tr("Load"), this);
    m_save = new QPushButton(tr("Save as..."), this);
    m_delete = new QPushButton(tr("Delete"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_failSelected);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    auto *scen = new QHBoxLayout;
    scen->addWidget(new QLabel(tr("Scenario:"), this));
    scen->addWidget(m_scenarios, 1);
    scen->addWidget(m_load);
    scen->addWidget(m_save);
    scen->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_mode);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Failed nodes:"), this));
    layout->addWidget(m_failed);
    layout->addWidget(m_result);
    layout->addLayout(scen);
    layout->addStretch();

    connect(m_mode, &QCheckBox::toggled, state, &AnalysisState::setWhatIfMode);
    connect(m_failSelected, &QPushButton::clicked, this, &WhatIfPanel::failSelected);
    connect(m_restore, &QPushButton::clicked, this, &WhatIfPanel::restoreAll);
    connect(m_failed, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { m_state->toggleMarked(item->data(Qt::UserRole).toString()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save scenario"), tr("Name of the scenario:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveScenario(name.trimmed());
    });
    connect(m_load, &QPushButton::clicked, this, [this] { loadScenario(m_scenarios->currentText()); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString name = m_scenarios->currentText();
        if (name.isEmpty())
            return;
        m_ctx.undo->push(new DesignMetaCommand(m_ctx.model, DesignMetaCommand::Extension,
                                               scenariosWithout(m_ctx.model->design(), name).toVariant(),
                                               QStringLiteral("scenarios")));
    });
    connect(state, &AnalysisState::changed, this, &WhatIfPanel::refresh);
    connect(ctx.model, &DesignModel::metaChanged, this, &WhatIfPanel::refreshScenarios);
    connect(ctx.model, &DesignModel::designReset, this, &WhatIfPanel::refreshScenarios);
    refresh();
    refreshScenarios();
}

void WhatIfPanel::failSelected()
{
    const QStringList ids = m_ctx.selection ? m_ctx.selection->ids() : QStringList();
    if (ids.isEmpty()) {
        emit message(tr("Select the servers, services or firewalls to fail first."));
        return;
    }
    QStringList marked = m_state->marked();
    for (const QString &id : ids)
        if (!marked.contains(id))
            marked << id;
    QString error;
    if (!m_state->setMarked(marked, &error)) {
        emit message(error);
        return;
    }
    m_mode->setChecked(true);
}

void WhatIfPanel::restoreAll() { m_state->setMarked({}); }

void WhatIfPanel::saveScenario(const QString &name)
{
    const Scenario s{name, m_state->marked()};
    m_ctx.undo->push(new DesignMetaCommand(m_ctx.model, DesignMetaCommand::Extension,
                                           scenariosWith(m_ctx.model->design(), s).toVariant(),
                                           QStringLiteral("scenarios")));
    m_scenarios->setCurrentText(name);
}

void WhatIfPanel::loadScenario(const QString &name)
{
    for (const Scenario &s : scenarios(m_ctx.model->design()))
        if (s.name == name) {
            QString error;
            if (!m_state->setMarked(s.failed, &error)) {
                emit message(tr("Scenario \"%1\": %2").arg(name, error));
                return;
            }
            m_mode->setChecked(true);
            return;
        }
}

QString WhatIfPanel::resultText() const { return m_result->text(); }

void WhatIfPanel::refresh()
{
    const WhatIfResult &r = m_state->current();
    m_mode->setChecked(m_state->whatIfMode());
    m_failed->clear();
    for (const QString &id : m_state->marked()) {
        const Node *n = m_ctx.model->node(id);
        auto *item = new QListWidgetItem(n ? QStringLiteral("%1 (%2)").arg(n->displayLabel(), id) : id, m_failed);
        item->setData(Qt::UserRole, id);
    }
    m_restore->setEnabled(!m_state->marked().isEmpty());
    if (!m_state->whatIfMode()) {
        m_result->setText(tr("Switch what-if mode on, then fail nodes with \"Fail selected\" or the canvas's "
                             "context menu."));
        return;
    }
    const Design &d = m_ctx.model->design();
    auto names = [&](const QStringList &ids) {
        QStringList out;
        for (const QString &id : ids)
            out << (d.node(id) ? d.node(id)->displayLabel().toHtmlEscaped() : id.toHtmlEscaped());
        return out.join(QStringLiteral(", "));
    };
    QString html;
    html += r.reachable ? tr("<p><b style='color:#2e7d32'>Requests still get through.</b></p>")
                        : tr("<p><b style='color:#c62828'>No request gets through.</b></p>");
    if (r.reachable && !r.writable)
        html += tr("<p><b style='color:#e65100'>Writes do not get through.</b></p>");
    for (const QString &note : r.notes)
        html += QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
    if (!r.servedUsers.isEmpty())
        html += tr("<p>Users still served: %1</p>").arg(names(r.servedUsers));
    if (!r.lostUsers.isEmpty())
        html += tr("<p>Users who cannot be served: %1</p>").arg(names(r.lostUsers));
    html += tr("<p>Availability with these failures: <b>%1</b> (normally %2)</p>")
                .arg(formatPercent(r.availability.availability), formatPercent(m_state->nominal().availability));
    m_result->setText(html);
}

void WhatIfPanel::refreshScenarios()
{
    const QString current = m_scenarios->currentText();
    m_scenarios->clear();
    for (const Scenario &s : scenarios(m_ctx.model->design()))
        m_scenarios->addItem(s.name);
    m_scenarios->setCurrentText(current);
    const bool any = m_scenarios->count() > 0;
    m_load->setEnabled(any);
    m_delete->setEnabled(any);
}

} // namespace sw
