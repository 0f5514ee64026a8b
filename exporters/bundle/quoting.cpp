#include "exporters/bundle/quoting.h"

#include <QStringList>

namespace sw::bundle {

QString shellQuote(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar c : value) {
        if (c == QLatin1Char('\''))
            out += QLatin1String("'\\''");
        else
            out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

QString yamlQuote(const QString &value)
{
    // Escaped tokens; long values are folded with escaped line breaks
    // ("\\" at the end of a line adds nothing; a leading space of the next
    // line is escaped so it is kept), so no YAML line gets too long.
    QStringList tokens;
    tokens.reserve(value.size());
    for (const QChar c : value) {
        const ushort u = c.unicode();
        if (c == QLatin1Char('"'))
            tokens << QStringLiteral("\\\"");
        else if (c == QLatin1Char('\\'))
            tokens << QStringLiteral("\\\\");
        else if (c == QLatin1Char('\n'))
            tokens << QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            tokens << QStringLiteral("\\t");
        else if (c == QLatin1Char('\r'))
            tokens << QStringLiteral("\\r");
        else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029 || u == 0xfeff)
            tokens << QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
        else
            tokens << QString(c);
    }
    QString out = QStringLiteral("\"");
    int lineLength = 0;
    for (const QString &t : tokens) {
        if (lineLength >= 80 && !t.at(0).isLowSurrogate()) {
            out += QStringLiteral("\\\n      ");
            lineLength = 0;
            if (t == QLatin1String(" ")) {
                out += QStringLiteral("\\ ");
                lineLength += 2;
                continue;
            }
        }
        out += t;
        lineLength += int(t.size());
    }
    out += QLatin1Char('"');
    return out;
}

QString yamlUnsafe(const QString &value)
{
    return QStringLiteral("!unsafe ") + yamlQuote(value);
}

QString jinjaLiteral(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == QLatin1Char('{')
            && (next == QLatin1Char('{') || next == QLatin1Char('%') || next == QLatin1Char('#')))
            out += QLatin1String("{{ '{' }}");
        else
            out += c;
    }
    return out;
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != '\t') || u == 0x7f || u == 0x2028 || u == 0x2029 || (u >= 0x80 && u < 0xa0))
            return true;
    }
    return false;
}

} // namespace sw::bundle
