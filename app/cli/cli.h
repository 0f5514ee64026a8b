// stackwright-cli: one function per command, each in its own file
// (cmd_*.cpp). Exit codes follow docs/cli.md: 0 success, 1 findings or a
// failed host, 2 bad input.
//
// Every command parses its arguments with CommandLine (below), so they all
// follow the same conventions: -h/--help (help on stdout, exit 0), --opt value
// and --opt=value, "-" for standard input or output, "--" ends the options,
// and messages on stderr naming what is wrong. A new command:
//
//   int runThing(const QStringList &args, Io &io)
//   {
//       CommandLine cl(QStringLiteral("thing"), Tr::tr("What it does, one line."));
//       cl.addPositional(QStringLiteral("FILE"), Tr::tr("a design (.json, .stackwright, or - for standard input)"));
//       cl.addOption({QStringLiteral("format")}, Tr::tr("text (default) or json"), QStringLiteral("F"));
//       cl.addOption({QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("where to write"), QStringLiteral("PATH"));
//       if (const auto done = cl.parse(args, io))
//           return *done;                       // --help, or bad input already reported
//       if (const auto refused = refuseOverwrite(io, cl.positionals(), cl.value(QStringLiteral("output"))))
//           return *refused;                    // the output would replace an input
//       Design d;
//       if (!loadOrReport(cl.positional(0), &d, io))
//           return BadInput;
//       ...
//       printJson(io, "stackwright-thing", object); // adds "format" and "version"
//   }
//
// and one line in commands() (commands.cpp); the usage text, the man pages and
// the bash completion are made from the commands' --help.
#pragma once

#include "core/model/design.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>
#include <memory>
#include <optional>

namespace sw {
struct ExportFormat;
}

namespace sw::cli {

enum Exit { Ok = 0, Failed = 1, BadInput = 2 };

// The commands' texts, in one translation context: Tr::tr("...").
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::cli)
};

struct Io {
    QTextStream &out;
    QTextStream &err;
};

// `args` excludes the program and the command name.
using CommandFn = int (*)(const QStringList &args, Io &io);

struct Command {
    const char *name;
    const char *synopsis; // one line for the usage text
    CommandFn run;
};

const QVector<Command> &commands();

// The arguments of one command, parsed by QCommandLineParser.
class CommandLine {
public:
    enum class Need { Required, Optional, Repeated };

    CommandLine(const QString &command, const QString &description);
    // names: {"o", "output"}; a valueName makes it an option with a value.
    void addOption(const QStringList &names, const QString &help, const QString &valueName = {});
    void addPositional(const QString &name, const QString &help, Need need = Need::Required);
    // A line after the options in --help (formats, examples).
    void addNote(const QString &text);

    // Empty: go on. Otherwise the exit code: Ok after --help, BadInput after
    // an unknown option, a missing value, a missing or an extra argument.
    std::optional<int> parse(const QStringList &args, Io &io);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    QStringList positionals() const { return m_parser.positionalArguments(); }
    QString positional(int i) const { return positionals().value(i); }

    // Prints "error: MESSAGE" and a hint to --help on err; returns BadInput.
    int bad(Io &io, const QString &message) const;
    void printHelp(QTextStream &s) const;

private:
    struct Positional {
        QString name, help;
        Need need;
    };
    QString m_command, m_description;
    QCommandLineParser m_parser;
    QList<QCommandLineOption> m_options;
    QVector<Positional> m_positionals;
    QStringList m_notes;
};

// Prints "error: MESSAGE" and the command's usage on err; returns BadInput.
int badInput(Io &io, const QString &message, void (*usage)(QTextStream &));

// For a command that takes file names only (`names`, e.g. {"IN", "OUT"}).
std::optional<int> takeFiles(const QStringList &args, const QStringList &names, Io &io,
                             void (*usage)(QTextStream &), QStringList *files);

// "-" as a file name: standard input or output.
bool isStdio(const QString &path);

// Loads a .json or .stackwright file, or standard input for "-" (JSON, or a
// .stackwright file recognised by its SQLite header); on failure prints the
// message on err.
bool loadOrReport(const QString &path, Design *out, Io &io);

// Refuses (exit 2, nothing written) an output that is one of the inputs or,
// for a `folder` output (a bundle is written into it), a folder that holds
// one of them. Empty when the output may be written.
std::optional<int> refuseOverwrite(Io &io, const QStringList &inputs, const QString &output, bool folder = false);

// Where to write an output that may be "-": the path itself, or a file in a
// temporary folder that copyToStdout() sends to standard output afterwards.
class OutputTarget {
public:
    // `suffix` is the extension used for standard output (e.g. "json").
    OutputTarget(const QString &requested, const QString &suffix);
    QString path() const { return m_path; }
    bool toStdout() const { return m_stdout; }
    // After a successful write: copies the file to standard output.
    bool copyToStdout(Io &io) const;

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_tmp;
    bool m_stdout = false;
};

// Prints `object` as indented JSON with "format": FORMAT and "version": 1 added
// (docs/cli.md lists every output's format name and keys).
void printJson(Io &io, const char *format, QJsonObject object);
constexpr int kJsonOutputVersion = 1;

int runNew(const QStringList &args, Io &io);
int runConvert(const QStringList &args, Io &io);
int runInfo(const QStringList &args, Io &io);
int runValidate(const QStringList &args, Io &io);
int runRules(const QStringList &args, Io &io);
int runExport(const QStringList &args, Io &io);
void addExportOptions(CommandLine &cl, bool pictures, bool bundles);
// A file format of the export registry (pictures, DOT, report), a folder one (bundles).
int runExportPictures(const QStringList &args, Io &io, const ExportFormat &format);
int runExportBundle(const QStringList &args, Io &io, const ExportFormat &format);
int runDeploy(const QStringList &args, Io &io);
int runAnalyse(const QStringList &args, Io &io);
int runGrade(const QStringList &args, Io &io);
int runLab(const QStringList &args, Io &io);            // the design live in namespaces here
int runDiff(const QStringList &args, Io &io);           // cmd_diff.cpp

} // namespace sw::cli
