// Helpers for the validator's tests: a clean design (every rule quiet), small
// edits that make one rule fire, and questions about a validation result.
#pragma once

#include "core/io/jsonformat.h"
#include "core/io/templates.h"
#include "core/rules/validator.h"

#include <QtTest>

namespace rt {

using namespace sw;

inline Design parse(const QByteArray &json)
{
    Design d;
    QString err;
    if (!readJson(json, &d, &err))
        qFatal("%s", qPrintable(err));
    return d;
}

inline Design templ(const char *name)
{
    Design d;
    QString err;
    if (!loadTemplate(QString::fromLatin1(name), &d, &err))
        qFatal("%s", qPrintable(err));
    return d;
}

// Two load balancers in a cluster, two web, two app servers, a primary and a
// replica, firewalls and monitoring everywhere, HTTPS end to end: no finding.
inline Design clean()
{
    return parse(R"({"format":"stackwright-design","version":1,"name":"clean",
  "nodes":[
    {"id":"users","kind":"internet"},
    {"id":"www","kind":"dns","props":{"domain":"www.foobar.com","target":"lbc"}},
    {"id":"cert","kind":"certificate","props":{"domain":"www.foobar.com","installed_on":["hap1","hap2","web1","web2"]}},
    {"id":"lb1","kind":"server","x":200,"y":0,"props":{"hostname":"lb1","address":"10.0.0.11"}},
    {"id":"hap1","kind":"load-balancer","parent":"lb1","x":10,"y":30,"props":{"tls":"terminate"}},
    {"id":"fwl1","kind":"firewall","parent":"lb1","x":10,"y":78,"props":{"allow":["443/tcp"]}},
    {"id":"ml1","kind":"monitoring-agent","parent":"lb1","x":10,"y":126,"props":{"reports_to":"sumo"}},
    {"id":"lb2","kind":"server","x":200,"y":300,"props":{"hostname":"lb2","address":"10.0.0.12"}},
    {"id":"hap2","kind":"load-balancer","parent":"lb2","x":10,"y":30,"props":{"tls":"terminate"}},
    {"id":"fwl2","kind":"firewall","parent":"lb2","x":10,"y":78,"props":{"allow":["443/tcp"]}},
    {"id":"ml2","kind":"monitoring-agent","parent":"lb2","x":10,"y":126,"props":{"reports_to":"sumo"}},
    {"id":"lbc","kind":"cluster","props":{"members":["hap1","hap2"],"vip":"10.0.0.10"}},
    {"id":"w1","kind":"server","x":500,"y":0,"props":{"hostname":"w1","address":"10.0.1.21"}},
    {"id":"web1","kind":"web-server","parent":"w1","x":10,"y":30,"props":{"tls":"on"}},
    {"id":"fww1","kind":"firewall","parent":"w1","x":10,"y":78,"props":{"allow":["443/tcp from lb1","443/tcp from lb2"]}},
    {"id":"mw1","kind":"monitoring-agent","parent":"w1","x":10,"y":126,"props":{"reports_to":"sumo"}},
    {"id":"w2","kind":"server","x":500,"y":300,"props":{"hostname":"w2","address":"10.0.1.22"}},
    {"id":"web2","kind":"web-server","parent":"w2","x":10,"y":30,"props":{"tls":"on"}},
    {"id":"fww2","kind":"firewall","parent":"w2","x":10,"y":78,"props":{"allow":["443/tcp from lb1","443/tcp from lb2"]}},
    {"id":"mw2","kind":"monitoring-agent","parent":"w2","x":10,"y":126,"props":{"reports_to":"sumo"}},
    {"id":"a1","kind":"server","x":800,"y":0,"props":{"hostname":"a1","address":"10.0.2.31"}},
    {"id":"app1","kind":"app-server","parent":"a1","x":10,"y":30},
    {"id":"code1","kind":"codebase","parent":"a1","x":10,"y":78,"props":{"repository":"https://git.example.com/app.git"}},
    {"id":"fwa1","kind":"firewall","parent":"a1","x":10,"y":126,"props":{"allow":["8000/tcp from w1","8000/tcp from w2"]}},
    {"id":"ma1","kind":"monitoring-agent","parent":"a1","x":10,"y":174,"props":{"reports_to":"sumo"}},
    {"id":"a2","kind":"server","x":800,"y":300,"props":{"hostname":"a2","address":"10.0.2.32"}},
    {"id":"app2","kind":"app-server","parent":"a2","x":10,"y":30},
    {"id":"code2","kind":"codebase","parent":"a2","x":10,"y":78,"props":{"repository":"https://git.example.com/app.git"}},
    {"id":"fwa2","kind":"firewall","parent":"a2","x":10,"y":126,"props":{"allow":["8000/tcp from w1","8000/tcp from w2"]}},
    {"id":"ma2","kind":"monitoring-agent","parent":"a2","x":10,"y":174,"props":{"reports_to":"sumo"}},
    {"id":"d1","kind":"server","x":1100,"y":0,"props":{"hostname":"d1","address":"10.0.3.41"}},
    {"id":"pri","kind":"database","parent":"d1","x":10,"y":30},
    {"id":"fwd1","kind":"firewall","parent":"d1","x":10,"y":78,"props":{"allow":["3306/tcp from a1","3306/tcp from a2"]}},
    {"id":"md1","kind":"monitoring-agent","parent":"d1","x":10,"y":126,"props":{"reports_to":"sumo"}},
    {"id":"d2","kind":"server","x":1100,"y":300,"props":{"hostname":"d2","address":"10.0.3.42"}},
    {"id":"rep","kind":"database","parent":"d2","x":10,"y":30,"props":{"role":"replica","replicates_from":"pri"}},
    {"id":"fwd2","kind":"firewall","parent":"d2","x":10,"y":78,"props":{"allow":["3306/tcp from a1","3306/tcp from a2"]}},
    {"id":"md2","kind":"monitoring-agent","parent":"d2","x":10,"y":126,"props":{"reports_to":"sumo"}},
    {"id":"sumo","kind":"monitoring-service","x":800,"y":600}
  ],
  "links":[
    {"id":"resolve","from":"users","to":"www","protocol":"dns"},
    {"id":"request","from":"users","to":"lbc","protocol":"https"},
    {"id":"lw1","from":"lbc","to":"web1","protocol":"https"},
    {"id":"lw2","from":"lbc","to":"web2","protocol":"https"},
    {"id":"w1a1","from":"web1","to":"app1","protocol":"http","port":8000},
    {"id":"w1a2","from":"web1","to":"app2","protocol":"http","port":8000},
    {"id":"w2a1","from":"web2","to":"app1","protocol":"http","port":8000},
    {"id":"w2a2","from":"web2","to":"app2","protocol":"http","port":8000},
    {"id":"a1p","from":"app1","to":"pri","protocol":"mysql"},
    {"id":"a1r","from":"app1","to":"rep","protocol":"mysql"},
    {"id":"a2p","from":"app2","to":"pri","protocol":"mysql"},
    {"id":"a2r","from":"app2","to":"rep","protocol":"mysql"}
  ]})");
}

