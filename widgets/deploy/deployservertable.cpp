#include "widgets/deploy/deployservertable.h"
#include "core/model/propertykeys.h"

#include <QHeaderView>
#include <QProgressBar>

namespace sw {

namespace {

QColor stateColor(ServerState s)
{
    switch (s) {
    case ServerState::Succeeded: return QColor(0x1b, 0x7f, 0x3a);
    case ServerState::Drifted: return QColor(0xb3, 0x6b, 0x00);
    case ServerState::Failed:
    case ServerState::Refused: return QColor(0xc0, 0x1c, 0x28);
    case ServerState::Cancelled:
    case ServerState::Skipped: return QColor(0x70, 0x70, 0x70);
    default: return QColor(0x1a, 0x5f, 0xb4);
    }
}

} // namespace

DeployServerTable::DeployServerTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Server"), tr("Address"), tr("Port"), tr("User"), tr("Key file"), tr("State"),
                               tr("Progress")});
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::Stretch);
    horizontalHeader()->setStretchLastSection(false);
    setColumnWidth(ServerColumn, 150);
    setColumnWidth(AddressColumn, 120);
    setColumnWidth(PortColumn, 60);
    setColumnWidth(UserColumn, 80);
    setColumnWidth(KeyColumn, 170);
    setColumnWidth(ProgressColumn, 130);
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    connect(this, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && item(row, ServerColumn))
            emit serverSelected(item(row, ServerColumn)->data(Qt::UserRole).toString());
    });
}

int DeployServerTable::rowOf(const QString &id) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (item(r, ServerColumn) && item(r, ServerColumn)->data(Qt::UserRole).toString() == id)
            return r;
    return -1;
}

QString DeployServerTable::text(int row, int column) const
{
    const QTableWidgetItem *i = item(row, column);
    return i ? i->text().trimmed() : QString();
}

void DeployServerTable::setServers(const Design &design)
{
    const QHash<QString, TargetOverride> edits = overrides();
    const QStringList unchecked = [this] {
        QStringList ids = serverIds();
        for (const QString &id : checkedServers())
            ids.removeAll(id);
        return ids;
    }();
    setRowCount(0);
    for (const Node *n : design.nodesOfKind(Kind::Server)) {
        const int row = rowCount();
        insertRow(row);
        const QString host = n->propString(keys::hostname);
        auto *server = new QTableWidgetItem(host.isEmpty() || host == n->id ? n->id
                                                                            : QStringLiteral("%1 (%2)").arg(n->id, host));
        server->setData(Qt::UserRole, n->id);
        server->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        server->setCheckState(unchecked.contains(n->id) ? Qt::Unchecked : Qt::Checked);
        server->setToolTip(tr("Untick to leave this server out of the run"));
        setItem(row, ServerColumn, server);
        const TargetOverride o = edits.value(n->id);
        const auto editable = [&](int column, const QString &designValue, const QString &edited) {
            auto *i = new QTableWidgetItem(edited.isEmpty() ? designValue : edited);
            i->setData(Qt::UserRole, designValue);
            i->setToolTip(tr("From the design: %1. Double-click to use another value for this run only.")
                              .arg(designValue.isEmpty() ? tr("(none)") : designValue));
            setItem(row, column, i);
        };
        editable(AddressColumn, n->propString(keys::address), o.address);
        editable(PortColumn, QString::number(n->propInt(keys::sshPort)),
                 o.port > 0 ? QString::number(o.port) : QString());
        editable(UserColumn, n->propString(keys::sshUser), o.user);
        editable(KeyColumn, QString(), o.identityFile);
        item(row, KeyColumn)->setToolTip(tr("A private key for this server only (empty: the dialog's key file, "
                                            "or the ssh agent)"));
        auto *state = new QTableWidgetItem(serverStateName(ServerState::Pending));
        state->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        setItem(row, StateColumn, state);
        auto *bar = new QProgressBar;
        bar->setRange(0, 100);
        bar->setValue(0);
        bar->setTextVisible(true);
        setCellWidget(row, ProgressColumn, bar);
    }
    setEditable(m_editable);
    if (rowCount() > 0 && currentRow() < 0)
        setCurrentCell(0, ServerColumn);
}

