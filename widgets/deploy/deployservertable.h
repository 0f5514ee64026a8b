// The deploy dialog's table: one row per server of the design with how it is
// reached (address, port, user, key: editable, the design's values shown as
// placeholders) and, during a run, its state and progress. A checkbox per
// row chooses the servers of the run.
#pragma once

#include "deploy/ssh/deployplan.h"
#include "deploy/ssh/deploytypes.h"

#include <QTableWidget>

namespace sw {

class DeployServerTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { ServerColumn, AddressColumn, PortColumn, UserColumn, KeyColumn, StateColumn, ProgressColumn,
                  ColumnCount };

    explicit DeployServerTable(QWidget *parent = nullptr);

    // Rebuilds the rows from the design (keeps the user's edits of servers still there).
    void setServers(const Design &design);
    QStringList serverIds() const;
    // The servers whose box is ticked.
    QStringList checkedServers() const;
    // What the user typed over the design's values.
    QHash<QString, TargetOverride> overrides() const;
    void setEditable(bool editable);
    // Makes the server's row current (its log is shown).
    void selectServer(const QString &id);

    void resetStates(const QStringList &ids);
    void setState(const QString &id, ServerState state, const QString &message);
    void setProgress(const QString &id, int percent);
    int progress(const QString &id) const;

signals:
    void serverSelected(const QString &id);

private:
    int rowOf(const QString &id) const;
    QString text(int row, int column) const;

    bool m_editable = true;
};

} // namespace sw
