// The small options dialog shown before a picture export: it asks the
// options the format of the export registry takes for the chosen file
// (exporters/formats: scale or DPI, background, paper, and whether to
// export only the selection).
#pragma once

#include "exporters/formats/exportformat.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QCheckBox;
class QRadioButton;

namespace sw {

class ExportOptionsDialog : public QDialog {
    Q_OBJECT
public:
    // The options `format` takes for an output at `path`.
    ExportOptionsDialog(const ExportFormat &format, const QString &path, bool hasSelection, QWidget *parent = nullptr);

    void setOptions(const PictureOptions &options);
    // The options chosen (selection ids are left to the caller: see selectionOnly()).
    PictureOptions options() const;
    bool selectionOnly() const;
    // Does this format have anything to ask for an output at `path`?
    static bool hasOptions(const ExportFormat &format, const QString &path, bool hasSelection);

private:
    QRadioButton *m_byScale = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QRadioButton *m_byDpi = nullptr;
    QSpinBox *m_dpi = nullptr;
    QComboBox *m_background = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_selection = nullptr;
};

} // namespace sw
