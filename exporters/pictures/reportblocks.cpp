#include "exporters/pictures/reportblocks.h"

#include <vector>

namespace sw {

namespace {

// "&amp;" and its kind at `pos` (which holds '&'): the character and the
// length of the escape, or a plain '&' of length 1.
QString entityAt(QStringView s, qsizetype pos, qsizetype *length)
{
    const qsizetype semi = s.indexOf(QLatin1Char(';'), pos);
    *length = 1;
    if (semi < 0 || semi - pos > 10)
        return QStringLiteral("&");
    const QStringView name = s.mid(pos + 1, semi - pos - 1);
    QString out;
    if (name == QLatin1String("amp"))
        out = QStringLiteral("&");
    else if (name == QLatin1String("lt"))
        out = QStringLiteral("<");
    else if (name == QLatin1String("gt"))
        out = QStringLiteral(">");
    else if (name == QLatin1String("quot"))
        out = QStringLiteral("\"");
    else if (name == QLatin1String("apos"))
        out = QStringLiteral("'");
    else if (name == QLatin1String("nbsp"))
        out = QString(QChar(0xA0));
    else if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X"))
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF)
            return QStringLiteral("&");
        const char32_t c = code;
        out = QString::fromUcs4(&c, 1);
    } else {
        return QStringLiteral("&");
    }
    *length = semi - pos + 1;
    return out;
}

bool isSpace(QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r'); }

// The value of attribute `name` in the tag text `tag` (between < and >).
QString attribute(QStringView tag, QLatin1String name)
{
    qsizetype at = tag.indexOf(name);
    while (at > 0 && !isSpace(tag.at(at - 1)))
        at = tag.indexOf(name, at + 1);
    if (at < 0)
        return {};
    qsizetype q = at + name.size();
    while (q < tag.size() && isSpace(tag.at(q)))
        ++q;
    if (q >= tag.size() || tag.at(q) != QLatin1Char('='))
        return {};
    ++q;
    while (q < tag.size() && isSpace(tag.at(q)))
        ++q;
    if (q >= tag.size() || (tag.at(q) != QLatin1Char('"') && tag.at(q) != QLatin1Char('\'')))
        return {};
    const qsizetype end = tag.indexOf(tag.at(q), q + 1);
    return end < 0 ? QString() : tag.mid(q + 1, end - q - 1).toString();
}

class Parser {
public:
    QVector<ReportBlock> blocks;

    void text(QStringView s)
    {
        qsizetype i = 0;
        while (i < s.size()) {
            const QChar c = s.at(i);
            if (isSpace(c)) {
                if (!m_space)
                    m_spaceStyle = currentStyle();
                m_space = true;
                ++i;
            } else if (c == QLatin1Char('&')) {
                qsizetype len = 1;
                append(entityAt(s, i, &len));
                i += len;
            } else {
                qsizetype end = i + 1; // a run of plain characters
                while (end < s.size() && !isSpace(s.at(end)) && s.at(end) != QLatin1Char('&'))
                    ++end;
                append(s.mid(i, end - i));
                i = end;
            }
        }
    }

    void open(QStringView name, QStringView tag)
    {
        if (name == QLatin1String("h1") || name == QLatin1String("h2") || name == QLatin1String("h3")
            || name == QLatin1String("p")) {
            flush();
            m_kind = name == QLatin1String("h1")   ? ReportBlock::Kind::Title
                     : name == QLatin1String("h2") ? ReportBlock::Kind::Section
                     : name == QLatin1String("h3") ? ReportBlock::Kind::Heading
                                                   : ReportBlock::Kind::Paragraph;
            m_cls = attribute(tag, QLatin1String("class"));
        } else if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
            flush();
            m_lists.push_back({name == QLatin1String("ol"), 0});
        } else if (name == QLatin1String("li")) {
            flush();
            m_kind = ReportBlock::Kind::Bullet;
            if (!m_lists.empty()) {
                List &l = m_lists.back();
                ++l.items;
                m_kind = l.ordered ? ReportBlock::Kind::Numbered : ReportBlock::Kind::Bullet;
                m_number = l.items;
                m_inList = true;
            }
        } else if (name == QLatin1String("br")) {
            if (!m_space)
                m_spaceStyle = currentStyle();
            m_space = true;
        } else if (name == QLatin1String("b") || name == QLatin1String("strong")) {
            m_styles.push_back(ReportRun::Bold);
        } else if (name == QLatin1String("i") || name == QLatin1String("em")) {
            m_styles.push_back(ReportRun::Italic);
        } else if (name == QLatin1String("span")) {
            m_styles.push_back(attribute(tag, QLatin1String("class")) == QLatin1String("facts") ? ReportRun::Facts
                                                                                                : ReportRun::Plain);
        }
    }

    void close(QStringView name)
    {
        if (name == QLatin1String("h1") || name == QLatin1String("h2") || name == QLatin1String("h3")
            || name == QLatin1String("p") || name == QLatin1String("li")) {
            flush();
        } else if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
            flush();
            if (!m_lists.empty()) {
                if (m_lists.back().items > 0 && !blocks.isEmpty())
                    blocks.last().lastItem = true;
                m_lists.pop_back();
            }
        } else if ((name == QLatin1String("b") || name == QLatin1String("strong") || name == QLatin1String("i")
                    || name == QLatin1String("em") || name == QLatin1String("span"))
                   && !m_styles.empty()) {
            m_styles.pop_back();
        }
    }

    void flush()
    {
        if (!m_current.text.isEmpty()) {
            m_current.kind = m_kind;
            m_current.cls = m_cls;
            if (m_inList) {
                m_current.number = m_number;
                m_current.firstItem = m_number == 1;
            }
            blocks.append(std::move(m_current));
        }
        m_current = ReportBlock();
        m_kind = ReportBlock::Kind::Paragraph;
        m_cls.clear();
        m_inList = false;
        m_space = false;
    }

