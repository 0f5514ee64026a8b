// PDF via QPdfWriter: vector, one page of A4 or Letter, landscape when the
// diagram is wider than tall, the diagram fitted inside the margins. In a
// design of more than kVectorIconNodes nodes each kind's icon is one picture
// in the file, placed per node (the page would otherwise repeat the icon's
// vector drawing per node: most of the file and of the time spent on it).
#pragma once

#include "exporters/pictures/pictureexporter.h"

#include "look/nodepainter.h"

#include <QPageLayout>

class QPdfWriter;

namespace sw {

class DiagramRenderer;

class PdfExporter : public PictureExporter {
public:
    static constexpr int kVectorIconNodes = 1500;
    static constexpr int kIconPixels = 96;

    bool writeTo(const Design &design, QIODevice *device, const PictureOptions &options,
                 QString *error) const override;
    QString suffix() const override { return QStringLiteral("pdf"); }

    // The page layout for a diagram of this size on the chosen paper.
    static QPageLayout pageLayoutFor(const QSizeF &diagram, PaperSize paper);
    static QPageSize pageSize(PaperSize paper);
    // Whether the renderer's nodes are too many for vector icons, and the
    // icon sink that draws each kind's icon as one shared picture.
    static bool sharesIcons(const DiagramRenderer &renderer);
    static NodePainter::IconSink sharedIcons();
};

} // namespace sw
