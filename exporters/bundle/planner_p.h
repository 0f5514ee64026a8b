// Internal: the steps of buildStackConfig(), shared by stackplanner.cpp
// (servers, firewall, variables, safety checks of user values) and
// planservices.cpp (what each kind of service adds to its server).
#pragma once

#include "exporters/bundle/designfacts.h"
#include "exporters/bundle/stackconfig.h"

#include <QCoreApplication>

namespace sw::bundle {

class Planner {
public:
    explicit Planner(const Design &design) : m_facts(design) {}
    bool run(StackConfig *out, QString *error);

private:
    const Design &design() const { return m_facts.design(); }
    bool checkValues(QString *error) const;
    bool planServer(const Node &server, ServerConfig *sc, QString *error);
    bool planFirewall(const Node &server, ServerConfig *sc, QString *error);
    bool planLoadBalancer(const Node &lb, ServerConfig *sc, QString *error);
    bool planKeepalived(const Node &server, ServerConfig *sc, QString *error);
    bool planWeb(const Node &web, ServerConfig *sc, QString *error);
    bool planApp(const Node &app, ServerConfig *sc, QString *error);
    bool planDatabase(const Node &db, ServerConfig *sc, QString *error);
    bool planCache(const Node &cache, ServerConfig *sc, QString *error); // plancache.cpp
    void planMonitoring(ServerConfig *sc);
    void planCertificates(ServerConfig *sc);
    // The certificate presented by a service (installed_on), or a
    // self-signed fallback for the domain; registers it on the server.
    CertificatePlan certificateFor(const Node &service, ServerConfig *sc);
    // A web server behind a load balancer: signed by the stack's private CA.
    CertificatePlan privateCertificate(ServerConfig *sc);
    // Address of a server, or an error naming `node`/`field` when it has none.
    bool requireAddress(const QString &serverId, const QString &node, const QString &field, const QString &why,
                        QString *address, QString *error) const;

    DesignFacts m_facts;
    QStringList m_sumoLogs;  // per server while planning: log paths
    QStringList m_notes;
};

// The planner's texts, in one translation context: Tr::tr("...").
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sw::Bundle)
};
// "node "ID", field "NAME"": where a value the bundle cannot use comes from.
QString where(const QString &node, const QString &field);

void addPackage(ServerConfig *sc, const QString &concern, const QString &name);
void addService(ServerConfig *sc, const QString &concern, const QString &unit, bool reload);
ConfigFile makeFile(const QString &concern, const QString &path, const QString &content);

} // namespace sw::bundle
