// The generic edit of one field of one node: its label or one property.
#pragma once

#include "core/model/designmodel.h"

#include <QUndoCommand>

namespace sw {

class SetPropertyCommand : public QUndoCommand {
public:
    // The key "label" edits the label; any other key edits props[key].
    // An invalid `value` removes the property (back to its default).
    SetPropertyCommand(DesignModel *model, const QString &nodeId, const QString &key, const QVariant &value,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    static QString labelKey() { return QStringLiteral("label"); }

private:
    void apply(const QVariant &v);
    DesignModel *m_model;
    QString m_node;
    QString m_key;
    QVariant m_before;
    QVariant m_after;
};

} // namespace sw
