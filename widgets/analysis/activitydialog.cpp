#include "widgets/analysis/activitydialog.h"

#include "core/io/jsonformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace sw {

ActivityDialog::ActivityDialog(const Design &design, const QStringList &preLocked, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Save as Activity"));
    Activity current;
    const bool has = activityOf(design, &current, nullptr);
    m_title = new QLineEdit(has ? current.title : design.name, this);
    m_profile = new QComboBox(this);
    m_profile->addItems(specProfileNames());
    m_profile->setCurrentText(has ? current.profile : (design.profile.isEmpty() ? QStringLiteral("scale-up") : design.profile));
    m_locked = new QListWidget(this);
    const QStringList locked = has ? current.locked : preLocked;
    for (const Node &n : design.nodes()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  (%2, %3)").arg(n.displayLabel(), n.id, kindName(n.kind)),
                                         m_locked);
        item->setData(Qt::UserRole, n.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(locked.contains(n.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_hints = new QPlainTextEdit(this);
    m_hints->setPlaceholderText(tr("One hint per line, shown to the student"));
    m_hints->setPlainText(current.hints.join(QLatin1Char('\n')));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Target profile:"), m_profile);
    form->addRow(tr("Locked nodes\n(students cannot change them):"), m_locked);
    form->addRow(tr("Hints:"), m_hints);
    form->addRow(buttons);
    resize(560, 560);
}

Activity ActivityDialog::activity() const
{
    Activity a;
    a.title = m_title->text().trimmed();
    a.profile = m_profile->currentText();
    for (int i = 0; i < m_locked->count(); ++i)
        if (m_locked->item(i)->checkState() == Qt::Checked)
            a.locked << m_locked->item(i)->data(Qt::UserRole).toString();
    for (const QString &line : m_hints->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            a.hints << line.trimmed();
    return a;
}

} // namespace sw
