// Writes a bundle folder all at once: the files go into a temporary folder
// next to the target, which is renamed into place only when everything was
// written. A failure never leaves a half-written folder.
//
// The target must not exist, be empty, or hold a folder written by
// Stackwright before (it has the marker file ".stackwright-bundle"); such a
// folder is replaced as a whole. Any other non-empty folder is refused, so
// an export never overwrites someone's files.
//
// Two ways to fill it: addFile() keeps the files until commit(); open() then
// put() writes each file into the temporary folder at once, so a large
// bundle is never held in memory as a whole. Without a successful commit()
// the temporary folder is removed when the writer goes away.
#pragma once

#include <QByteArray>
#include <QPair>
#include <QSet>
#include <QString>
#include <QVector>

#include <memory>

class QTemporaryDir;

namespace sw::bundle {

inline QString bundleMarkerName() { return QStringLiteral(".stackwright-bundle"); }

class BundleWriter {
public:
    explicit BundleWriter(const QString &targetDir);
    ~BundleWriter();
    BundleWriter(const BundleWriter &) = delete;
    BundleWriter &operator=(const BundleWriter &) = delete;

    // `relPath` uses '/' and stays inside the bundle.
    void addFile(const QString &relPath, const QString &content, bool executable = false);
    // Checks the target and makes the temporary folder (commit() does it
    // when it was not called).
    bool open(QString *error);
    // Writes one file into the temporary folder now (after open()).
    bool put(const QString &relPath, const QByteArray &data, bool executable, QString *error);
    // Writes the files added, the marker, and moves the folder into place.
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
    bool makeFolderOf(const QString &relPath, QString *error);

    QString m_target;
    QVector<Entry> m_entries;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QSet<QString> m_folders; // folders already made inside the temporary one
};

} // namespace sw::bundle
