// The layering the build enforces, as a check over a source tree.
//
// Every project #include names its file from the repository root; the first
// folder is the layer:  core < look < exporters < deploy < widgets < app.
// A file may include its own layer and the layers below it, with one
// exception: widgets reach the exporters only through the headers listed in
// allowedExporterHeaders() (the registries and the few value types the
// feature UIs show). tests/, bench/ and fuzz/ may include any layer, but
// only files that exist.
//
// The same order is checked on the libraries: a library defined under one
// layer's folder (add_library in its CMakeLists.txt) links no library
// defined under a higher layer.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace sw::structure {

struct Violation {
    QString file;    // relative to the root, e.g. "core/io/x.cpp"
    int line = 0;
    QString edge;    // e.g. "core -> widgets (widgets/canvas/canvasview.h)"
    QString toString() const;
};

// The layers, lowest first.
QStringList layers();

// One allowed widgets -> exporters include: the widgets folder it is allowed
// from (e.g. "widgets/export") and the header (from the repository root).
struct AllowedInclude {
    QString from;
    QString header;
    QString why;
};
const QVector<AllowedInclude> &allowedExporterHeaders();

// Reads every #include "…" of the sources (.h, .cpp, .in) under the layers'
// folders and tests/, bench/, fuzz/ of `root`.
QVector<Violation> checkIncludes(const QString &root);
// Reads add_library and target_link_libraries in every CMakeLists.txt under
// the layers' folders of `root`.
QVector<Violation> checkLinks(const QString &root);
// Entries of allowedExporterHeaders() that no file of `root` uses any more.
QStringList unusedAllowances(const QString &root);

} // namespace sw::structure
