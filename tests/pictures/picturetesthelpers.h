// Shared by the picture tests: templates, running external tools.
#pragma once

#include "core/io/templates.h"
#include "core/model/design.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

namespace swtest {

struct ToolRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool started = false;
};

inline ToolRun runTool(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    ToolRun r;
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return r;
    r.started = true;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

inline bool haveTool(const QString &name) { return !QStandardPaths::findExecutable(name).isEmpty(); }

inline sw::Design templateDesign(const QString &name)
{
    sw::Design d;
    QString error;
    if (!sw::loadTemplate(name, &d, &error))
        qWarning("template %s: %s", qPrintable(name), qPrintable(error));
    return d;
}

// Every template, as test rows.
inline void templateRows()
{
    QTest::addColumn<QString>("name");
    for (const QString &n : sw::templateNames())
        QTest::newRow(qPrintable(n)) << n;
}

} // namespace swtest
