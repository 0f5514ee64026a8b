// Internal: the factories of the concern table (concern.cpp), one per file
// of exporters/bundle/concerns/.
#pragma once

#include "exporters/bundle/concerns/concern.h"

namespace sw::bundle {

std::unique_ptr<Concern> makeBaseConcern();          // systemconcerns.cpp
std::unique_ptr<Concern> makeFirewallConcern();      // systemconcerns.cpp (ufw)
std::unique_ptr<Concern> makeCertificatesConcern();  // certificatesconcern.cpp
std::unique_ptr<Concern> makeMysqlConcern();         // mysqlconcern.cpp (MySQL/MariaDB)
std::unique_ptr<Concern> makeCacheConcern();         // cacheconcern.cpp (Redis, Memcached)
std::unique_ptr<Concern> makeAppConcern();           // appconcern.cpp (gunicorn)
std::unique_ptr<Concern> makeApacheConcern();        // webconcerns.cpp
std::unique_ptr<Concern> makeNginxConcern();         // webconcerns.cpp
std::unique_ptr<Concern> makeHaproxyConcern();       // balancerconcerns.cpp
std::unique_ptr<Concern> makeKeepalivedConcern();    // balancerconcerns.cpp
std::unique_ptr<Concern> makeSumologicConcern();     // systemconcerns.cpp (the Sumo Logic collector)

} // namespace sw::bundle
