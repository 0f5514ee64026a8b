// The export formats, registered once: each says its id (the CLI's
// --format), its names (menu text, file dialog filter), its file suffixes,
// the options it takes and the exporter writing it. The CLI (format list,
// help, suffix detection), File > Export and the export options dialog all
// read this registry; none keeps a list of its own (docs/extending.md,
// "An export format").
#pragma once

#include "core/model/design.h"
#include "exporters/pictures/pictureoptions.h"

#include <QStringList>
#include <QVector>
#include <functional>

namespace sw {

// An option a format takes: the CLI accepts it, the options dialog asks it.
enum class ExportOption {
    Scale,      // --scale: pixels per scene unit
    Dpi,        // --dpi: resolution instead of the scale
    Background, // --background: white or transparent
    Paper,      // --paper: a4 or letter
    Selection,  // --select: only some nodes (the dialog: "only the selected items")
    Layout,     // --layout: lay out with Graphviz first
};

struct ExportOptionUse {
    ExportOption option;
    QStringList suffixes; // taken only for outputs with one of these suffixes; empty: always
};

struct ExportFormat {
    using Writer = std::function<bool(const Design &design, const QString &path, const PictureOptions &options, QString *error)>;
    // Something to tell after a successful write (e.g. the picture was scaled
    // down); empty: nothing.
    using Note = std::function<QString(const Design &design, const PictureOptions &options)>;

    QString id;                 // --format value: "png"
    const char *name = "";      // short name for lists: "PNG image" (untranslated; see displayName())
    const char *menuText = "";  // File > Export: "&PNG Image..."
    const char *statusTip = ""; // may be empty
    const char *filter = "";    // file dialog filters, ";;"-separated; empty for folders
    QStringList suffixes;       // the first is the default; empty for folders
    bool folder = false;        // writes a folder (a deploy bundle), not one file
    bool suffixRequired = false; // the suffix chooses the variant (report: .html or .pdf)
    QVector<ExportOptionUse> options;
    Writer write;
    Note note;

    // Does it take `option` for an output at `path` (empty path: for any)?
    bool takes(ExportOption option, const QString &path = QString()) const;
    bool acceptsSuffixOf(const QString &path) const;
    // Translated texts (context "sw::ExportFormats").
    QString displayName() const;
    QString displayMenuText() const;
    QString displayStatusTip() const;
    QString displayFilter() const;
};

class ExportFormats {
public:
    // In menu order: the pictures and documents, then the bundles.
    static const QVector<ExportFormat> &all();
    static const ExportFormat *find(const QString &id);
    // The format an output path asks for by its suffix: the one whose
    // default suffix it is, else the only one accepting it; nullptr if none.
    static const ExportFormat *forPath(const QString &path);
    // The ids of the file formats and/or of the folder formats, in order.
    static QStringList ids(bool files, bool folders);
    // The ids of the formats taking an option, as "png, svg".
    static QStringList takingOption(ExportOption option);

    // Adds a format at the end (an existing id is replaced in place).
    static void add(const ExportFormat &format);
    // Removes a format added with add(); false when there is none.
    static bool remove(const QString &id);

private:
    static QVector<ExportFormat> &registry();
};

} // namespace sw
