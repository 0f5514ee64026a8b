#include "core/io/designfile.h"

#include "core/io/inputguard.h"
#include "core/io/jsonformat.h"
#include "core/io/savefile.h"
#include "core/io/sqlitestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sw {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::DesignFile)
};
} // namespace

FileFormat formatForPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 ? FileFormat::Json
                                                                                               : FileFormat::Native;
}

bool hasDesignSuffix(const QString &path)
{
    const QString s = QFileInfo(path).suffix();
    return s.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
           || s.compare(QLatin1String("stackwright"), Qt::CaseInsensitive) == 0;
}

bool loadDesignFile(const QString &path, Design *out, QString *error)
{
    QString err;
    Design d;
    bool ok = false;
    if (formatForPath(path) == FileFormat::Json) {
        QByteArray bytes;
        ok = readDesignBytes(path, &bytes, &err) && readJson(bytes, &d, &err);
    } else {
        ok = SqliteStore::read(path, &d, &err);
    }
    if (!ok) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, err);
        return false;
    }
    *out = std::move(d);
    return true;
}

bool saveDesignFile(const Design &design, const QString &path, QString *error)
{
    QString err;
    bool ok = false;
    if (formatForPath(path) == FileFormat::Json) {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            err = Tr::tr("cannot write it: %1").arg(f.errorString());
        } else {
            const QByteArray bytes = writeJson(design);
            QString why;
            ok = writeFully(&f, bytes, &why) && commitSaveFile(f, &why);
            if (!ok)
                err = Tr::tr("cannot write it: %1").arg(why);
        }
    } else {
        ok = SqliteStore::write(design, path, &err);
    }
    if (!ok && error)
        *error = QStringLiteral("%1: %2").arg(path, err);
    return ok;
}

} // namespace sw
