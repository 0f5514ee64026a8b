#include "exporters/pictures/pictureexporter.h"

#include "core/io/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace sw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::PictureExporter)
};
} // namespace

bool PictureExporter::write(const Design &design, const QString &path, const PictureOptions &options,
                            QString *error) const
{
    auto fail = [&](const QString &msg) {
        if (error)
            *error = msg;
        return false;
    };
    if (path.isEmpty())
        return fail(Tr::tr("no output path given"));
    const QFileInfo info(path);
    if (info.isDir())
        return fail(Tr::tr("cannot write %1: it is a folder").arg(QDir::toNativeSeparators(path)));
    if (!info.absoluteDir().exists())
        return fail(Tr::tr("cannot write %1: the folder %2 does not exist")
                        .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath())));
    const QString bad = checkSelection(design, options);
    if (!bad.isEmpty())
        return fail(bad);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QString why;
    if (!writeTo(design, &file, options, &why)) {
        if (file.error() != QFileDevice::NoError) // the file's own error (a full disk) over the writer's
            why = systemErrorText(file);
        file.cancelWriting();
        return fail(Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
    }
    if (!commitSaveFile(file, &why))
        return fail(Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
    return true;
}

QString PictureExporter::checkSelection(const Design &design, const PictureOptions &options)
{
    QStringList unknown;
    for (const QString &id : options.selection)
        if (!design.hasId(id))
            unknown.append(id);
    if (!unknown.isEmpty())
        return Tr::tr("the selection names unknown ids: %1").arg(unknown.join(QStringLiteral(", ")));
    return {};
}

} // namespace sw
