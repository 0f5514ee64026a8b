// The small options dialog shown before a picture export: scale or DPI and
// background for PNG, background for SVG, paper for PDF and the PDF report,
// and whether to export only the selection.
#pragma once

#include "exporters/pictures/pictureoptions.h"

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
    enum class Format { Png, Svg, Pdf, Dot, ReportHtml, ReportPdf };
    ExportOptionsDialog(Format format, bool hasSelection, QWidget *parent = nullptr);

    void setOptions(const PictureOptions &options);
    // The options chosen (selection ids are left to the caller: see selectionOnly()).
    PictureOptions options() const;
    bool selectionOnly() const;
    // Does this format have anything to ask?
    static bool hasOptions(Format format, bool hasSelection);

private:
    Format m_format;
    QRadioButton *m_byScale = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QRadioButton *m_byDpi = nullptr;
    QSpinBox *m_dpi = nullptr;
    QComboBox *m_background = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_selection = nullptr;
};

} // namespace sw
