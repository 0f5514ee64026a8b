// Qt's note "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to ..."
// appears whenever that variable is unset (cron, CI, ssh) and is no message
// of ours: it is dropped; every other message goes on to Qt's own handler.
#pragma once

#include <QtGlobal>
#include <QString>

namespace sw {

inline QtMessageHandler &previousMessageHandler()
{
    static QtMessageHandler previous = nullptr;
    return previous;
}

inline void quietMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (QtMessageHandler previous = previousMessageHandler())
        previous(type, context, message);
}

// Call first in main(), before the application object exists.
inline void installQuietMessageHandler() { previousMessageHandler() = qInstallMessageHandler(quietMessageHandler); }

} // namespace sw
