// Failure what-if: a mode switch, "Fail selected", the list of failed
// nodes, what still works (users served, availability) and saved scenarios
// (Design.extensions "scenarios", saved through the undo stack).
#pragma once

#include "widgets/canvas/editorcontext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace sw {

class AnalysisState;

class WhatIfPanel : public QWidget {
    Q_OBJECT
public:
    WhatIfPanel(AnalysisState *state, const EditorContext &ctx, QWidget *parent = nullptr);

    QCheckBox *modeSwitch() const { return m_mode; }
    QString resultText() const;

public slots:
    void failSelected();
    void restoreAll();
    void saveScenario(const QString &name);
    void loadScenario(const QString &name);

signals:
    void message(const QString &text);

private:
    void refresh();
    void refreshScenarios();

    AnalysisState *m_state;
    EditorContext m_ctx;
    QCheckBox *m_mode;
    QPushButton *m_failSelected, *m_restore, *m_save, *m_load, *m_delete;
    QListWidget *m_failed;
    QLabel *m_result;
    QComboBox *m_scenarios;
};

} // namespace sw
