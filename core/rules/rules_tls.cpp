// Rules about HTTPS and names: NO-HTTPS, TLS-ENDS-AT-LB, DNS-MISSING,
// HTTP-NO-REDIRECT, CERT-NOT-ON-ALL-MEMBERS.
#include "core/rules/ruleids.h"
#include "core/rules/rulechecks.h"

namespace sw::checks {

namespace {

bool terminatesTls(const Node *n)
{
    if (n->kind == Kind::LoadBalancer)
        return n->propString(QStringLiteral("tls")) == QLatin1String("terminate");
    if (n->kind == Kind::WebServer)
        return n->propString(QStringLiteral("tls")) == QLatin1String("on");
    return false;
}

bool hasDomainCertificate(const RuleContext &c, const QString &service)
{
    for (const Node *cert : c.certificatesOn(service)) {
        const QString domain = cert->propString(QStringLiteral("domain"));
        if (c.domains().isEmpty() ? !domain.isEmpty() : c.isDesignDomain(domain))
            return true;
    }
    return false;
}

bool isEncrypted(const Link &l) { return l.protocol == Protocol::Https || l.effectivePort() == 443; }

bool hasHttpsFromInternet(const RuleContext &c, const QString &entry)
{
    for (const Link *l : c.linksFromInternet(entry))
        if (isEncrypted(*l))
            return true;
    return false;
}

void noHttps(const RuleContext &c, FindingSink &out)
{
    for (const QString &entry : c.entries()) {
        const Node *e = c.node(entry);
        if (!e)
            continue;
        const QString name = e->displayLabel();
        if (!hasHttpsFromInternet(c, entry)) {
            out.add(rule::NoHttps, {entry}, ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Users reach \"%1\" over plain HTTP.")).arg(name));
            continue;
        }
        bool terminator = false, certified = false;
        for (const Node *s : c.frontServices(entry, true)) {
            if (!terminatesTls(s))
                continue;
            terminator = true;
            certified = certified || hasDomainCertificate(c, s->id);
        }
        if (!terminator)
            out.add(rule::NoHttps, {entry},
                    ruleText(QT_TRANSLATE_NOOP("sw::Rules", "No service behind \"%1\" terminates TLS: its HTTPS link ends nowhere.")).arg(name));
        else if (!certified)
            out.add(rule::NoHttps, {entry},
                    c.domains().isEmpty()
                        ? ruleText(QT_TRANSLATE_NOOP("sw::Rules", "No certificate is installed on the service that terminates TLS for \"%1\".")).arg(name)
                        : ruleText(QT_TRANSLATE_NOOP("sw::Rules", "No certificate for %1 is installed on the service that terminates TLS for \"%2\"."))
                              .arg(c.domains().join(QStringLiteral(", ")), name));
    }
}

void tlsEndsAtLb(const RuleContext &c, FindingSink &out)
{
    QSet<QString> reported;
    for (const Node *lb : c.ofKind(Kind::LoadBalancer)) {
        if (!terminatesTls(lb))
            continue;
        const QString server = c.serverOf(lb->id);
        QStringList sources{lb->id};
        if (!server.isEmpty())
            sources << server;
        for (const QString &s : QStringList(sources))
            for (const Node *cl : c.clustersOf(s))
                sources << cl->id;
        bool plain = false;
        for (const QString &s : sources)
            for (const Link *l : c.linksFrom(s))
                plain = plain || (!isEncrypted(*l) && !c.gatesOf(l->to).isEmpty());
        const QString where = server.isEmpty() ? lb->id : server;
        if (plain && !reported.contains(where)) {
            reported.insert(where);
            out.add(rule::TlsEndsAtLb, {where},
                    ruleText(QT_TRANSLATE_NOOP("sw::Rules", "Load balancer \"%1\" decrypts HTTPS and sends the requests on in plain HTTP."))
                        .arg(lb->displayLabel()));
        }
    }
}

bool pointsAt(const RuleContext &c, const QString &target, const QString &entry)
{
    if (target.isEmpty())
        return false;
    if (target == entry)
        return true;
    for (const Node *cl : c.clustersOf(entry))
        if (cl->id == target)
            return true;
    for (const Node *cl : c.clustersOf(target))
        if (cl->id == entry)
            return true;
    const QString s = c.serverOf(target);
    return !s.isEmpty() && s == c.serverOf(entry);
}

void dnsMissing(const RuleContext &c, FindingSink &out)
{
    const auto &records = c.ofKind(Kind::Dns);
    if (records.isEmpty()) {
        out.add(rule::DnsMissing, {}, ruleText(QT_TRANSLATE_NOOP("sw::Rules", "The design has no DNS record, so users cannot find the site by name.")));
        return;
    }
    if (c.entries().isEmpty())
        return; // nothing to point at: NO-REQUEST-PATH says why
    for (const Node *r : records)
        for (const QString &e : c.entries())
            if (pointsAt(c, r->propString(QStringLiteral("target")), e))
                return;
    out.add(rule::DnsMissing, {},
            ruleText(QT_TRANSLATE_NOOP("sw::Rules", "No DNS record points at the entry \"%1\".")).arg(c.entries().join(QStringLiteral("\", \""))));
}

