#include "core/io/inputguard.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <string>
#include <unordered_set>
#include <vector>

namespace sw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::DesignFile) // the texts of loading a design file
};

QString systemError(int err) { return QString::fromLocal8Bit(std::strerror(err)); }

QString mib(qint64 bytes) { return QString::number(double(bytes) / double(1 << 20), 'f', 1); }

std::pair<int, int> lineColumn(const QByteArray &bytes, qsizetype offset)
{
    int line = 1, col = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            col = 1;
        } else if ((uchar(bytes[i]) & 0xC0) != 0x80) {
            ++col;
        }
    }
    return {line, col};
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// One open object or array on the way down; kept on an explicit stack so that
// deep nesting costs memory in proportion, never the call stack.
// Keys are kept as UTF-8 bytes (short ones without an allocation) and
// compared one by one while an object has few; a big object gets a hash set.
struct Frame {
    bool object = false;
    bool expectKey = true; // objects: the next string is a key
    int index = 0;         // arrays: the element being read
    std::string key;       // objects: the key being read (UTF-8)
    std::vector<std::string> keys;
    std::unordered_set<std::string> manyKeys;

    // Adds a key; false when the object has it already.
    bool addKey(const std::string &k)
    {
        constexpr size_t kFew = 16;
        if (manyKeys.empty()) {
            for (const std::string &seen : keys)
                if (seen == k)
                    return false;
            keys.push_back(k);
            if (keys.size() > kFew) {
                manyKeys.insert(keys.begin(), keys.end());
                keys.clear();
            }
            return true;
        }
        return manyKeys.insert(k).second;
    }
};

class Scanner {
public:
    explicit Scanner(const QByteArray &b) : m_b(b) {}

    bool run(QString *error)
    {
        const qsizetype nul = m_b.indexOf('\0');
        if (nul >= 0)
            return fail(nul, Tr::tr("a NUL byte (JSON text cannot hold one raw)"), error);
        const qsizetype n = m_b.size();
        qsizetype i = 0;
        while (i < n) {
            const char c = m_b[i];
            switch (c) {
            case '{':
            case '[': {
                Frame f;
                f.object = c == '{';
                m_stack.push_back(std::move(f));
                ++i;
                break;
            }
            case '}':
            case ']':
                if (m_stack.empty())
                    return true; // a syntax error: the parser names it
                m_stack.pop_back();
                ++i;
                break;
            case ',':
                if (!m_stack.empty()) {
                    Frame &f = m_stack.back();
                    if (f.object)
                        f.expectKey = true;
                    else
                        ++f.index;
                }
                ++i;
                break;
            case ':':
                if (!m_stack.empty())
                    m_stack.back().expectKey = false;
                ++i;
                break;
            case '"': {
                const bool isKey = !m_stack.empty() && m_stack.back().object && m_stack.back().expectKey;
                qsizetype end = 0;
                bool plain = true;
                if (!readString(i, nullptr, &end, error, &plain))
                    return false;
                if (end < 0)
                    return true; // unterminated: the parser names it
                if (isKey) {
                    // A key of plain ASCII is its own bytes; any other is decoded
                    // (escapes, replaced bad UTF-8) so equal keys compare equal.
                    std::string key;
                    if (plain) {
                        key.assign(m_b.constData() + i + 1, size_t(end - i - 2));
                    } else {
                        QString text;
                        qsizetype end2 = 0;
                        if (!readString(i, &text, &end2, error))
                            return false;
                        key = text.toStdString();
                    }
                    Frame &f = m_stack.back();
                    if (!f.addKey(key))
                        return fail(i, Tr::tr("the key \"%1\" appears twice in %2")
                                           .arg(QString::fromStdString(key), path(false)), error);
                    f.key = std::move(key);
                    f.expectKey = false;
                }
                i = end;
                break;
            }
            default:
                ++i; // white space, numbers, true, false, null: the parser checks them
                break;
            }
        }
        return true;
    }

private:
    const QByteArray &m_b;
    std::vector<Frame> m_stack;

    bool fail(qsizetype offset, const QString &what, QString *error) const
    {
        const auto [line, col] = lineColumn(m_b, offset);
        if (error)
            *error = Tr::tr("line %1, column %2: %3").arg(line).arg(col).arg(what);
        return false;
    }

    // Where the value being read sits: nodes[2].props.port (the key itself
    // left out when `withKey` is false: the object that holds it).
    QString path(bool withKey) const
    {
        QString out;
        for (size_t k = 0; k < m_stack.size(); ++k) {
            const Frame &f = m_stack[k];
            const bool last = k + 1 == m_stack.size();
            if (f.object) {
                if (last && !withKey)
                    break;
                if (!out.isEmpty())
                    out += QLatin1Char('.');
                out += QString::fromStdString(f.key);
            } else {
                out += QStringLiteral("[%1]").arg(f.index);
            }
        }
        return out.isEmpty() ? Tr::tr("the top-level object") : QStringLiteral("\"%1\"").arg(out);
    }

