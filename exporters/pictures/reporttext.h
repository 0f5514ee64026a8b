// Internal to the report: its translation context and HTML escaping, shared
// by reportexporter.cpp, reportcontent.cpp, reportpath.cpp and reportwhy.cpp.
#pragma once

#include "exporters/pictures/markup.h"

#include <QCoreApplication>
#include <QString>

namespace sw::report {

// The report's texts, in one translation context: Tr::tr("...").
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::Report)
};

inline QString esc(const QString &s) { return markup::xml(s); }

} // namespace sw::report
