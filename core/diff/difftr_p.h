// The translation context of the diff's texts.
#pragma once

#include <QCoreApplication>

namespace sw {
struct DiffTr {
    Q_DECLARE_TR_FUNCTIONS(sw::Diff)
};
} // namespace sw
