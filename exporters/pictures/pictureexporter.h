// Base of the file exporters: writes atomically (QSaveFile: the old file stays
// intact and no half-written file is left behind on failure) and turns an
// unwritable path into a message.
#pragma once

#include "exporters/pictures/pictureoptions.h"

#include "core/model/design.h"

class QIODevice;

namespace sw {

class PictureExporter {
public:
    virtual ~PictureExporter() = default;

    // Writes the design (or options.selection) to `path`. On failure returns
    // false with `error` naming the path and the reason; nothing is left at `path`
    // (an existing file there is kept unchanged).
    bool write(const Design &design, const QString &path, const PictureOptions &options, QString *error) const;
    // Writes into an open device (a buffer, a QSaveFile).
    virtual bool writeTo(const Design &design, QIODevice *device, const PictureOptions &options,
                         QString *error) const = 0;
    // Lower-case file suffix without the dot ("png").
    virtual QString suffix() const = 0;

protected:
    // Checks the selection ids; empty message when fine.
    static QString checkSelection(const Design &design, const PictureOptions &options);
};

} // namespace sw
