// Graphviz DOT: servers and zones become clusters (`subgraph "cluster_ID"`),
// every other element a node; links become edges labelled with protocol and
// port; tiers run left to right from internet to the databases. Every user
// text is written as an escaped HTML-like label, so no label can break the file.
#pragma once

#include "exporters/pictures/pictureexporter.h"

namespace sw {

class DotExporter : public PictureExporter {
public:
    bool writeTo(const Design &design, QIODevice *device, const PictureOptions &options,
                 QString *error) const override;
    QString suffix() const override { return QStringLiteral("dot"); }

    // The DOT text itself.
    static QString toDot(const Design &design, const PictureOptions &options = {});
    // A quoted DOT identifier ("a\"b").
    static QString quoteId(const QString &id);
    // Text escaped for the inside of an HTML-like label.
    static QString escapeHtml(const QString &text);
};

} // namespace sw
