// File > Export: one action per folder format of the export registry
// (exporters/formats: the shell scripts and the Ansible project); owned by
// the main window (Qt parent).
#pragma once

#include <QHash>
#include <QObject>

class QAction;

namespace sw {

struct EditorContext;
class DesignModel;

class BundleExportActions : public QObject {
    Q_OBJECT
public:
    BundleExportActions(const EditorContext &ctx, QObject *parent);

    // The actions, in the registry's order.
    QList<QAction *> actions() const { return m_actions; }
    QAction *action(const QString &formatId) const;
    // Writes the bundle of the current design in the registry's format
    // `formatId` into `dir`; false with a message when it could not (no
    // dialog: used by the actions and tests).
    bool exportTo(const QString &formatId, const QString &dir, QString *error) const;

private:
    void run(const QString &formatId);

    DesignModel *m_model = nullptr;
    QWidget *m_window = nullptr;
    QList<QAction *> m_actions;
};

} // namespace sw
