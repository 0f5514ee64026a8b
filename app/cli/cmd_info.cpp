#include "app/cli/cli.h"

#include "core/io/designfile.h"
#include "core/model/propertykeys.h"

#include <QCoreApplication>

namespace sw::cli {

namespace {
// User text on one line: no control characters, at most `max` characters.
QString oneLine(const QString &s, int max = 60)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        out += c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator
                   ? QChar(QLatin1Char(' '))
                   : c;
    if (out.size() > max)
        out = out.left(max - 1) + QChar(0x2026);
    return out;
}

// Items joined with ", " over lines of at most `width` characters.
QString wrapped(const QStringList &items, const QString &indent, int width = 80)
{
    QString out, line;
    for (const QString &item : items) {
        const QString piece = line.isEmpty() ? item : QStringLiteral(", ") + item;
        if (!line.isEmpty() && indent.size() + line.size() + piece.size() > width) {
            out += indent + line + QStringLiteral(",\n");
            line = item;
        } else {
            line += piece;
        }
    }
    return out + indent + line + QLatin1Char('\n');
}
} // namespace

int runInfo(const QStringList &args, Io &io)
{
    CommandLine cl(QStringLiteral("info"),
                   Tr::tr("A one-screen summary: name, profile, counts by kind, each server and what runs on it, links."));
    cl.addPositional(QStringLiteral("FILE"), Tr::tr("a design (.json, .stackwright, or - for standard input)"));
    if (const auto done = cl.parse(args, io))
        return *done;
    const QStringList files = cl.positionals();

    Design d;
    if (!loadOrReport(files[0], &d, io))
        return BadInput;

    QTextStream &out = io.out;
    out << Tr::tr("Design:   %1").arg(oneLine(d.name, 200)) << "\n";
    out << Tr::tr("Profile:  %1").arg(d.profile.isEmpty() ? Tr::tr("(none)") : d.profile) << "\n";
    out << Tr::tr("Format:   %1").arg(isStdio(files[0]) || formatForPath(files[0]) == FileFormat::Json ? Tr::tr("JSON") : Tr::tr("Stackwright (SQLite)"))
        << "\n";

    QVector<int> counts(allKinds().size(), 0);
    for (const Node &n : d.nodes())
        ++counts[int(n.kind)];
    QStringList byKind;
    for (const KindInfo &k : allKinds())
        if (counts[int(k.kind)] > 0)
            byKind << QStringLiteral("%1 %2").arg(k.name).arg(counts[int(k.kind)]);
    out << Tr::tr("Nodes:    %1").arg(d.nodes().size()) << "\n";
    out << wrapped(byKind, QStringLiteral("          "));
    out << Tr::tr("Links:    %1").arg(d.links().size()) << "\n";

    // Each server with what runs on it (services and its host firewall).
    QHash<QString, QStringList> onServer;
    for (const Node &n : d.nodes())
        if (!n.parent.isEmpty() && (isService(n.kind) || n.kind == Kind::Firewall))
            onServer[n.parent] << QStringLiteral("%1 %2").arg(kindName(n.kind), n.id);
    const auto servers = d.nodesOfKind(Kind::Server);
    out << Tr::tr("Servers:  %1").arg(servers.size()) << "\n";
    for (const Node *s : servers) {
        const QString address = s->propString(keys::address);
        out << "  " << s->id << "  " << Tr::tr("host %1").arg(s->propString(keys::hostname)) << ", "
            << (address.isEmpty() ? Tr::tr("no address") : address);
        if (!s->label.isEmpty() && s->label != s->id)
            out << "  \"" << oneLine(s->label, 40) << "\"";
        out << "\n";
        const QStringList services = onServer.value(s->id);
        if (services.isEmpty())
            out << "      " << Tr::tr("(nothing runs on it)") << "\n";
        else
            out << wrapped(services, QStringLiteral("      "));
    }
    for (const Node *c : d.nodesOfKind(Kind::Cluster))
        out << Tr::tr("Cluster:  %1 = %2 (%3)")
                   .arg(c->id, c->propList(keys::members).join(QStringLiteral(" + ")),
                        c->propString(keys::mode))
            << "\n";
    out.flush();
    return Ok;
}

} // namespace sw::cli
