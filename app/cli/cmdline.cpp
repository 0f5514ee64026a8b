// CommandLine, standard input and output, and the overwrite guard shared by
// every command (see cli.h).
#include "app/cli/cli.h"

#include "core/io/designfile.h"
#include "core/io/jsonformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace sw::cli {

CommandLine::CommandLine(const QString &command, const QString &description)
    : m_command(command), m_description(description)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    addOption({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("show this help and exit"));
}

void CommandLine::addOption(const QStringList &names, const QString &help, const QString &valueName)
{
    QCommandLineOption o(names, help, valueName);
    m_parser.addOption(o);
    m_options << o;
}

void CommandLine::addPositional(const QString &name, const QString &help, Need need)
{
    m_positionals.append({name, help, need});
}

void CommandLine::addNote(const QString &text) { m_notes << text; }

std::optional<int> CommandLine::parse(const QStringList &args, Io &io)
{
    const bool parsed = m_parser.parse(QStringList{QStringLiteral("stackwright-cli")} + args);
    if (m_parser.isSet(QStringLiteral("help"))) {
        printHelp(io.out);
        io.out.flush();
        return Ok;
    }
    if (!parsed) {
        const QStringList unknown = m_parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            const QString &n = unknown.first();
            return bad(io, Tr::tr("unknown option %1").arg((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n));
        }
        return bad(io, m_parser.errorText());
    }
    const QStringList given = positionals();
    QStringList missing;
    int allowed = 0;
    for (const Positional &p : m_positionals) {
        if (p.need == Need::Repeated) {
            allowed = INT_MAX;
            break;
        }
        if (p.need == Need::Required && allowed >= given.size())
            missing << p.name;
        ++allowed;
    }
    if (missing.size() == 1)
        return bad(io, Tr::tr("%1 is missing").arg(missing[0]));
    if (!missing.isEmpty())
        return bad(io, Tr::tr("%1 and %2 are missing").arg(missing.mid(0, missing.size() - 1).join(QStringLiteral(", ")), missing.last()));
    if (given.size() > allowed)
        return bad(io, Tr::tr("unexpected argument \"%1\"").arg(given.at(allowed)));
    return std::nullopt;
}

int CommandLine::bad(Io &io, const QString &message) const
{
    io.err << Tr::tr("error: %1").arg(message) << "\n"
           << Tr::tr("(stackwright-cli %1 --help shows how to call it)").arg(m_command) << "\n";
    io.err.flush();
    return BadInput;
}

void CommandLine::printHelp(QTextStream &s) const
{
    QString line = QStringLiteral("stackwright-cli %1").arg(m_command);
    if (m_options.size() > 1)
        line += QStringLiteral(" [OPTIONS]");
    for (const Positional &p : m_positionals)
        line += QLatin1Char(' ')
                + (p.need == Need::Required   ? p.name
                   : p.need == Need::Optional ? QStringLiteral("[%1]").arg(p.name)
                                              : QStringLiteral("[%1]...").arg(p.name));
    s << Tr::tr("usage: %1").arg(line) << "\n  " << m_description << "\n";
    if (!m_positionals.isEmpty()) {
        s << "\n" << Tr::tr("arguments:") << "\n";
        for (const Positional &p : m_positionals)
            s << QStringLiteral("  %1  %2").arg(p.name, -22).arg(p.help) << "\n";
    }
    s << "\n" << Tr::tr("options:") << "\n";
    for (const QCommandLineOption &o : m_options) {
        QStringList names;
        for (const QString &n : o.names())
            names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        QString left = names.join(QStringLiteral(", "));
        if (!o.valueName().isEmpty())
            left += QLatin1Char(' ') + o.valueName();
        s << QStringLiteral("  %1  %2").arg(left, -22).arg(o.description()) << "\n";
    }
    for (const QString &n : m_notes)
        s << "\n  " << n << "\n";
    s.flush();
}

int badInput(Io &io, const QString &message, void (*usage)(QTextStream &))
{
    io.err << Tr::tr("error: %1").arg(message) << "\n";
    usage(io.err);
    io.err.flush();
    return BadInput;
}

