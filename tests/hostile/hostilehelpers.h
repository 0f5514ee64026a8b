// Shared by the hostile-input tests: files, a template design, nested zones.
#pragma once

#include "core/io/jsonformat.h"
#include "core/io/templates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace hostile {

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &b)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(b) == b.size();
}

inline sw::Design templateDesign(const QString &name = QStringLiteral("redundant"))
{
    sw::Design d;
    QString error;
    if (!sw::loadTemplate(name, &d, &error))
        qFatal("template %s: %s", qPrintable(name), qPrintable(error));
    return d;
}

// A design JSON of `depth` zones each inside the one before (or, with
// `cycle`, the first inside the last as well).
inline QByteArray nestedZones(int depth, bool cycle)
{
    QJsonArray nodes;
    for (int i = 0; i < depth; ++i) {
        QJsonObject z{{QStringLiteral("id"), QStringLiteral("z%1").arg(i)}, {QStringLiteral("kind"), QStringLiteral("zone")}};
        if (i > 0 || cycle)
            z.insert(QStringLiteral("parent"), QStringLiteral("z%1").arg(i > 0 ? i - 1 : depth - 1));
        nodes.append(z);
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("stackwright-design")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("name"), QStringLiteral("deep")},
                           {QStringLiteral("nodes"), nodes},
                           {QStringLiteral("links"), QJsonArray()}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace hostile
