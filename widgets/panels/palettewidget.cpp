#include "widgets/panels/palettewidget.h"

#include "widgets/canvas/canvaseditor.h"
#include "look/nodepainter.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QVBoxLayout>

namespace sw {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;

class KindList : public QListWidget {
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override { return {CanvasEditor::kindMimeType()}; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty())
            return nullptr;
        auto *data = new QMimeData;
        data->setData(CanvasEditor::kindMimeType(),
                      kindName(Kind(items.constFirst()->data(kKindRole).toInt())).toUtf8());
        return data;
    }
};

} // namespace

PaletteWidget::PaletteWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("palette"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setPlaceholderText(tr("Search kinds… (Enter adds)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the palette"));
    m_list = new KindList(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setAccessibleName(tr("Node kinds"));
    m_list->setAccessibleDescription(tr("Drag a kind onto the canvas, or press Enter to add it at the centre"));
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setIconSize(QSize(24, 24));
    m_list->setSpacing(1);
    m_list->setUniformItemSizes(true);
    for (const KindInfo &k : allKinds()) {
        auto *item = new QListWidgetItem(NodePainter::kindIcon(k.kind), kindTitle(k.kind), m_list);
        item->setData(kKindRole, int(k.kind));
        item->setData(Qt::UserRole + 2, k.name);
        item->setToolTip(kindDescription(k.kind));
        item->setData(Qt::AccessibleDescriptionRole, kindDescription(k.kind));
    }
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    connect(m_search, &QLineEdit::textChanged, this, &PaletteWidget::filter);
    connect(m_search, &QLineEdit::returnPressed, this, &PaletteWidget::activateFirstVisible);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit kindActivated(Kind(item->data(kKindRole).toInt())); });
}

void PaletteWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PaletteWidget::filter(const QString &text)
{
    const QString t = text.trimmed();
    QListWidgetItem *first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool match = t.isEmpty() || item->text().contains(t, Qt::CaseInsensitive)
                           || item->data(Qt::UserRole + 2).toString().contains(t, Qt::CaseInsensitive)
                           || item->toolTip().contains(t, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    if (first)
        m_list->setCurrentItem(first);
}

void PaletteWidget::activateFirstVisible()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden()) {
        item = nullptr;
        for (int i = 0; i < m_list->count() && !item; ++i)
            if (!m_list->item(i)->isHidden())
                item = m_list->item(i);
    }
    if (item)
        emit kindActivated(Kind(item->data(kKindRole).toInt()));
}

} // namespace sw
