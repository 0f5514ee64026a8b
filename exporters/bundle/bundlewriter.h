// Writes a bundle folder all at once: the files go into a temporary folder
// next to the target, which is renamed into place only when everything was
// written. A failure never leaves a half-written folder.
//
// The target must not exist, be empty, or hold a folder written by
// Stackwright before (it has the marker file ".stackwright-bundle"); such a
// folder is replaced as a whole. Any other non-empty folder is refused, so
// an export never overwrites someone's files.
#pragma once

#include <QPair>
#include <QString>
#include <QVector>

namespace sw::bundle {

inline QString bundleMarkerName() { return QStringLiteral(".stackwright-bundle"); }

class BundleWriter {
public:
    explicit BundleWriter(const QString &targetDir);
    // `relPath` uses '/' and stays inside the bundle.
    void addFile(const QString &relPath, const QString &content, bool executable = false);
    bool commit(QString *error);
    // Writes every (path, content) at once (check the target first); files
    // whose path ends with ".sh" are made executable when `scriptsExecutable`.
    static bool writeAll(const QString &targetDir, const QVector<QPair<QString, QString>> &files,
                         bool scriptsExecutable, QString *error);
    // Checks only (no writing): is the target acceptable?
    static bool targetAcceptable(const QString &targetDir, QString *error);

private:
    struct Entry {
        QString path;
        QByteArray data;
        bool executable = false;
    };
    QString m_target;
    QVector<Entry> m_entries;
};

} // namespace sw::bundle
