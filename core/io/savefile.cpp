#include "core/io/savefile.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstring>

namespace sw {

QString systemErrorText(const QIODevice &device, int savedErrno)
{
    const QString text = device.errorString();
    const QString unknown = QCoreApplication::translate("QIODevice", "Unknown error");
    if (!text.isEmpty() && text != unknown && text != QLatin1String("Unknown error"))
        return text;
    const int err = savedErrno ? savedErrno : errno;
    return err ? QString::fromLocal8Bit(std::strerror(err)) : text;
}

bool writeFully(QIODevice *device, const char *data, qint64 size, QString *error)
{
    qint64 done = 0;
    while (done < size) {
        errno = 0;
        const qint64 n = device->write(data + done, size - done);
        if (n <= 0) {
            const int saved = errno;
            if (error)
                *error = systemErrorText(*device, saved);
            return false;
        }
        done += n;
    }
    return true;
}

bool commitSaveFile(QSaveFile &file, QString *error)
{
    errno = 0;
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const int saved = errno;
        if (error)
            *error = systemErrorText(file, saved);
        file.cancelWriting();
        return false;
    }
    errno = 0;
    if (!file.commit()) {
        if (error)
            *error = systemErrorText(file, errno);
        return false;
    }
    return true;
}

} // namespace sw
