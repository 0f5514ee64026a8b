// File > Save as Activity...: the teacher picks the target profile, the
// nodes students may not change and the hints.
#pragma once

#include "core/analysis/activity.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace sw {

class ActivityDialog : public QDialog {
    Q_OBJECT
public:
    // Starts from the design's activity when it has one; `preLocked` are
    // checked otherwise (the selection).
    ActivityDialog(const Design &design, const QStringList &preLocked, QWidget *parent = nullptr);

    Activity activity() const;

private:
    QLineEdit *m_title;
    QComboBox *m_profile;
    QListWidget *m_locked;
    QPlainTextEdit *m_hints;
};

} // namespace sw