    // Reads the string starting at the quote `start`; `end` is one past its
    // closing quote, or -1 when it has none. Decodes it into `text` if given.
    // `plain` (if given) is cleared when the string holds an escape or a byte
    // outside ASCII.
    bool readString(qsizetype start, QString *text, qsizetype *end, QString *error, bool *plain = nullptr)
    {
        const qsizetype n = m_b.size();
        qsizetype i = start + 1, runStart = i;
        qint64 chars = 0;
        auto flush = [&](qsizetype upTo) {
            if (text && upTo > runStart)
                text->append(QString::fromUtf8(m_b.constData() + runStart, upTo - runStart));
        };
        while (i < n) {
            const char c = m_b[i];
            if (plain && (uchar(c) >= 0x80 || c == '\\'))
                *plain = false;
            if (c == '"') {
                flush(i);
                *end = i + 1;
                return true;
            }
            if ((uchar(c) & 0xC0) != 0x80 && ++chars > kMaxStringChars) {
                const QString where = path(true);
                return fail(start, Tr::tr("the string at %1 is longer than %2 characters").arg(where).arg(kMaxStringChars),
                            error);
            }
            if (c != '\\') {
                ++i;
                continue;
            }
            flush(i);
            if (i + 1 >= n)
                break;
            if (m_b[i + 1] != 'u') {
                if (text) {
                    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
                    const char *p = std::strchr(from, m_b[i + 1]);
                    if (p && *p)
                        text->append(QLatin1Char(to[p - from]));
                }
                i += 2;
                runStart = i;
                continue;
            }
            int unit = 0;
            if (!hexAt(i + 2, &unit)) {
                *end = -1; // a bad escape: the parser names it
                return true;
            }
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                int low = 0;
                if (i + 7 < n && m_b[i + 6] == '\\' && m_b[i + 7] == 'u' && hexAt(i + 8, &low) && low >= 0xDC00
                    && low <= 0xDFFF) {
                    if (text) {
                        text->append(QChar(char16_t(unit)));
                        text->append(QChar(char16_t(low)));
                    }
                    i += 12;
                    runStart = i;
                    continue;
                }
                return fail(i, Tr::tr("the escape \\u%1 in %2 is half of a surrogate pair, without the other half")
                                   .arg(unit, 4, 16, QLatin1Char('0')).arg(path(true)), error);
            }
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                return fail(i, Tr::tr("the escape \\u%1 in %2 is half of a surrogate pair, without the other half")
                                   .arg(unit, 4, 16, QLatin1Char('0')).arg(path(true)), error);
            if (text)
                text->append(QChar(char16_t(unit)));
            i += 6;
            runStart = i;
        }
        *end = -1;
        return true;
    }

    bool hexAt(qsizetype at, int *value) const
    {
        if (at + 4 > m_b.size())
            return false;
        int v = 0;
        for (qsizetype k = at; k < at + 4; ++k) {
            const int h = hexValue(m_b[k]);
            if (h < 0)
                return false;
            v = v * 16 + h;
        }
        *value = v;
        return true;
    }
};

} // namespace

bool checkDesignPath(const QString &path, QString *error)
{
    struct stat st {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0) {
        *error = Tr::tr("cannot open it: %1").arg(systemError(errno));
        return false;
    }
    QString what;
    if (S_ISDIR(st.st_mode))
        what = Tr::tr("it is a folder, not a design file");
    else if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        what = Tr::tr("it is a device, not a design file");
    else if (S_ISFIFO(st.st_mode))
        what = Tr::tr("it is a FIFO (a named pipe), not a design file");
    else if (S_ISSOCK(st.st_mode))
        what = Tr::tr("it is a socket, not a design file");
    else if (!S_ISREG(st.st_mode))
        what = Tr::tr("it is not a regular file");
    else if (qint64(st.st_size) > kMaxDesignBytes)
        what = Tr::tr("it is too big for a design (%1 MiB; at most %2 MiB)").arg(mib(st.st_size), mib(kMaxDesignBytes));
    if (what.isEmpty())
        return true;
    *error = what;
    return false;
}

bool readDesignBytes(const QString &path, QByteArray *out, QString *error)
{
    if (!checkDesignPath(path, error))
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot open it: %1").arg(f.errorString());
        return false;
    }
    QByteArray bytes = f.readAll();
    if (f.error() != QFileDevice::NoError) {
        *error = Tr::tr("cannot read it: %1").arg(f.errorString());
        return false;
    }
    if (bytes.size() > kMaxDesignBytes) {
        *error = Tr::tr("it is too big for a design (more than %1 MiB)").arg(mib(kMaxDesignBytes));
        return false;
    }
    *out = std::move(bytes);
    return true;
}

bool scanJson(const QByteArray &bytes, QString *error) { return Scanner(bytes).run(error); }

} // namespace sw
