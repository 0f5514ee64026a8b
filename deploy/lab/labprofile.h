// The lab profile of a shell bundle's server script: the same script with a
// block of function overrides inserted after the library, changing only what
// cannot exist offline (apt-get, Let's Encrypt, the codebase's clone, pip,
// the vendor's collector download). Every file is still written by the
// bundle's own sw_file, so the files are byte-identical to the bundle's.
#pragma once

#include <QString>

namespace sw::lab {

QString labProfileBegin(); // first line of the inserted block
QString labProfileEnd();   // its last line
// The plain script with the lab block inserted; empty when the script does
// not have the shape of a bundle script.
QString labProfileScript(const QString &plainScript);
// The plain script back (the inserted block removed).
QString withoutLabProfile(const QString &labScript);

} // namespace sw::lab
