// Limits on what the design readers accept, checked before a parser sees the
// input: a design is a regular file of at most kMaxDesignBytes; a JSON design
// holds no NUL byte, no key twice in one object, no lone UTF-16 surrogate
// escape and no string longer than kMaxStringChars.
#pragma once

#include <QByteArray>
#include <QString>

namespace sw {

constexpr qint64 kMaxDesignBytes = qint64(256) << 20; // 256 MiB
constexpr qint64 kMaxStringChars = qint64(1) << 20;   // one value: 1 Mi characters

// The path names an existing regular file (not a folder, device, FIFO or
// socket; symbolic links followed) of at most kMaxDesignBytes. Never opens the
// file, so it cannot block on a FIFO. On failure `error` says what it is.
bool checkDesignPath(const QString &path, QString *error);

// Reads the whole of a file checked by checkDesignPath, refusing one that grew
// past kMaxDesignBytes meanwhile. `error` holds the system's own text.
bool readDesignBytes(const QString &path, QByteArray *out, QString *error);

// One linear pass over JSON text. Refuses what QJsonDocument would accept
// silently: raw NUL bytes, duplicate keys (the last one would win), lone
// surrogate escapes (read back as '?'), over-long strings; each named by line,
// column and the path of the key. Syntax errors are left to the parser.
bool scanJson(const QByteArray &bytes, QString *error);

} // namespace sw
