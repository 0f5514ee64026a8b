#include "core/commands/designmetacommand.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace sw {

DesignMetaCommand::DesignMetaCommand(DesignModel *model, Field field, const QVariant &value,
                                     const QString &extensionKey, QUndoCommand *parent)
    : QUndoCommand(parent), m_model(model), m_field(field), m_extKey(extensionKey), m_after(value)
{
    m_before = current();
    static const char *texts[] = {QT_TRANSLATE_NOOP("sw::Commands", "Rename design"),
                                  QT_TRANSLATE_NOOP("sw::Commands", "Change profile"),
                                  QT_TRANSLATE_NOOP("sw::Commands", "Switch rules off or on"),
                                  QT_TRANSLATE_NOOP("sw::Commands", "Change design settings")};
    setText(QCoreApplication::translate("sw::Commands", texts[field]));
}

QVariant DesignMetaCommand::fromSuppressions(const QVector<Suppression> &s) { return QVariant::fromValue(s); }

QVariant DesignMetaCommand::current() const
{
    const Design &d = m_model->design();
    switch (m_field) {
    case Name: return d.name;
    case Profile: return d.profile;
    case Suppressions: return fromSuppressions(d.suppressions);
    case Extension: return d.extensions.value(m_extKey).toVariant();
    }
    return {};
}

void DesignMetaCommand::apply(const QVariant &v)
{
    switch (m_field) {
    case Name: m_model->setName(v.toString()); break;
    case Profile: m_model->setProfile(v.toString()); break;
    case Suppressions: m_model->setSuppressions(v.value<QVector<Suppression>>()); break;
    case Extension: m_model->setExtension(m_extKey, QJsonValue::fromVariant(v)); break;
    }
}

void DesignMetaCommand::redo() { apply(m_after); }
void DesignMetaCommand::undo() { apply(m_before); }

} // namespace sw
