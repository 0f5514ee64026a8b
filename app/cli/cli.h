// stackwright-cli: one function per command, each in its own file
// (cmd_*.cpp). Exit codes follow design-format.md: 0 success, 1 findings or a
// failed host, 2 bad input.
#pragma once

#include "model/design.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <optional>

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

// Prints "error: MESSAGE" and the command's usage on err; returns BadInput.
int badInput(Io &io, const QString &message, void (*usage)(QTextStream &));

// For a command that takes file names only (`names`, e.g. {"IN", "OUT"}):
// "--help" prints the usage and gives Ok; an option, a missing or an extra
// name is bad input. Empty when `files` holds one path per name: go on.
std::optional<int> takeFiles(const QStringList &args, const QStringList &names, Io &io,
                             void (*usage)(QTextStream &), QStringList *files);

// Loads a .json or .stackwright file; on failure prints the message on err.
bool loadOrReport(const QString &path, Design *out, Io &io);

int runNew(const QStringList &args, Io &io);
int runConvert(const QStringList &args, Io &io);
int runInfo(const QStringList &args, Io &io);
int runValidate(const QStringList &args, Io &io);
int runRules(const QStringList &args, Io &io);
int runExport(const QStringList &args, Io &io);
int runExportPictures(const QStringList &args, Io &io); // png svg pdf dot report
int runExportBundle(const QStringList &args, Io &io);   // shell ansible
int runDeploy(const QStringList &args, Io &io);
int runAnalyse(const QStringList &args, Io &io);
int runGrade(const QStringList &args, Io &io);
int runLab(const QStringList &args, Io &io);            // the design live in namespaces here

} // namespace sw::cli
