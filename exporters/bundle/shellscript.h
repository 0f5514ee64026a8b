// One server's provisioning script of the shell bundle: the shell library,
// then one section per concern of the table (concerns/concern.h: packages,
// files, services, steps), then the concerns' epilogues (the Let's Encrypt
// request). Every value of the design reaches it through
// shellQuote(); file contents go in quoted here-documents (nothing inside
// is expanded).
#pragma once

#include "exporters/bundle/stackconfig.h"

namespace sw::bundle {

QString serverScript(const StackConfig &config, const ServerConfig &server);
// The here-document (or printf) feeding a file's content to sw_file.
QString shellFileCommand(const ConfigFile &file);
// The values as shell words (shellQuote), separated by spaces.
QString shellQuoteList(const QStringList &values);
// What the replication user may do on the primary: follow it, and take the
// consistent dump a new replica is seeded from.
QString replicationPrivileges();

} // namespace sw::bundle
