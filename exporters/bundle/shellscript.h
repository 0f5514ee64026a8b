// One server's provisioning script of the shell bundle: the shell library,
// then one section per concern (packages, files, services, steps), then the
// Let's Encrypt request. Every value of the design reaches it through
// shellQuote(); file contents go in quoted here-documents (nothing inside
// is expanded).
#pragma once

#include "exporters/bundle/stackconfig.h"

namespace sw::bundle {

QString serverScript(const StackConfig &config, const ServerConfig &server);
// The here-document (or printf) feeding a file's content to sw_file.
QString shellFileCommand(const ConfigFile &file);
// What the replication user may do on the primary: follow it, and take the
// consistent dump a new replica is seeded from.
QString replicationPrivileges();

} // namespace sw::bundle
