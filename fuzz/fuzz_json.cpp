// libFuzzer harness for the JSON design reader (sw::readJson): any input is
// read or refused with a message, never crashes; what is read writes back to
// JSON that reads again to the same design.
#include "core/io/jsonformat.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    sw::Design d;
    QString error;
    if (!sw::readJson(bytes, &d, &error)) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    sw::Design back;
    if (!sw::readJson(sw::writeJson(d), &back, &error) || !(back == d))
        std::abort(); // what was read must survive a round trip
    return 0;
}
