// A few lines to build test designs for the analysis tests.
#pragma once

#include "core/model/design.h"

namespace swtest {

class DesignBuilder {
public:
    explicit DesignBuilder(const QString &name = QStringLiteral("test"))
    {
        m_d.name = name;
        node("users", sw::Kind::Internet);
    }
    DesignBuilder &node(const QString &id, sw::Kind kind, const QString &parent = {}, const QVariantMap &props = {})
    {
        sw::Node n;
        n.id = id;
        n.kind = kind;
        n.parent = parent;
        n.props = props;
        m_d.insertNode(n);
        return *this;
    }
    DesignBuilder &server(const QString &id, double availability, double capacity = -1)
    {
        QVariantMap p{{"hostname", id}, {"availability", availability}};
        if (capacity >= 0)
            p.insert("capacity", capacity);
        return node(id, sw::Kind::Server, {}, p);
    }
    DesignBuilder &service(const QString &id, sw::Kind kind, const QString &server, const QVariantMap &props = {})
    {
        return node(id, kind, server, props);
    }
    DesignBuilder &cluster(const QString &id, const QStringList &members, const QString &mode = "active-passive")
    {
        return node(id, sw::Kind::Cluster, {}, {{"members", members}, {"mode", mode}, {"vip", "10.0.0.10"}});
    }
    DesignBuilder &link(const QString &from, const QString &to, sw::Protocol p = sw::Protocol::Http)
    {
        sw::Link l;
        l.id = QStringLiteral("l%1").arg(m_next++);
        l.from = from;
        l.to = to;
        l.protocol = p;
        m_d.insertLink(l);
        return *this;
    }
    const sw::Design &design() const { return m_d; }

private:
    sw::Design m_d;
    int m_next = 0;
};

} // namespace swtest