QStringList DeployServerTable::serverIds() const
{
    QStringList ids;
    for (int r = 0; r < rowCount(); ++r)
        ids << item(r, ServerColumn)->data(Qt::UserRole).toString();
    return ids;
}

QStringList DeployServerTable::checkedServers() const
{
    QStringList ids;
    for (int r = 0; r < rowCount(); ++r)
        if (item(r, ServerColumn)->checkState() == Qt::Checked)
            ids << item(r, ServerColumn)->data(Qt::UserRole).toString();
    return ids;
}

QHash<QString, TargetOverride> DeployServerTable::overrides() const
{
    QHash<QString, TargetOverride> out;
    for (int r = 0; r < rowCount(); ++r) {
        const auto changed = [&](int column) {
            const QString v = text(r, column);
            return v != item(r, column)->data(Qt::UserRole).toString() ? v : QString();
        };
        TargetOverride o;
        o.address = changed(AddressColumn);
        o.port = changed(PortColumn).toInt();
        o.user = changed(UserColumn);
        o.identityFile = text(r, KeyColumn);
        if (!o.address.isEmpty() || o.port > 0 || !o.user.isEmpty() || !o.identityFile.isEmpty())
            out.insert(item(r, ServerColumn)->data(Qt::UserRole).toString(), o);
    }
    return out;
}

void DeployServerTable::setEditable(bool editable)
{
    m_editable = editable;
    for (int r = 0; r < rowCount(); ++r) {
        for (int c : {AddressColumn, PortColumn, UserColumn, KeyColumn}) {
            QTableWidgetItem *i = item(r, c);
            i->setFlags(editable ? i->flags() | Qt::ItemIsEditable : i->flags() & ~Qt::ItemIsEditable);
        }
        QTableWidgetItem *s = item(r, ServerColumn);
        s->setFlags(editable ? s->flags() | Qt::ItemIsUserCheckable : s->flags() & ~Qt::ItemIsUserCheckable);
    }
}

void DeployServerTable::selectServer(const QString &id)
{
    const int r = rowOf(id);
    if (r >= 0)
        setCurrentCell(r, ServerColumn);
}

void DeployServerTable::resetStates(const QStringList &ids)
{
    for (int r = 0; r < rowCount(); ++r) {
        const bool inRun = ids.contains(item(r, ServerColumn)->data(Qt::UserRole).toString());
        item(r, StateColumn)->setText(inRun ? serverStateName(ServerState::Pending) : tr("not in this run"));
        item(r, StateColumn)->setForeground(palette().color(QPalette::PlaceholderText));
        item(r, StateColumn)->setToolTip(QString());
        if (auto *bar = qobject_cast<QProgressBar *>(cellWidget(r, ProgressColumn)))
            bar->setValue(0);
    }
}

void DeployServerTable::setState(const QString &id, ServerState state, const QString &message)
{
    const int r = rowOf(id);
    if (r < 0)
        return;
    QTableWidgetItem *i = item(r, StateColumn);
    i->setText(message.isEmpty() ? serverStateName(state)
                                 : QStringLiteral("%1: %2").arg(serverStateName(state), message));
    i->setToolTip(message);
    i->setForeground(stateColor(state));
    if (isTerminal(state))
        setProgress(id, 100);
}

void DeployServerTable::setProgress(const QString &id, int percent)
{
    const int r = rowOf(id);
    if (auto *bar = r >= 0 ? qobject_cast<QProgressBar *>(cellWidget(r, ProgressColumn)) : nullptr)
        bar->setValue(qBound(0, percent, 100));
}

int DeployServerTable::progress(const QString &id) const
{
    const int r = rowOf(id);
    const auto *bar = r >= 0 ? qobject_cast<QProgressBar *>(cellWidget(r, ProgressColumn)) : nullptr;
    return bar ? bar->value() : 0;
}

} // namespace sw
