#include "widgets/export/exportoptionsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sw {

bool ExportOptionsDialog::hasOptions(const ExportFormat &format, const QString &path, bool hasSelection)
{
    for (ExportOption o : {ExportOption::Scale, ExportOption::Dpi, ExportOption::Background, ExportOption::Paper})
        if (format.takes(o, path))
            return true;
    return hasSelection && format.takes(ExportOption::Selection, path);
}

ExportOptionsDialog::ExportOptionsDialog(const ExportFormat &format, const QString &path, bool hasSelection, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export options"));
    auto *form = new QFormLayout;
    if (format.takes(ExportOption::Scale, path) && format.takes(ExportOption::Dpi, path)) {
        m_byScale = new QRadioButton(tr("Scale"));
        m_scale = new QDoubleSpinBox;
        m_scale->setObjectName(QStringLiteral("scale"));
        m_scale->setRange(0.1, 8);
        m_scale->setSingleStep(0.5);
        m_scale->setValue(2);
        m_scale->setSuffix(QStringLiteral(" ×"));
        m_byDpi = new QRadioButton(tr("Resolution"));
        m_dpi = new QSpinBox;
        m_dpi->setObjectName(QStringLiteral("dpi"));
        m_dpi->setRange(36, 1200);
        m_dpi->setValue(300);
        m_dpi->setSuffix(tr(" dpi"));
        m_byScale->setChecked(true);
        m_dpi->setEnabled(false);
        connect(m_byDpi, &QRadioButton::toggled, m_dpi, &QWidget::setEnabled);
        connect(m_byScale, &QRadioButton::toggled, m_scale, &QWidget::setEnabled);
        auto *scaleRow = new QHBoxLayout;
        scaleRow->addWidget(m_byScale);
        scaleRow->addWidget(m_scale);
        auto *dpiRow = new QHBoxLayout;
        dpiRow->addWidget(m_byDpi);
        dpiRow->addWidget(m_dpi);
        form->addRow(tr("Size:"), scaleRow);
        form->addRow(QString(), dpiRow);
    }
    if (format.takes(ExportOption::Background, path)) {
        m_background = new QComboBox;
        m_background->setObjectName(QStringLiteral("background"));
        m_background->addItem(tr("White"));
        m_background->addItem(tr("Transparent"));
        form->addRow(tr("Background:"), m_background);
    }
    if (format.takes(ExportOption::Paper, path)) {
        m_paper = new QComboBox;
        m_paper->setObjectName(QStringLiteral("paper"));
        m_paper->addItem(tr("A4"));
        m_paper->addItem(tr("Letter"));
        form->addRow(tr("Paper:"), m_paper);
    }
    if (hasSelection && format.takes(ExportOption::Selection, path)) {
        m_selection = new QCheckBox(tr("Only the selected items"));
        m_selection->setObjectName(QStringLiteral("selectionOnly"));
        form->addRow(QString(), m_selection);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ExportOptionsDialog::setOptions(const PictureOptions &o)
{
    if (m_scale) {
        m_scale->setValue(o.scale);
        m_dpi->setValue(o.dpi > 0 ? o.dpi : 300);
        (o.dpi > 0 ? m_byDpi : m_byScale)->setChecked(true);
    }
    if (m_background)
        m_background->setCurrentIndex(o.transparent ? 1 : 0);
    if (m_paper)
        m_paper->setCurrentIndex(o.paper == PaperSize::Letter ? 1 : 0);
}

PictureOptions ExportOptionsDialog::options() const
{
    PictureOptions o;
    if (m_scale) {
        o.scale = m_scale->value();
        o.dpi = m_byDpi->isChecked() ? m_dpi->value() : 0;
    }
    if (m_background)
        o.transparent = m_background->currentIndex() == 1;
    if (m_paper)
        o.paper = m_paper->currentIndex() == 1 ? PaperSize::Letter : PaperSize::A4;
    return o;
}

bool ExportOptionsDialog::selectionOnly() const { return m_selection && m_selection->isChecked(); }

} // namespace sw
