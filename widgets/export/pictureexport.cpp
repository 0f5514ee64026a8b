#include "widgets/export/pictureexport.h"

#include "widgets/export/arrangecontroller.h"
#include "widgets/export/pictureexportactions.h"

#include <QMainWindow>

namespace sw {

PictureExportFeature attachPictureExport(EditorContext &ctx)
{
    QObject *owner = ctx.window ? static_cast<QObject *>(ctx.window) : static_cast<QObject *>(ctx.model);
    PictureExportFeature f;
    f.exports = new PictureExportActions(ctx, owner);
    f.arrange = new ArrangeController(ctx, owner);
    return f;
}

} // namespace sw
