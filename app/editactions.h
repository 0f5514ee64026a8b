// The Edit menu's operations on the selection: cut, copy, paste (a JSON
// fragment on the clipboard, fresh ids on paste), duplicate, delete, select
// all, find. Each change is one undo command.
#pragma once

#include <QObject>
#include <QPointF>

class QUndoStack;

namespace sw {

class DesignModel;
class Selection;

class EditActions : public QObject {
    Q_OBJECT
public:
    EditActions(DesignModel *model, QUndoStack *undo, Selection *selection, QObject *parent = nullptr);

    void copy();
    void cut();
    // Pastes the clipboard's fragment; returns false (with a status message) if it holds none.
    bool paste();
    void duplicate();
    void deleteSelection();
    void selectAll();
    // Selects the nodes whose label, id or properties contain `text`; returns how many.
    int find(const QString &text);

signals:
    void statusMessage(const QString &text);

private:
    bool pasteBytes(const QByteArray &fragment, const QPointF &offset, const QString &text);
    DesignModel *m_model;
    QUndoStack *m_undo;
    Selection *m_selection;
    int m_pasteCount = 0;
};

} // namespace sw