std::optional<int> takeFiles(const QStringList &args, const QStringList &names, Io &io,
                             void (*usage)(QTextStream &), QStringList *files)
{
    files->clear();
    for (const QString &a : args) {
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage(io.out);
            return Ok;
        }
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1)
            return badInput(io, Tr::tr("unknown option \"%1\"").arg(a), usage);
        *files << a;
    }
    if (files->size() > names.size())
        return badInput(io, Tr::tr("unexpected argument \"%1\"").arg(files->at(names.size())), usage);
    const QStringList missing = names.mid(files->size());
    if (missing.size() == 1)
        return badInput(io, Tr::tr("%1 is missing").arg(missing[0]), usage);
    if (!missing.isEmpty())
        return badInput(io, Tr::tr("%1 and %2 are missing").arg(missing.mid(0, missing.size() - 1).join(QStringLiteral(", ")), missing.last()), usage);
    return std::nullopt;
}

bool isStdio(const QString &path) { return path == QLatin1String("-"); }

bool loadOrReport(const QString &path, Design *out, Io &io)
{
    QString error;
    if (!isStdio(path)) {
        if (loadDesignFile(path, out, &error))
            return true;
        io.err << Tr::tr("error: %1").arg(error) << Qt::endl;
        return false;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        io.err << Tr::tr("error: standard input: %1").arg(in.errorString()) << Qt::endl;
        return false;
    }
    const QByteArray bytes = in.readAll();
    static const QByteArray sqliteHeader("SQLite format 3", 16); // with its NUL
    bool ok = false;
    if (bytes.startsWith(sqliteHeader)) {
        // The native file is read by SQLite from a file: a private copy.
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(QStringLiteral("stdin.stackwright"));
        QFile f(copy);
        ok = tmp.isValid() && f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.flush();
        f.close();
        if (!ok)
            error = Tr::tr("cannot keep a copy of it: %1").arg(f.errorString());
        else if (!(ok = loadDesignFile(copy, out, &error)))
            error = error.mid(copy.size() + 2); // without the temporary path
    } else {
        ok = readJson(bytes, out, &error);
    }
    if (!ok)
        io.err << Tr::tr("error: %1").arg(Tr::tr("standard input: %1").arg(error)) << Qt::endl;
    return ok;
}

namespace {
QString resolved(const QString &path)
{
    const QFileInfo fi(path);
    const QString canonical = fi.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(fi.absoluteFilePath()) : canonical;
}
} // namespace

std::optional<int> refuseOverwrite(Io &io, const QStringList &inputs, const QString &output, bool folder)
{
    if (output.isEmpty() || isStdio(output))
        return std::nullopt;
    const QString out = resolved(output);
    for (const QString &in : inputs) {
        if (in.isEmpty() || isStdio(in))
            continue;
        const QString i = resolved(in);
        if (i == out || (folder && i.startsWith(out + QLatin1Char('/')))) {
            io.err << Tr::tr("error: %1: the output would overwrite the input %2; nothing was written, choose another output")
                          .arg(QDir::toNativeSeparators(output), QDir::toNativeSeparators(in))
                   << Qt::endl;
            return BadInput;
        }
    }
    return std::nullopt;
}

OutputTarget::OutputTarget(const QString &requested, const QString &suffix)
    : m_path(requested), m_stdout(isStdio(requested))
{
    if (!m_stdout)
        return;
    m_tmp = std::make_unique<QTemporaryDir>();
    m_path = m_tmp->filePath(QStringLiteral("stdout.") + suffix);
}

bool OutputTarget::copyToStdout(Io &io) const
{
    if (!m_stdout)
        return true;
    QFile f(m_path);
    QFile out;
    if (!f.open(QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly)) {
        io.err << Tr::tr("error: standard output: %1").arg(f.errorString()) << Qt::endl;
        return false;
    }
    io.out.flush();
    const QByteArray bytes = f.readAll();
    return out.write(bytes) == bytes.size() && out.flush();
}

void printJson(Io &io, const char *format, QJsonObject object)
{
    object.insert(QStringLiteral("format"), QLatin1String(format));
    object.insert(QStringLiteral("version"), kJsonOutputVersion);
    io.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    io.out.flush();
}

} // namespace sw::cli
