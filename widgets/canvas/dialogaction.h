// A menu action that opens one non-modal dialog: created on first use, then
// shown, raised and focused again on every trigger. The dialog is owned by its
// parent window; the action only remembers it through a guarded pointer.
#pragma once

#include <QAction>
#include <QMenu>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

namespace sw {

template <typename Dialog>
QAction *addDialogAction(QMenu *menu, const QString &text, const QString &objectName, const QString &statusTip,
                         std::function<Dialog *()> create)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(objectName);
    action->setStatusTip(statusTip);
    auto dialog = std::make_shared<QPointer<Dialog>>();
    QObject::connect(action, &QAction::triggered, action, [dialog, create = std::move(create)] {
        if (!*dialog)
            *dialog = create();
        (*dialog)->show();
        (*dialog)->raise();
        (*dialog)->activateWindow();
    });
    return action;
}

} // namespace sw