void httpNoRedirect(const RuleContext &c, FindingSink &out)
{
    for (const QString &entry : c.entries()) {
        bool plain80 = false;
        for (const Link *l : c.linksFromInternet(entry))
            plain80 = plain80 || (l->effectivePort() == 80 && l->protocol != Protocol::Https);
        if (!plain80 || !hasHttpsFromInternet(c, entry))
            continue;
        const QVector<const Node *> front = c.frontServices(entry);
        bool redirect = !front.isEmpty();
        for (const Node *s : front)
            redirect = redirect && s->prop(QStringLiteral("http_redirect")).toBool();
        if (!redirect)
            out.add(rule::HttpNoRedirect, {entry},
                    ruleText(QT_TRANSLATE_NOOP("sw::Rules", "\"%1\" serves the site on port 80 as well as HTTPS, without redirecting to HTTPS."))
                        .arg(c.node(entry)->displayLabel()));
    }
}

void certNotOnAllMembers(const RuleContext &c, FindingSink &out)
{
    for (const Node *cluster : c.ofKind(Kind::Cluster)) {
        QVector<const Node *> services;
        for (const QString &m : cluster->propList(QStringLiteral("members"))) {
            const Node *n = c.node(m);
            if (!n)
                continue;
            if (n->kind == Kind::LoadBalancer || n->kind == Kind::WebServer)
                services.append(n);
            else if (n->kind == Kind::Server)
                for (const Node *s : c.servicesOf(n->id))
                    if (s->kind == Kind::LoadBalancer || s->kind == Kind::WebServer)
                        services.append(s);
        }
        QStringList domains;
        for (const Node *s : services)
            if (terminatesTls(s))
                for (const Node *cert : c.certificatesOn(s->id)) {
                    const QString d = cert->propString(QStringLiteral("domain")).toLower();
                    if (!domains.contains(d))
                        domains << d;
                }
        if (domains.isEmpty())
            continue;
        QStringList lacking;
        for (const Node *s : services) {
            bool ok = terminatesTls(s);
            for (const QString &d : domains) {
                bool has = false;
                for (const Node *cert : c.certificatesOn(s->id))
                    has = has || cert->propString(QStringLiteral("domain")).toLower() == d;
                ok = ok && has;
            }
            if (!ok)
                lacking << s->id;
        }
        if (!lacking.isEmpty())
            out.add(rule::CertNotOnAllMembers, QStringList{cluster->id} + lacking,
                    ruleText(QT_TRANSLATE_NOOP("sw::Rules", "In cluster \"%1\", \"%2\" does not terminate TLS with the certificate for %3 that the other members present."))
                        .arg(cluster->displayLabel(), lacking.join(QStringLiteral("\", \"")), domains.join(QStringLiteral(", "))));
    }
}

} // namespace

void tls(const RuleContext &c, FindingSink &out)
{
    noHttps(c, out);
    tlsEndsAtLb(c, out);
    dnsMissing(c, out);
    httpNoRedirect(c, out);
    certNotOnAllMembers(c, out);
}

} // namespace sw::checks

namespace sw::catalog {

// The catalog entries of the rules above (rulecatalog.h).
QVector<RuleInfo> tls()
{
    using S = Severity;
    using T = RuleTopic;
    return {
        {rule::NoHttps, S::Warning, T::Security, 10,
         QT_TRANSLATE_NOOP("sw::Rules", "The entry does not serve HTTPS"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Without HTTPS everything users send (passwords, cookies, personal data) crosses the internet in "
             "clear text, anyone on the way can read or change it, and browsers mark the site as not secure. "
             "The certificate must be for the site's own domain, or browsers refuse it."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add an SSL certificate for the design's domain, install it on the service that users reach "
             "first (load balancer or web server), switch that service's TLS on and make the users' link "
             "HTTPS.")},
        {rule::TlsEndsAtLb, S::Warning, T::Security, 80,
         QT_TRANSLATE_NOOP("sw::Rules", "TLS ends at the load balancer"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "The load balancer decrypts HTTPS and sends the requests on in clear text. Anyone who can "
             "listen inside the network (another tenant, a compromised machine) reads passwords and "
             "cookies there."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Encrypt the traffic behind the load balancer too (HTTPS links to web servers with TLS on), or "
             "pass TLS through to the web servers.")},
        {rule::DnsMissing, S::Warning, T::Operations, 90,
         QT_TRANSLATE_NOOP("sw::Rules", "No DNS record for the entry"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Users type a name such as www.foobar.com, not an address. Without a DNS record that points at "
             "the entry of the stack nobody finds the site, and no certificate can be checked against the "
             "domain."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Add a DNS record with the site's domain and set its target to the entry (the load balancer "
             "cluster, the load balancer or the web server that users reach).")},
        {rule::CertNotOnAllMembers, S::Error, T::Security, 150,
         QT_TRANSLATE_NOOP("sw::Rules", "Certificate missing on a cluster member"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Any member of a cluster may answer. A member that terminates no TLS or has no certificate "
             "breaks HTTPS for everyone the moment it takes over, which is exactly when the cluster was "
             "supposed to save the day."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Install the same certificate on every member of the cluster and give every member the same "
             "TLS setting.")},
        {rule::HttpNoRedirect, S::Warning, T::Security, 200,
         QT_TRANSLATE_NOOP("sw::Rules", "Port 80 without a redirect to HTTPS"),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Users who type the address without https:// arrive on port 80. If the entry answers there "
             "with the site instead of redirecting to HTTPS, their session travels in clear text."),
         QT_TRANSLATE_NOOP("sw::Rules",
             "Serve HTTPS on the entry and redirect port 80 to 443 (set the entry service's property "
             "\"http_redirect\" to true), or close port 80.")},
    };
}

} // namespace sw::catalog
