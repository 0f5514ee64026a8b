// File > Export > one item per file format of the export registry
// (exporters/formats: PNG, SVG, PDF, DOT, report ...), Edit > Copy as Image
// and File > Print...: the GUI of the picture exporters. The work is done by
// the registry's exporters; this only asks for a path and options.
#pragma once

#include "widgets/canvas/editorcontext.h"
#include "widgets/export/exportoptionsdialog.h"

#include <QImage>
#include <QObject>

class QAction;
class QPrinter;

namespace sw {

class PictureExportActions : public QObject {
    Q_OBJECT
public:
    PictureExportActions(const EditorContext &ctx, QObject *parent = nullptr);

    // Writes the current design in the registry's format `formatId`; returns
    // an error message or an empty string.
    QString exportTo(const QString &formatId, const QString &path, const PictureOptions &options) const;
    // The selection (or everything when nothing is selected) as an image,
    // also put on the clipboard.
    QImage copyAsImage();
    // Paints the design onto a printer, fitted to its page.
    bool printTo(QPrinter *printer, QString *error) const;

    // The File > Export action of a format (nullptr: none).
    QAction *action(const QString &formatId) const;
    QAction *copyImageAction() const { return m_copy; }
    QAction *printAction() const { return m_print; }

private:
    void exportInteractively(const QString &formatId);
    void print();
    QStringList selectedIds() const;
    QWidget *dialogParent() const;

    EditorContext m_ctx;
    QHash<QString, QAction *> m_exports;
    QAction *m_copy = nullptr;
    QAction *m_print = nullptr;
    PictureOptions m_last; // remembered between exports
};

} // namespace sw
