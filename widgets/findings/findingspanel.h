// The findings panel: the validator's findings grouped by severity, the why
// and the fix of the selected one, a profile switcher, the quick fix and a
// way to switch a rule off (with a reason, saved in the design) and on again.
// It re-checks shortly after every change of the model (only what the change
// can affect, IncrementalValidator) and publishes the worst severity per node
// as badges on the overlay.
#pragma once

#include "widgets/canvas/editorcontext.h"
#include "core/rules/validator.h"

#include <QTimer>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class QListWidget;

namespace sw {

class IncrementalValidator;

class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    FindingsPanel(const EditorContext &ctx, QWidget *parent = nullptr);
    ~FindingsPanel() override;

    const ValidationResult &result() const { return m_result; }
    // The finding shown as selected, or null.
    const Finding *currentFinding() const;
    // Selects the finding at this index of result().findings.
    void selectFinding(int index);
    // Runs the quick fix of the selected finding on the undo stack.
    bool fixSelected();
    // Switches a rule off for this design (undoable), or back on.
    void switchOff(const QString &rule, const QString &reason);
    void switchOn(const QString &rule);
    // Validates now (normally done shortly after each change).
    void revalidate();

protected:
    // A live language switch: the list, the details and the summary line are
    // built from the findings' texts with arguments; they are made again.
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void showDetails();
    void onProfileChosen(int index);
    void askSwitchOff();
    void syncProfileCombo();

    EditorContext m_ctx;
    std::unique_ptr<IncrementalValidator> m_validator;
    ValidationResult m_result;
    QTimer m_timer;
    QComboBox *m_profile = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_fix = nullptr;
    QPushButton *m_off = nullptr;
    QListWidget *m_suppressed = nullptr;
    QPushButton *m_on = nullptr;
    QLabel *m_suppressedLabel = nullptr;
    bool m_syncing = false;
};

} // namespace sw
