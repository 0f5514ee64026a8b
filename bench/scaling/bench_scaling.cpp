// Scaling of every command-line operation (issue 16). Generates designs of
// 1k, 5k, 10k, 20k (and with --max 50000, 50k) nodes with about 1.07 links a
// node (bench/common/generate.cpp, plus a codebase beside every app server so
// the deploy bundles accept it), runs each operation of stackwright-cli on them as a whole process and
// prints, per operation and size, the CPU time of the child (user + sys, from
// wait4; sys also alone: the bundles' thousands of files cost the kernel), the wall time, the peak memory (ru_maxrss) and the size of what it
// wrote; then the growth exponent fitted from 10k upwards, with the targets
// beside the figures. Prints figures; never fails on time; not a test.
//
//   bench_scaling [--max N] [--sizes N,N,...] [--runs R] [--only OP,OP,...]
//                 [--timeout S] [--cli PATH] [--keep DIR] [--with-dot]
#include "bench/common/generate.h"
#include "core/io/designfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <csignal>
#include <fcntl.h>
#include <map>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace sw;

namespace {

struct Operation {
    QString name;
    // Arguments after the program; %IN%, %NATIVE%, %OUT% are replaced.
    QString program; // empty: stackwright-cli
    QStringList args;
    double target10k = -1; // CPU seconds, -1: none
    double target50k = -1;
    bool reference = false; // Graphviz, for comparison only
};

struct Sample {
    bool ok = false;
    QString failure;
    double cpu = 0, sys = 0, wall = 0, rssMiB = 0;
    qint64 outBytes = -1;
};

struct Cell {
    bool ok = false;
    QString failure;
    double cpu = 0, sys = 0, wall = 0, rssMiB = 0;
    qint64 outBytes = -1;
};

QString cliPath;
double timeoutSeconds = 300;

qint64 sizeOnDisk(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return -1;
    if (fi.isFile())
        return fi.size();
    qint64 total = 0;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

Sample runOnce(const QString &program, const QStringList &args, const QString &output, const QString &errFile)
{
    Sample s;
    if (!output.isEmpty()) {
        QFileInfo fi(output);
        if (fi.isDir())
            QDir(output).removeRecursively();
        else
            QFile::remove(output);
    }
    std::vector<QByteArray> store;
    store.push_back(program.toLocal8Bit());
    for (const QString &a : args)
        store.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &b : store)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    const QByteArray errPath = errFile.toLocal8Bit();

    const auto t0 = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid < 0) {
        s.failure = QStringLiteral("fork failed");
        return s;
    }
    if (pid == 0) {
        const int devnull = open("/dev/null", O_WRONLY);
        const int err = open(errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (devnull >= 0)
            dup2(devnull, 1);
        if (err >= 0)
            dup2(err, 2);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage ru{};
    bool killed = false;
    for (;;) {
        const pid_t r = wait4(pid, &status, WNOHANG, &ru);
        if (r == pid)
            break;
        if (r < 0) {
            s.failure = QStringLiteral("wait4 failed");
            return s;
        }
        const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (!killed && elapsed > timeoutSeconds) {
            kill(pid, SIGKILL);
            killed = true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(elapsed < 1 ? 1 : 10));
    }
    s.wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    s.cpu = double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    s.sys = double(ru.ru_stime.tv_sec) + double(ru.ru_stime.tv_usec) / 1e6;
    s.rssMiB = double(ru.ru_maxrss) / 1024.0;
    if (killed) {
        s.failure = QStringLiteral("timeout after %1 s").arg(timeoutSeconds);
        return s;
    }
    if (!WIFEXITED(status) || (WEXITSTATUS(status) != 0 && WEXITSTATUS(status) != 1)) {
        QFile f(errFile);
        QString first; // the last line: Qt's own warnings come first
        if (f.open(QIODevice::ReadOnly)) {
            const QStringList lines = QString::fromLocal8Bit(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            first = lines.isEmpty() ? QString() : lines.last().trimmed();
        }
        s.failure = WIFEXITED(status) ? QStringLiteral("exit %1: %2").arg(WEXITSTATUS(status)).arg(first)
                                      : QStringLiteral("signal %1").arg(WTERMSIG(status));
        return s;
    }
    s.ok = true;
    if (!output.isEmpty())
        s.outBytes = sizeOnDisk(output);
    return s;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Least-squares slope of log(cpu) against log(n).
double exponent(const std::vector<std::pair<int, double>> &pts)
{
    if (pts.size() < 2)
        return NAN;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const auto &[n, t] : pts) {
        const double x = std::log(double(n)), y = std::log(std::max(t, 1e-4));
        sx += x, sy += y, sxx += x * x, sxy += x * y;
    }
    const double k = double(pts.size());
    const double den = k * sxx - sx * sx;
    return den == 0 ? NAN : (k * sxy - sx * sy) / den;
}

QString seconds(double s)
{
    if (s < 0)
        return QStringLiteral("-");
    if (s < 1)
        return QStringLiteral("%1 ms").arg(s * 1000, 0, 'f', 0);
    return QStringLiteral("%1 s").arg(s, 0, 'f', 2);
}

QString bytes(qint64 b)
{
    if (b < 0)
        return QStringLiteral("-");
    if (b < 1024 * 1024)
        return QStringLiteral("%1 KiB").arg(double(b) / 1024, 0, 'f', 0);
    return QStringLiteral("%1 MiB").arg(double(b) / 1048576.0, 0, 'f', 1);
}

QVector<Operation> operations(bool withDot)
{
    const QString ex = QStringLiteral("export");
    auto exp = [&](const char *fmt, const char *out) {
        return QStringList{ex, QStringLiteral("%IN%"), QStringLiteral("--format"), QLatin1String(fmt),
                           QStringLiteral("--output"), QStringLiteral("%OUT%/") + QLatin1String(out)};
    };
    QVector<Operation> ops{
        {QStringLiteral("validate"), {}, {QStringLiteral("validate"), QStringLiteral("%IN%")}, 0.005, -1},
        {QStringLiteral("convert json->native"), {}, {QStringLiteral("convert"), QStringLiteral("%IN%"), QStringLiteral("%OUT%/c.stackwright")}, -1, -1},
        {QStringLiteral("convert native->json"), {}, {QStringLiteral("convert"), QStringLiteral("%NATIVE%"), QStringLiteral("%OUT%/c.json")}, -1, -1},
        {QStringLiteral("export png"), {}, exp("png", "e.png"), 1.0, 5.0},
        {QStringLiteral("export svg"), {}, exp("svg", "e.svg"), 1.0, 5.0},
        {QStringLiteral("export pdf"), {}, exp("pdf", "e.pdf"), 1.0, 5.0},
        {QStringLiteral("export dot"), {}, exp("dot", "e.dot"), -1, 5.0},
        {QStringLiteral("report html"), {}, exp("report", "r.html"), -1, 5.0},
        {QStringLiteral("report pdf"), {}, exp("report", "r.pdf"), 1.5, 5.0},
        {QStringLiteral("bundle shell"), {}, exp("shell", "shell"), 0.5, 5.0},
        {QStringLiteral("bundle ansible"), {}, exp("ansible", "ansible"), 0.5, 5.0},
        {QStringLiteral("analyse"), {}, {QStringLiteral("analyse"), QStringLiteral("%IN%")}, -1, -1},
        // Graphviz on our DOT export, for comparison (needs "export dot" first).
        {QStringLiteral("graphviz neato -n2 svg"), QStringLiteral("neato"),
         {QStringLiteral("-n2"), QStringLiteral("-Tsvg"), QStringLiteral("%OUT%/e.dot"), QStringLiteral("-o%OUT%/g.svg")}, -1, -1, true},
    };
    if (withDot)
        ops.append({QStringLiteral("graphviz dot svg"), QStringLiteral("dot"),
                    {QStringLiteral("-Tsvg"), QStringLiteral("%OUT%/e.dot"), QStringLiteral("-o%OUT%/gd.svg")}, -1, -1, true});
    return ops;
}

QString outputOf(const QStringList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--output") && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(QLatin1String("-o")))
            return args[i].mid(2);
    }
    if (!args.isEmpty() && args[0] == QLatin1String("convert"))
        return args.last();
    return {};
}

void usage()
{
    std::printf("usage: bench_scaling [--max N] [--sizes N,N,...] [--runs R] [--only OP,OP,...]\n"
                "                     [--timeout S] [--cli PATH] [--keep DIR] [--with-dot]\n"
                "  --max N      largest design (default 20000; 50000 for the full table)\n"
                "  --runs R     runs per operation, the median is printed (default 3; 1 above 20k)\n"
                "  --only       operations whose name contains one of these words\n"
                "  --with-dot   also lay out our DOT export with Graphviz's dot (slow)\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    int maxNodes = 20000, runs = -1;
    QVector<int> sizes{1000, 5000, 10000, 20000, 50000};
    QStringList only;
    QString keep;
    bool withDot = false;
    cliPath = QStringLiteral(SW_CLI_PATH);
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--max") && hasValue)
            maxNodes = args[++i].toInt();
        else if (a == QLatin1String("--runs") && hasValue)
            runs = args[++i].toInt();
        else if (a == QLatin1String("--only") && hasValue)
            only = args[++i].split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (a == QLatin1String("--timeout") && hasValue)
            timeoutSeconds = args[++i].toDouble();
        else if (a == QLatin1String("--cli") && hasValue)
            cliPath = args[++i];
        else if (a == QLatin1String("--keep") && hasValue)
            keep = args[++i];
        else if (a == QLatin1String("--with-dot"))
            withDot = true;
        else if (a == QLatin1String("--sizes") && hasValue) {
            sizes.clear();
            for (const QString &s : args[++i].split(QLatin1Char(',')))
                sizes << s.toInt();
        } else {
            usage();
            return a == QLatin1String("--help") ? 0 : 2;
        }
    }
    sizes.erase(std::remove_if(sizes.begin(), sizes.end(), [&](int n) { return n <= 0 || n > maxNodes; }), sizes.end());
    if (!QFileInfo(cliPath).isExecutable()) {
        std::fprintf(stderr, "stackwright-cli not found at %s (use --cli PATH)\n", qPrintable(cliPath));
        return 2;
    }

    QVector<Operation> ops;
    for (const Operation &op : operations(withDot)) {
        bool wanted = only.isEmpty();
        for (const QString &w : only)
            wanted = wanted || op.name.contains(w);
        if (op.reference && !only.isEmpty() && !wanted)
            wanted = false;
        if (wanted)
            ops.append(op);
    }

    QTemporaryDir tmp;
    const QString root = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(root);
    const QString runtime = tmp.path() + QStringLiteral("/runtime");
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    std::printf("bench_scaling: %s, CPU = user+sys of the child process (median of runs)\n", qPrintable(cliPath));
    std::map<QString, std::map<int, Cell>> table;

    for (int n : sizes) {
        const int links = int(std::lround(n * 1.07));
        const Design d = bench::withCodebases(bench::generateDesign(n * 12 / 13, links));
        const QString dir = QStringLiteral("%1/n%2").arg(root).arg(n);
        QDir().mkpath(dir);
        const QString in = dir + QStringLiteral("/design.json");
        const QString native = dir + QStringLiteral("/design.stackwright");
        QString error;
        if (!saveDesignFile(d, in, &error) || !saveDesignFile(d, native, &error)) {
            std::fprintf(stderr, "cannot write the generated design: %s\n", qPrintable(error));
            return 2;
        }
        const int r = runs > 0 ? runs : (n > 20000 ? 1 : 3);
        std::printf("\n%d nodes, %d links (%s JSON), %d run%s each\n", int(d.nodes().size()), int(d.links().size()),
                    qPrintable(bytes(QFileInfo(in).size())), r, r == 1 ? "" : "s");
        std::printf("  %-26s %10s %10s %10s %10s %10s\n", "operation", "cpu", "(sys)", "wall", "peak rss", "output");
        std::fflush(stdout);
        for (const Operation &op : ops) {
            QStringList a;
            for (QString s : op.args)
                a << s.replace(QStringLiteral("%IN%"), in).replace(QStringLiteral("%NATIVE%"), native).replace(QStringLiteral("%OUT%"), dir);
            const QString program = op.program.isEmpty() ? cliPath : op.program;
            std::vector<double> cpu, sys, wall, rss;
            Cell c;
            c.ok = true;
            for (int i = 0; i < r && c.ok; ++i) {
                const Sample s = runOnce(program, a, outputOf(a), dir + QStringLiteral("/stderr.txt"));
                if (!s.ok) {
                    c.ok = false;
                    c.failure = s.failure;
                    c.cpu = s.cpu, c.wall = s.wall, c.rssMiB = s.rssMiB;
                    break;
                }
                cpu.push_back(s.cpu), sys.push_back(s.sys), wall.push_back(s.wall), rss.push_back(s.rssMiB);
                c.outBytes = s.outBytes;
            }
            if (c.ok) {
                c.cpu = median(cpu), c.sys = median(sys), c.wall = median(wall);
                c.rssMiB = *std::max_element(rss.begin(), rss.end());
                std::printf("  %-26s %10s %10s %10s %6.0f MiB %10s\n", qPrintable(op.name), qPrintable(seconds(c.cpu)),
                            qPrintable(seconds(c.sys)), qPrintable(seconds(c.wall)), c.rssMiB, qPrintable(bytes(c.outBytes)));
            } else {
                std::printf("  %-26s FAILED after %s cpu: %s\n", qPrintable(op.name), qPrintable(seconds(c.cpu)),
                            qPrintable(c.failure));
            }
            std::fflush(stdout);
            table[op.name][n] = c;
        }
        if (keep.isEmpty())
            QDir(dir).removeRecursively();
    }

    // Summary: CPU per size, growth exponent from 10k up, targets.
    std::printf("\nsummary (CPU time; exponent = slope of log cpu / log n from 10k to the largest size;"
                " targets: exponent <= 1.15, 10k and 50k CPU as in issue 16)\n");
    std::printf("  %-26s", "operation");
    for (int n : sizes)
        std::printf(" %9dk", n / 1000);
    std::printf(" %8s %10s %10s %s\n", "exp", "target10k", "target50k", "");
    for (const Operation &op : ops) {
        std::printf("  %-26s", qPrintable(op.name));
        std::vector<std::pair<int, double>> pts;
        bool missed = false;
        for (int n : sizes) {
            const Cell &c = table[op.name][n];
            std::printf(" %10s", c.ok ? qPrintable(seconds(c.cpu)) : "FAILED");
            if (c.ok && n >= 10000)
                pts.push_back({n, c.cpu});
            if (!c.ok)
                missed = true;
            if (c.ok && n == 10000 && op.target10k > 0 && c.cpu > op.target10k)
                missed = true;
            if (c.ok && n == 50000 && op.target50k > 0 && c.cpu > op.target50k)
                missed = true;
        }
        const double e = exponent(pts);
        if (!std::isnan(e) && e > 1.15 && !op.reference)
            missed = true;
        std::printf(" %8s %10s %10s %s\n", std::isnan(e) ? "-" : qPrintable(QString::number(e, 'f', 2)),
                    qPrintable(seconds(op.target10k)), qPrintable(seconds(op.target50k)),
                    op.reference ? "(reference)" : (missed ? "MISSED" : "ok"));
    }
    const auto svg = table.find(QStringLiteral("export svg"));
    const auto gv = table.find(QStringLiteral("graphviz neato -n2 svg"));
    if (svg != table.end() && gv != table.end()) {
        std::printf("\nSVG size, ours / Graphviz neato -n2 on our DOT (target: no bigger):\n");
        for (int n : sizes) {
            const Cell &a = svg->second[n], &b = gv->second[n];
            if (a.outBytes > 0 && b.outBytes > 0)
                std::printf("  %6dk  %10s / %10s  (%.2fx)\n", n / 1000, qPrintable(bytes(a.outBytes)),
                            qPrintable(bytes(b.outBytes)), double(a.outBytes) / double(b.outBytes));
        }
    }
    std::printf("\nvalidate's target (5 ms at 10k) is for the rules alone; the process also loads the file"
                " (see bench_rules for the in-process figure).\n");
    return 0;
}
