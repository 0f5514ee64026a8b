#include "exporters/bundle/quoting.h"

#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace sw::bundle {

QString shellQuote(const QString &value)
{
    // The runs between quotes copied whole.
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('\'');
    qsizetype from = 0;
    for (qsizetype at = value.indexOf(QLatin1Char('\'')); at >= 0; at = value.indexOf(QLatin1Char('\''), from)) {
        out += QStringView(value).mid(from, at - from);
        out += QLatin1String("'\\''");
        from = at + 1;
    }
    out += QStringView(value).mid(from);
    out += QLatin1Char('\'');
    return out;
}

QString yamlQuote(const QString &value)
{
    // Escaped tokens; long values are folded with escaped line breaks
    // ("\\" at the end of a line adds nothing; a leading space of the next
    // line is escaped so it is kept), so no YAML line gets too long. A
    // token is one character or its escape; built in place, no list.
    // Most values (names, paths, modes) need neither escapes nor folding.
    auto plain = [](QChar c) {
        const ushort u = c.unicode();
        return u >= 0x20 && u < 0x7f && u != '"' && u != '\\';
    };
    if (value.size() <= 80 && std::all_of(value.cbegin(), value.cend(), plain)) {
        QString out;
        out.reserve(value.size() + 2);
        out += QLatin1Char('"');
        out += value;
        out += QLatin1Char('"');
        return out;
    }
    QString out;
    out.reserve(value.size() + value.size() / 32 + 4);
    out += QLatin1Char('"');
    int lineLength = 0;
    for (const QChar c : value) {
        const ushort u = c.unicode();
        char esc[8];
        int escLength = 0;
        auto escape = [&](char second) {
            esc[0] = '\\';
            esc[1] = second;
            escLength = 2;
        };
        if (c == QLatin1Char('"'))
            escape('"');
        else if (c == QLatin1Char('\\'))
            escape('\\');
        else if (c == QLatin1Char('\n'))
            escape('n');
        else if (c == QLatin1Char('\t'))
            escape('t');
        else if (c == QLatin1Char('\r'))
            escape('r');
        else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029 || u == 0xfeff)
            escLength = std::snprintf(esc, sizeof esc, "\\u%04x", unsigned(u));
        if (lineLength >= 80 && !c.isLowSurrogate()) {
            out += QLatin1String("\\\n      ");
            lineLength = 0;
            if (escLength == 0 && c == QLatin1Char(' ')) {
                out += QLatin1String("\\ ");
                lineLength += 2;
                continue;
            }
        }
        if (escLength > 0) {
            out += QLatin1String(esc, escLength);
            lineLength += escLength;
        } else {
            out += c;
            ++lineLength;
        }
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
    // Copies the runs between the braces that open a tag; a text without
    // any is returned as it is (shared, not copied).
    auto opensTag = [&text](qsizetype i) {
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        return next == QLatin1Char('{') || next == QLatin1Char('%') || next == QLatin1Char('#');
    };
    qsizetype brace = text.indexOf(QLatin1Char('{'));
    while (brace >= 0 && !opensTag(brace))
        brace = text.indexOf(QLatin1Char('{'), brace + 1);
    if (brace < 0)
        return text;
    QString out;
    out.reserve(text.size() + 16);
    qsizetype from = 0;
    for (; brace >= 0; brace = text.indexOf(QLatin1Char('{'), brace + 1)) {
        if (!opensTag(brace))
            continue;
        out += QStringView(text).mid(from, brace - from);
        out += QLatin1String("{{ '{' }}");
        from = brace + 1;
    }
    out += QStringView(text).mid(from);
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
