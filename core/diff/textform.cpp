#include "core/diff/textform.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace sw {

namespace {

// A JSON literal on one line: strings quoted and escaped, lists as arrays.
QString literal(const QJsonValue &v)
{
    const QJsonDocument doc(QJsonArray{v});
    QString s = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    return s.mid(1, s.size() - 2);   // strip the array's brackets
}

QString literal(const QString &s)
{
    return literal(QJsonValue(s));
}

} // namespace

QString designTextForm(const Design &design)
{
    QStringList lines;
    lines.reserve(int(design.nodes().size()) * 6 + int(design.links().size()) + 8);
    lines << QStringLiteral("design name: ") + literal(design.name);
    if (!design.profile.isEmpty())
        lines << QStringLiteral("design profile: ") + literal(design.profile);
    for (const Suppression &s : design.suppressions)
        lines << QStringLiteral("design suppress %1: %2").arg(s.rule, literal(s.reason));
    for (auto it = design.extensions.constBegin(); it != design.extensions.constEnd(); ++it)
        lines << QStringLiteral("design extension %1: %2").arg(it.key(), literal(it.value()));
    for (const Node &n : design.nodes()) {
        const QString head = QStringLiteral("node ") + n.id;
        lines << head + QStringLiteral(" kind: ") + kindName(n.kind);
        if (!n.label.isEmpty())
            lines << head + QStringLiteral(" label: ") + literal(n.label);
        if (!n.parent.isEmpty())
            lines << head + QStringLiteral(" parent: ") + n.parent;
        if (n.hasPos)
            lines << head + QStringLiteral(" pos: %1,%2").arg(n.pos.x()).arg(n.pos.y());
        for (auto it = n.props.constBegin(); it != n.props.constEnd(); ++it)
            lines << head + QStringLiteral(" prop ") + it.key() + QStringLiteral(": ")
                         + literal(QJsonValue::fromVariant(it.value()));
    }
    for (const Link &l : design.links()) {
        lines << QStringLiteral("link %1: %2 -> %3 %4 %5")
                     .arg(l.id, l.from, l.to, protocolName(l.protocol))
                     .arg(l.effectivePort());
        if (!l.label.isEmpty())
            lines << QStringLiteral("link %1 label: %2").arg(l.id, literal(l.label));
    }
    std::sort(lines.begin(), lines.end());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace sw
