// Changes design-wide settings: name, profile, switched-off rules, extensions.
#pragma once

#include "core/model/designmodel.h"

#include <QUndoCommand>

namespace sw {

class DesignMetaCommand : public QUndoCommand {
public:
    enum Field { Name, Profile, Suppressions, Extension };
    DesignMetaCommand(DesignModel *model, Field field, const QVariant &value, const QString &extensionKey = {},
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    static QVariant fromSuppressions(const QVector<Suppression> &s);

private:
    void apply(const QVariant &v);
    QVariant current() const;
    DesignModel *m_model;
    Field m_field;
    QString m_extKey;
    QVariant m_before, m_after;
};

} // namespace sw

Q_DECLARE_METATYPE(QVector<sw::Suppression>)
