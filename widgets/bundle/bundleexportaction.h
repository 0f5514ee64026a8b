// The two export actions; owned by the main window (Qt parent).
#pragma once

#include <QObject>

class QAction;

namespace sw {

struct EditorContext;
class DesignModel;

class BundleExportActions : public QObject {
    Q_OBJECT
public:
    enum class Format { Shell, Ansible };
    BundleExportActions(const EditorContext &ctx, QObject *parent);

    QAction *shellAction() const { return m_shell; }
    QAction *ansibleAction() const { return m_ansible; }
    // Writes the bundle of the current design into `dir`; false with a
    // message when it could not (no dialog: used by the actions and tests).
    bool exportTo(Format format, const QString &dir, QString *error) const;

private:
    void run(Format format);

    DesignModel *m_model = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_shell = nullptr;
    QAction *m_ansible = nullptr;
};

} // namespace sw
