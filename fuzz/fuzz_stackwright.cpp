// libFuzzer harness for the native .stackwright reader (sw::SqliteStore::read):
// the input is written to a file (the reader takes a path) and read; any
// input is read or refused with a message, never crashes, and reading never
// changes the file.
#include "core/io/sqlitestore.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <cstdint>
#include <cstdlib>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = QDir::temp().filePath(QStringLiteral("sw-fuzz-%1.stackwright").arg(::getpid()));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            std::abort();
    }
    sw::Design d;
    QString error;
    if (!sw::SqliteStore::read(path, &d, &error) && error.isEmpty())
        std::abort(); // a refusal always says why
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.readAll() != bytes)
        std::abort(); // reading changed the file
    if (QFile::exists(path + QStringLiteral("-shm")) || QFile::exists(path + QStringLiteral("-journal")))
        std::abort(); // reading left a file beside it
    return 0;
}
