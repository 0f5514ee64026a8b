// Reads Qt Linguist .ts files and the glossary, and says what is wrong with a
// translation: unfinished, placeholders or plural forms that differ from the
// source, a glossary term not used. translations/tsmerge.py check applies the
// same rules.
#pragma once

#include <QFile>
#include <algorithm>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>

namespace tscheck {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false;
    QStringList forms;   // one, or the plural forms
};

inline QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + f.errorString();
        return out;
    }
    QXmlStreamReader x(&f);
    QString context;
    Message m;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        const auto n = x.name();
        if (n == QLatin1String("name")) {
            context = x.readElementText();
        } else if (n == QLatin1String("message")) {
            m = Message();
            m.context = context;
            m.numerus = x.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (n == QLatin1String("source")) {
            m.source = x.readElementText();
        } else if (n == QLatin1String("translation")) {
            const auto type = x.attributes().value(QLatin1String("type"));
            m.finished = type.isEmpty();
            if (m.numerus) {
                while (x.readNextStartElement())
                    m.forms << x.readElementText();
            } else {
                m.forms << x.readElementText();
            }
            for (const QString &form : std::as_const(m.forms))
                if (form.trimmed().isEmpty())
                    m.finished = false;
            out << m;
        }
    }
    if (x.hasError())
        *error = QStringLiteral("%1: line %2: %3").arg(path).arg(x.lineNumber()).arg(x.errorString());
    return out;
}

inline QStringList placeholders(const QString &text, bool withN)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[1-9][0-9]?|n)"));
    QSet<QString> seen;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured();
        if (withN || p != QLatin1String("%n"))
            seen.insert(p);
    }
    QStringList list(seen.begin(), seen.end());
    list.sort();
    return list;
}

// What is wrong with the translation of `m` (French and Spanish: two plural forms).
inline QStringList problems(const Message &m)
{
    QStringList out;
    if (!m.finished)
        out << QStringLiteral("unfinished");
    if (m.numerus && m.forms.size() != 2)
        out << QStringLiteral("plural message with %1 form(s), French and Spanish need 2").arg(m.forms.size());
    const QStringList want = placeholders(m.source, false);
    for (int i = 0; i < m.forms.size(); ++i) {
        const QString &form = m.forms[i];
        if (form.trimmed().isEmpty())
            continue;
        const QStringList got = placeholders(form, false);
        if (got != want)
            out << QStringLiteral("form %1 has %2, the source %3")
                       .arg(i + 1)
                       .arg(got.join(QLatin1Char(' ')), want.join(QLatin1Char(' ')));
        const bool srcN = m.source.contains(QLatin1String("%n"));
        if (srcN && !form.contains(QLatin1String("%n")) && !(m.numerus && i == 0))
            out << QStringLiteral("form %1 lacks %n").arg(i + 1);
        if (!srcN && form.contains(QLatin1String("%n")))
            out << QStringLiteral("form %1 has %n, the source has not").arg(i + 1);
    }
    return out;
}

struct GlossaryRow {
    QString en;
    QStringList targets[2];   // fr, es: accepted forms
};

inline QList<GlossaryRow> readGlossary(const QString &path, QString *error)
{
    QList<GlossaryRow> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = path + QStringLiteral(": ") + f.errorString();
        return rows;
    }
    bool header = true;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (header) {
            header = false;
            continue;
        }
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() < 3) {
            *error = QStringLiteral("%1: \"%2\" needs en, fr and es columns").arg(path, line);
            continue;
        }
        GlossaryRow r;
        r.en = cols[0];
        for (int c = 0; c < 2; ++c)
            r.targets[c] = cols[c + 1].split(QLatin1Char('|'), Qt::SkipEmptyParts);
        rows << r;
    }
    std::sort(rows.begin(), rows.end(), [](const GlossaryRow &a, const GlossaryRow &b) { return a.en.size() > b.en.size(); });
    return rows;
}

// Glossary terms of `source` (whole words, longest first, quoted names left
// out: they stay English) whose translation in column `lang` (0 fr, 1 es) is
// not used in `translation`.
inline QStringList glossaryProblems(const QString &source, const QString &translation,
                                    const QList<GlossaryRow> &glossary, int lang)
{
    QStringList out;
    QString text = source.toLower();
    text.replace(QRegularExpression(QStringLiteral("\"[^\"]*\"")), QStringLiteral(" "));
    const QString tr = translation.toLower();
    for (const GlossaryRow &row : glossary) {
        const QRegularExpression re(QStringLiteral("(?<![\\w-])") + QRegularExpression::escape(row.en.toLower())
                                    + QStringLiteral("(?![\\w-])"));
        if (!re.match(text).hasMatch())
            continue;
        text.replace(re, QStringLiteral(" "));
        bool used = false;
        for (const QString &t : row.targets[lang])
            used = used || tr.contains(t.toLower());
        if (!used && !row.targets[lang].isEmpty())
            out << QStringLiteral("\"%1\" must be \"%2\"").arg(row.en, row.targets[lang].join(QLatin1String("\" or \"")));
    }
    return out;
}

} // namespace tscheck
