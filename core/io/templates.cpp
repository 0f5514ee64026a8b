#include "core/io/templates.h"

#include "core/io/jsonformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace sw {

QStringList templateNames()
{
    QStringList names{QStringLiteral("simple-web-stack"), QStringLiteral("distributed"),
                      QStringLiteral("secured-monitored"), QStringLiteral("scale-up"), QStringLiteral("redundant")};
    const QStringList files = QDir(QStringLiteral(":/templates")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QStringList present;
    for (const QString &n : names)
        if (files.contains(n + QStringLiteral(".json")))
            present << n;
    for (const QString &f : files) {
        const QString n = f.chopped(5);
        if (!present.contains(n))
            present << n;
    }
    return present;
}

bool loadTemplate(const QString &name, Design *out, QString *error)
{
    QFile f(QStringLiteral(":/templates/%1.json").arg(name));
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("sw::Templates", "no built-in template is called \"%1\" (there are: %2)")
                         .arg(name, templateNames().join(QStringLiteral(", ")));
        return false;
    }
    QString err;
    if (!readJson(f.readAll(), out, &err)) {
        if (error)
            *error = QCoreApplication::translate("sw::Templates", "built-in template \"%1\": %2").arg(name, err);
        return false;
    }
    return true;
}

} // namespace sw