private:
    struct List {
        bool ordered;
        int items;
    };

    void append(QStringView s)
    {
        // A run of whitespace is one space, styled where it started.
        if (m_space && !m_current.text.isEmpty())
            add(QStringView(u" "), m_spaceStyle);
        m_space = false;
        add(s, currentStyle());
    }

    unsigned char currentStyle() const
    {
        unsigned char style = ReportRun::Plain;
        for (unsigned char x : m_styles)
            style |= x;
        return style;
    }

    void add(QStringView s, unsigned char style)
    {
        const int at = int(m_current.text.size());
        m_current.text += s;
        if (style == ReportRun::Plain)
            return;
        QVector<ReportRun> &runs = m_current.runs;
        if (!runs.isEmpty() && runs.last().style == style && runs.last().start + runs.last().length == at)
            runs.last().length += int(s.size());
        else
            runs.append({at, int(s.size()), style});
    }

    ReportBlock m_current;
    ReportBlock::Kind m_kind = ReportBlock::Kind::Paragraph;
    QString m_cls;
    int m_number = 0;
    bool m_inList = false;
    bool m_space = false;
    unsigned char m_spaceStyle = ReportRun::Plain;
    std::vector<List> m_lists;
    std::vector<unsigned char> m_styles;
};

} // namespace

QVector<ReportBlock> parseReportHtml(const QString &html)
{
    Parser parser;
    const QStringView s(html);
    qsizetype pos = 0;
    while (pos < s.size()) {
        const qsizetype lt = s.indexOf(QLatin1Char('<'), pos);
        if (lt < 0) {
            parser.text(s.mid(pos));
            break;
        }
        parser.text(s.mid(pos, lt - pos));
        const qsizetype gt = s.indexOf(QLatin1Char('>'), lt);
        if (gt < 0) {
            parser.text(s.mid(lt));
            break;
        }
        QStringView tag = s.mid(lt + 1, gt - lt - 1);
        pos = gt + 1;
        const bool closing = tag.startsWith(QLatin1Char('/'));
        if (closing)
            tag = tag.mid(1);
        if (tag.startsWith(QLatin1Char('!')) || tag.startsWith(QLatin1Char('?')))
            continue;
        qsizetype end = 0;
        while (end < tag.size() && !isSpace(tag.at(end)) && tag.at(end) != QLatin1Char('/'))
            ++end;
        const QStringView name = tag.left(end); // the report writes its tags in lower case
        if (closing)
            parser.close(name);
        else
            parser.open(name, tag);
    }
    parser.flush();
    return parser.blocks;
}

QString reportBlocksText(const QVector<ReportBlock> &blocks)
{
    QString out;
    for (const ReportBlock &b : blocks) {
        if (b.kind == ReportBlock::Kind::Numbered)
            out += QString::number(b.number) + QStringLiteral(". ");
        else if (b.kind == ReportBlock::Kind::Bullet)
            out += QStringLiteral("• ");
        out += b.text + QLatin1Char('\n');
    }
    return out;
}

} // namespace sw
