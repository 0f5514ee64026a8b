#include "app/editactions.h"

#include "core/commands/additemscommand.h"
#include "core/commands/removeitemscommand.h"
#include "core/io/designfragment.h"
#include "core/model/designmodel.h"
#include "core/model/selection.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QUndoStack>

namespace sw {

EditActions::EditActions(DesignModel *model, QUndoStack *undo, Selection *selection, QObject *parent)
    : QObject(parent), m_model(model), m_undo(undo), m_selection(selection)
{
}

void EditActions::copy()
{
    if (m_selection->ids().isEmpty())
        return;
    auto *data = new QMimeData;
    const QByteArray bytes = copyFragment(m_model->design(), m_selection->ids());
    data->setData(fragmentMimeType(), bytes);
    data->setText(QString::fromUtf8(bytes));
    QGuiApplication::clipboard()->setMimeData(data);
    m_pasteCount = 0;
}

void EditActions::cut()
{
    if (m_selection->ids().isEmpty())
        return;
    copy();
    m_pasteCount = -1; // pasting after a cut puts things back where they were
    const QStringList ids = m_selection->ids();
    m_selection->clear();
    m_undo->push(new RemoveItemsCommand(m_model, ids, tr("Cut")));
}

bool EditActions::paste()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QByteArray bytes;
    if (data && data->hasFormat(fragmentMimeType()))
        bytes = data->data(fragmentMimeType());
    else if (data && data->hasText())
        bytes = data->text().toUtf8();
    ++m_pasteCount;
    return pasteBytes(bytes, QPointF(30, 30) * m_pasteCount, tr("Paste"));
}

void EditActions::duplicate()
{
    if (m_selection->ids().isEmpty())
        return;
    pasteBytes(copyFragment(m_model->design(), m_selection->ids()), QPointF(30, 30), tr("Duplicate"));
}

bool EditActions::pasteBytes(const QByteArray &fragment, const QPointF &offset, const QString &text)
{
    PastedItems items;
    QString error;
    if (fragment.isEmpty() || !pasteFragment(fragment, m_model->design(), offset, &items, &error)) {
        emit statusMessage(error.isEmpty() ? tr("The clipboard does not hold Stackwright nodes.") : error);
        return false;
    }
    if (items.nodes.isEmpty() && items.links.isEmpty())
        return false;
    // Named and placed like every new node: unique labels and host names,
    // a fresh address, no box over another (core/model/placement.h).
    m_undo->push(addPlacedItems(m_model, items.nodes, items.links, text).release());
    m_selection->set(items.topIds);
    emit statusMessage(tr("%1: %n node(s)", nullptr, int(items.nodes.size())).arg(text));
    return true;
}

void EditActions::deleteSelection()
{
    const QStringList ids = m_selection->ids();
    if (ids.isEmpty())
        return;
    m_selection->clear();
    m_undo->push(new RemoveItemsCommand(m_model, ids, tr("Delete")));
}

void EditActions::selectAll()
{
    QStringList ids;
    for (const Node &n : m_model->design().nodes())
        ids << n.id;
    m_selection->set(ids);
}

int EditActions::find(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    QStringList ids;
    for (const Node &n : m_model->design().nodes()) {
        bool hit = n.id.contains(t, Qt::CaseInsensitive) || n.label.contains(t, Qt::CaseInsensitive);
        for (auto it = n.props.constBegin(); !hit && it != n.props.constEnd(); ++it)
            hit = it.value().toString().contains(t, Qt::CaseInsensitive)
                  || it.value().toStringList().join(QLatin1Char(' ')).contains(t, Qt::CaseInsensitive);
        if (hit)
            ids << n.id;
    }
    m_selection->set(ids);
    emit statusMessage(ids.isEmpty() ? tr("Nothing matches \"%1\".").arg(t)
                                     : tr("%n node(s) match \"%1\".", nullptr, int(ids.size())).arg(t));
    return int(ids.size());
}

} // namespace sw
