#include "widgets/canvas/linkrules.h"

namespace sw {

QVector<Protocol> suggestedProtocols(const Node &from, const Node &to)
{
    // The catalog's protocols of links into this kind, best first.
    const KindInfo &k = kindInfo(to.kind);
    QVector<Protocol> first = from.kind == Kind::Internet && !k.userLinkProtocols.isEmpty() ? k.userLinkProtocols
                                                                                          : k.linkProtocols;
    for (Protocol p : allProtocols())
        if (!first.contains(p))
            first.append(p);
    return first;
}

int suggestedPort(const Node &to, Protocol protocol)
{
    // A service that listens on a port of its own (app server, cache) says which.
    const QString &key = kindInfo(to.kind).portKey;
    if (!key.isEmpty() && (protocol == Protocol::Http || protocol == Protocol::Tcp))
        return to.propInt(key);
    return 0;
}

} // namespace sw
