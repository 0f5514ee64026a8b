// Internal: the lab's texts, in one translation context: Tr::tr("...").
#pragma once

#include <QCoreApplication>

namespace sw::lab {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::Lab)
};

} // namespace sw::lab
