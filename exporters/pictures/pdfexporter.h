// PDF via QPdfWriter: vector, one page of A4 or Letter, landscape when the
// diagram is wider than tall, the diagram fitted inside the margins.
#pragma once

#include "exporters/pictures/pictureexporter.h"

#include <QPageLayout>

class QPdfWriter;

namespace sw {

class PdfExporter : public PictureExporter {
public:
    bool writeTo(const Design &design, QIODevice *device, const PictureOptions &options,
                 QString *error) const override;
    QString suffix() const override { return QStringLiteral("pdf"); }

    // The page layout for a diagram of this size on the chosen paper.
    static QPageLayout pageLayoutFor(const QSizeF &diagram, PaperSize paper);
    static QPageSize pageSize(PaperSize paper);
};

} // namespace sw
