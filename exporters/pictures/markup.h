// The escaping of user values, one function per output language of the
// picture and report exporters (DOT has its own in DotExporter::quoteId and
// DotExporter::escapeHtml):
//  - markup::xml: text and attribute values in SVG, the HTML report (written
//    as well-formed XHTML-compatible HTML) and any XML metadata;
//  - markup::plain: text fields that are not markup, e.g. PDF metadata.
// Both drop what XML 1.0 cannot hold (control characters other than tab and
// line breaks, lone surrogates, U+FFFE and U+FFFF).
#pragma once

#include <QByteArray>
#include <QString>

namespace sw::markup {

inline bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
           || (c >= 0x10000 && c <= 0x10FFFF);
}

// `s` without the characters XML forbids (each one becomes a space).
inline QString plain(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out += c;
            out += s.at(++i);
        } else if (c.isSurrogate() || !isXmlChar(c.unicode())) {
            out += QLatin1Char(' ');
        } else {
            out += c;
        }
    }
    return out;
}

// Text or a double-quoted attribute value in XML and HTML (what
// QString::toHtmlEscaped gives, without the characters XML forbids).
inline QString xml(const QString &s)
{
    const QString clean = plain(s);
    QString out;
    out.reserve(clean.size() + 16);
    for (const QChar c : clean) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        default: out += c; break;
        }
    }
    return out;
}

} // namespace sw::markup