inline ValidationResult run(const Design &d, const QString &profile = QStringLiteral("none"))
{
    return Validator::validate(d, profile);
}

inline int count(const ValidationResult &r, const char *rule)
{
    int n = 0;
    for (const Finding &f : r.findings)
        n += f.rule == QLatin1String(rule) ? 1 : 0;
    return n;
}

// A finding of this rule (about this node, when given)?
inline bool has(const ValidationResult &r, const char *rule, const QString &node = QString())
{
    for (const Finding &f : r.findings)
        if (f.rule == QLatin1String(rule) && (node.isEmpty() || f.nodes.contains(node)))
            return true;
    return false;
}

inline const Finding *find(const ValidationResult &r, const char *rule, const QString &node = QString())
{
    for (const Finding &f : r.findings)
        if (f.rule == QLatin1String(rule) && (node.isEmpty() || f.nodes.contains(node)))
            return &f;
    return nullptr;
}

inline QStringList rulesOf(const ValidationResult &r)
{
    QStringList out;
    for (const Finding &f : r.findings)
        out << f.rule + QLatin1Char(':') + f.nodes.join(QLatin1Char(','));
    return out;
}

inline void setProp(Design &d, const char *node, const char *key, const QVariant &v)
{
    Node *n = d.node(QString::fromLatin1(node));
    if (!n)
        qFatal("no node %s", node);
    if (v.isValid())
        n->props.insert(QString::fromLatin1(key), v);
    else
        n->props.remove(QString::fromLatin1(key));
}

inline void addLink(Design &d, const char *id, const char *from, const char *to, Protocol p, int port = 0)
{
    Link l;
    l.id = QString::fromLatin1(id);
    l.from = QString::fromLatin1(from);
    l.to = QString::fromLatin1(to);
    l.protocol = p;
    l.port = port;
    d.insertLink(l);
}

inline void addNode(Design &d, const char *id, Kind kind, const char *parent = "", QVariantMap props = {})
{
    Node n;
    n.id = QString::fromLatin1(id);
    n.kind = kind;
    n.parent = QString::fromLatin1(parent);
    n.props = std::move(props);
    d.insertNode(n);
}

// Removes a node with its children and the links that touch them.
inline void removeNode(Design &d, const char *id)
{
    const QStringList ids = d.subtree(QString::fromLatin1(id));
    for (const QString &l : d.linksOf(QString::fromLatin1(id)))
        d.removeLink(l);
    for (const QString &n : ids) {
        for (const QString &l : d.linksOf(n))
            d.removeLink(l);
        d.removeNode(n);
    }
}

} // namespace rt
