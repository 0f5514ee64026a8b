// Authentication of a connected session: a key file when one is given, else
// the ssh agent and the default keys; a password only when allowed and asked
// for through `ask` (it is wiped after use and never stored).
#pragma once

#include <QString>
#include <functional>
#include <optional>

namespace sw {

class SshSession;

// Asks the user for a secret (a key passphrase or a password). `prompt` is
// translated. No answer (cancelled, nobody to ask): std::nullopt.
using AskSecretFn = std::function<std::optional<QString>(const QString &prompt)>;

bool authenticate(SshSession &session, bool allowPassword, const AskSecretFn &ask, QString *error);

} // namespace sw
