// In-process figures of the deploy bundles (issue 16) at 10k and 50k nodes
// (or --sizes N,N): the planning alone (buildStackConfig), the files' text
// (files()) and the whole export to a folder (write()), each in a forked
// child so its CPU time (user, sys) and peak memory are its own (the peak
// includes the design the child inherits, printed as "base"). The design is
// bench/common's generated one with a codebase beside each app server, as in
// bench_scaling. Prints figures; never fails on time; not a test.
//
//   bench_bundle [--sizes N,N,...] [--only plan|text|write] [--keep DIR]
#include "bench/common/generate.h"
#include "exporters/bundle/ansiblebundle.h"
#include "exporters/bundle/shellbundle.h"
#include "exporters/bundle/stackconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace sw;

namespace {

double seconds(const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; }

double selfMaxRssMiB()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_maxrss) / 1024.0;
}

// Runs `f` in a child; prints its CPU (sys), wall and peak memory.
void measure(const char *what, double target, const std::function<bool()> &f)
{
    std::fflush(stdout);
    const auto t0 = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0)
        _exit(f() ? 0 : 1);
    int status = 0;
    rusage ru{};
    wait4(pid, &status, 0, &ru);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const double user = seconds(ru.ru_utime), sys = seconds(ru.ru_stime);
    std::printf("  %-22s cpu %7.3f s (sys %6.3f)  wall %7.3f s  peak %7.1f MiB", what, user + sys, sys, wall,
                double(ru.ru_maxrss) / 1024.0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        std::printf("  FAILED");
    else if (target > 0)
        std::printf("  target <= %.2f s%s", target, user + sys <= target ? "" : ", MISSED");
    std::printf("\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QVector<int> sizes{10000, 50000};
    QString only, keep;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &s : args[i + 1].split(QLatin1Char(',')))
                sizes << s.toInt();
        } else if (args[i] == QLatin1String("--only")) {
            only = args[i + 1];
        } else if (args[i] == QLatin1String("--keep")) {
            keep = args[i + 1];
        } else {
            std::printf("usage: bench_bundle [--sizes N,N,...] [--only plan|text|write] [--keep DIR]\n");
            return 2;
        }
    }
    for (int n : sizes) {
        const Design design = bench::withCodebases(bench::generateDesign(n * 12 / 13, n * 107 / 100));
        std::printf("%d nodes, %d links (base peak %.1f MiB)\n", int(design.nodes().size()), int(design.links().size()),
                    selfMaxRssMiB());
        const double target = n <= 10000 ? 0.5 : 5.0;
        auto want = [&](const char *w) { return only.isEmpty() || only == QLatin1String(w); };
        if (want("plan"))
            measure("plan", -1, [&] {
                bundle::StackConfig cfg;
                QString error;
                return bundle::buildStackConfig(design, &cfg, &error);
            });
        if (want("text")) {
            measure("shell files()", -1, [&] {
                QVector<QPair<QString, QString>> files;
                QString error;
                return bundle::ShellBundleExporter(design).files(&files, &error);
            });
            measure("ansible files()", -1, [&] {
                QVector<QPair<QString, QString>> files;
                QString error;
                return bundle::AnsibleBundleExporter(design).files(&files, &error);
            });
        }
        if (want("write")) {
            QTemporaryDir tmp;
            const QString base = keep.isEmpty() ? tmp.path() : keep;
            const QString shellDir = QStringLiteral("%1/shell-%2").arg(base).arg(n);
            const QString ansibleDir = QStringLiteral("%1/ansible-%2").arg(base).arg(n);
            measure("shell write()", target, [&] {
                QString error;
                const bool ok = bundle::writeShellBundle(design, shellDir, &error);
                if (!ok)
                    std::fprintf(stderr, "%s\n", qPrintable(error));
                return ok;
            });
            measure("ansible write()", target, [&] {
                QString error;
                const bool ok = bundle::writeAnsibleBundle(design, ansibleDir, &error);
                if (!ok)
                    std::fprintf(stderr, "%s\n", qPrintable(error));
                return ok;
            });
        }
    }
    return 0;
}
