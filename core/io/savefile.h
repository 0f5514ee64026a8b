// Finishing an atomic save (QSaveFile) with the operating system's own words
// for what went wrong ("No space left on device"), never "Unknown error":
// QSaveFile::commit() loses the text of a failed buffered write.
#pragma once

#include <QSaveFile>
#include <QString>

namespace sw {

// The system's text for the last error of `device`; when Qt has none, the
// text of `savedErrno` (or errno).
QString systemErrorText(const QIODevice &device, int savedErrno = 0);

// Writes all of `bytes` to `device`. A short write (the disk filled up midway)
// is retried for the rest, so the error that stops it carries the system's
// text; on failure `error` (if given) holds that text.
bool writeFully(QIODevice *device, const char *data, qint64 size, QString *error = nullptr);
inline bool writeFully(QIODevice *device, const QByteArray &bytes, QString *error = nullptr)
{
    return writeFully(device, bytes.constData(), bytes.size(), error);
}

// Flushes what is buffered (the moment a full disk shows), then commits. On
// failure the temporary file is removed, the target left untouched and
// `error` holds the system's text.
bool commitSaveFile(QSaveFile &file, QString *error);

} // namespace sw
