// The address and host name of every server, counted by the form
// DUPLICATE-ADDRESS compares them in (rules_drafts.cpp: addresses canonical,
// host names without regard to case), so the incremental validator knows
// whether an edit of one server's value can change those findings at all:
// only when the value it had or has is shared with another server.
#pragma once

#include "core/model/design.h"

#include <unordered_map>
#include <vector>

namespace sw {

class SharedValueIndex {
public:
    void build(const Design &d);
    // Is this one of the values counted here?
    static bool counts(const QString &key);
    // The node with this index (still that of the last build) now has a new
    // value of `key`: counts it, and says whether the findings about shared
    // values may have changed (true when in doubt).
    bool update(const Design &d, int node, const QString &key);

private:
    struct Values {
        std::unordered_map<QString, int, IdHash> count; // canonical value -> servers with it
        std::vector<QString> byNode;                    // canonical value, empty: none or not a server
    };
    static QString canonical(const QString &key, const Node &n);
    Values m_address, m_hostname;
};

} // namespace sw
