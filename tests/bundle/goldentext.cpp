#include "tests/bundle/goldentext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QVector>

namespace goldentest {

namespace {

QStringList linesOf(const QString &text)
{
    QStringList l = text.split(QLatin1Char('\n'));
    if (!l.isEmpty() && l.last().isEmpty())
        l.removeLast(); // the newline ending the last line
    return l;
}

struct Edit {
    char op; // ' ', '-', '+'
    QString line;
    int a, b; // line numbers (0-based) in expected and actual before this edit
};

QVector<Edit> editScript(const QStringList &a, const QStringList &b)
{
    const int n = int(a.size()), m = int(b.size());
    // Longest common subsequence table, from the end.
    QVector<QVector<int>> lcs(n + 1, QVector<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] = a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    QVector<Edit> out;
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            out << Edit{' ', a.at(i), i, j};
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            out << Edit{'-', a.at(i), i, j};
            ++i;
        } else {
            out << Edit{'+', b.at(j), i, j};
            ++j;
        }
    }
    return out;
}

} // namespace

QString unifiedDiff(const QString &expected, const QString &actual, const QString &expectedName, const QString &actualName)
{
    if (expected == actual)
        return QString();
    const QVector<Edit> edits = editScript(linesOf(expected), linesOf(actual));
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(expectedName, actualName);
    const int context = 3;
    QVector<int> changes;
    for (int k = 0; k < edits.size(); ++k)
        if (edits.at(k).op != ' ')
            changes << k;
    // Hunks: changes fewer than 2 * context unchanged lines apart share one,
    // with `context` unchanged lines around.
    for (int c = 0; c < changes.size();) {
        int last = c;
        while (last + 1 < changes.size() && changes.at(last + 1) - changes.at(last) <= 2 * context + 1)
            ++last;
        const int start = std::max(0, changes.at(c) - context);
        const int end = std::min(int(edits.size()), changes.at(last) + context + 1);
        int aCount = 0, bCount = 0;
        QString body;
        for (int t = start; t < end; ++t) {
            const Edit &e = edits.at(t);
            aCount += e.op != '+';
            bCount += e.op != '-';
            body += QLatin1Char(e.op) + e.line + QLatin1Char('\n');
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(edits.at(start).a + 1).arg(aCount).arg(edits.at(start).b + 1).arg(bCount)
               + body;
        c = last + 1;
    }
    if (expected.endsWith(QLatin1Char('\n')) != actual.endsWith(QLatin1Char('\n')))
        out += QStringLiteral("\\ the two differ in the newline at the end\n");
    return out;
}

bool matchesGolden(const QString &path, const QString &actual, QString *message)
{
    if (qEnvironmentVariable("SW_UPDATE_GOLDEN") == QLatin1String("1")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(actual.toUtf8()) < 0 || !f.commit()) {
            *message = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
            return false;
        }
        return true;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *message = QStringLiteral("%1: %2 (run the test with SW_UPDATE_GOLDEN=1 to write it)").arg(path, f.errorString());
        return false;
    }
    const QString expected = QString::fromUtf8(f.readAll());
    const QString diff = unifiedDiff(expected, actual, path, QStringLiteral("generated"));
    if (diff.isEmpty())
        return true;
    *message = QStringLiteral("the generated text differs from %1 (SW_UPDATE_GOLDEN=1 rewrites it if the change is meant):\n%2")
                   .arg(path, diff);
    return false;
}

} // namespace goldentest
