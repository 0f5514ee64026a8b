// The certificates: self-signed, commercial (put in place by hand), from the
// stack's private CA (the servers behind the balancers) and Let's Encrypt
// (requested once the services answering its challenge are up).
#include "exporters/bundle/concerns/concerns_p.h"

#include "exporters/bundle/certificateconfig.h"
#include "exporters/bundle/quoting.h"
#include "exporters/bundle/shellscript.h"

namespace sw::bundle {

namespace {

bool usesLetsEncrypt(const ServerConfig &sc)
{
    for (const CertificatePlan &cert : sc.certificates)
        if (cert.issuer == QLatin1String("letsencrypt"))
            return true;
    return false;
}

class CertificatesConcern : public Concern {
public:
    QString id() const override { return concern::certificates(); }
    QString title() const override { return QStringLiteral("certificate"); }
    bool applies(const ServerConfig &sc) const override { return !sc.certificates.isEmpty() || sc.trustsPrivateCa; }
    QString inventoryGroup() const override { return QStringLiteral("tls_servers"); }

    QString shellEpilogue(const ServerConfig &sc) const override
    {
        if (!usesLetsEncrypt(sc))
            return QString();
        QString s = QStringLiteral("\n# --- Let's Encrypt (the services above answer its challenge)\n");
        for (const CertificatePlan &cert : sc.certificates)
            if (cert.issuer == QLatin1String("letsencrypt"))
                s += QStringLiteral("sw_letsencrypt %1\n").arg(shellQuote(cert.domain));
        return s;
    }

    QVector<QPair<QString, QString>> extraRoleFiles() const override
    {
        return {{QStringLiteral("roles/certificates/tasks/issue.yml"), issueTasks()}};
    }

    QVector<Play> plays(const StackConfig &cfg, const InventoryGroups &groups) const override
    {
        QVector<Play> out{standardPlay(20, QStringLiteral("Put the certificates in place"), inventoryGroup(), false, groups)};
        bool acme = false;
        for (const ServerConfig &sc : cfg.servers)
            acme = acme || usesLetsEncrypt(sc);
        if (acme) // after the web servers and load balancers answering the challenge
            out << Play{85, QStringLiteral("- name: Ask Let's Encrypt for the certificates\n"
                                           "  hosts: tls_servers\n"
                                           "  become: true\n"
                                           "  tasks:\n"
                                           "    - name: Request the certificates\n"
                                           "      ansible.builtin.include_role:\n"
                                           "        name: certificates\n"
                                           "        tasks_from: issue\n\n")};
        return out;
    }

    QString hostVariables(const ServerConfig &sc) const override
    {
        QString s;
        if (sc.trustsPrivateCa)
            s += QStringLiteral("certificates_trust_private_ca: true\n");
        if (!sc.certificates.isEmpty()) {
            s += QStringLiteral("certificates_list:\n");
            for (const CertificatePlan &c : sc.certificates)
                s += QStringLiteral("  - domain: %1\n    issuer: %2\n    cert: %3\n    key: %4\n    pem: %5\n")
                         .arg(yamlUnsafe(c.domain), yamlQuote(c.issuer), yamlQuote(c.certPath), yamlQuote(c.keyPath),
                              yamlQuote(c.pemPath));
        }
        return s;
    }
    int hostVariablesRank() const override { return 1; }

protected:
    QString shellBeforeFiles(const ServerConfig &sc) const override
    {
        QString s;
        if (sc.trustsPrivateCa)
            s += QStringLiteral("sw_private_ca %1\n").arg(shellQuote(privateCaPath()));
        for (const CertificatePlan &cert : sc.certificates)
            s += QStringLiteral("sw_certificate %1 %2 %3 %4 %5 %6\n")
                     .arg(shellQuote(cert.domain), shellQuote(cert.issuer), shellQuote(cert.certPath), shellQuote(cert.keyPath),
                          shellQuote(cert.pemPath), shellQuoteList(cert.reloadUnits));
        return s;
    }
    QString ansibleTasksBody() const override { return packagesTask() + ansibleSpecificTasks() + filesTask() + servicesTask(); }
    QString ansibleSpecificTasks() const override
    {
        return QStringLiteral(
            "- name: Create the certificate folder\n"
            "  ansible.builtin.file:\n"
            "    path: /etc/stackwright/tls\n"
            "    state: directory\n"
            "    owner: root\n"
            "    group: root\n"
            "    mode: \"0700\"\n\n"
            "- name: Look for the commercial certificates\n"
            "  ansible.builtin.stat:\n"
            "    path: \"{{ item.cert }}\"\n"
            "  loop: \"{{ certificates_list | selectattr('issuer', 'equalto', 'commercial') }}\"\n"
            "  register: certificates_commercial\n\n"
            "- name: Check that the commercial certificates are in place\n"
            "  ansible.builtin.assert:\n"
            "    that: item.stat.exists\n"
            "    fail_msg: \"Put the certificate chain of {{ item.item.domain }} in {{ item.item.cert }} and its key in {{ item.item.key }}\"\n"
            "    quiet: true\n"
            "  loop: \"{{ certificates_commercial.results }}\"\n"
            "  loop_control:\n"
            "    label: \"{{ item.item.domain }}\"\n\n"
            "- name: Create self-signed certificates (Let's Encrypt replaces them once it answers)\n"
            "  ansible.builtin.command:\n"
            "    argv:\n"
            "      - openssl\n"
            "      - req\n"
            "      - -x509\n"
            "      - -newkey\n"
            "      - rsa:2048\n"
            "      - -nodes\n"
            "      - -days\n"
            "      - \"825\"\n"
            "      - -subj\n"
            "      - \"/CN={{ item.domain }}\"\n"
            "      - -addext\n"
            "      - \"subjectAltName=DNS:{{ item.domain }}\"\n"
            "      - -keyout\n"
            "      - \"{{ item.key }}\"\n"
            "      - -out\n"
            "      - \"{{ item.cert }}\"\n"
            "    creates: \"{{ item.cert }}\"\n"
            "  loop: \"{{ certificates_list | rejectattr('issuer', 'in', ['commercial', 'private']) }}\"\n"
            "  loop_control:\n"
            "    label: \"{{ item.domain }}\"\n\n"
            "- name: Create the private CA folder on the controller\n"
            "  ansible.builtin.file:\n"
            "    path: \"{{ playbook_dir }}/private-ca\"\n"
            "    state: directory\n"
            "    mode: \"0700\"\n"
            "  delegate_to: localhost\n"
            "  become: false\n"
            "  run_once: true\n"
            "  when: stackwright_private_ca | default(false)\n\n"
            "- name: Create the stack's private CA on the controller (private-ca/, kept)\n"
            "  ansible.builtin.command:\n"
            "    argv: [openssl, req, -x509, -newkey, \"rsa:2048\", -nodes, -days, \"3650\", -subj, \"/CN=Stackwright private CA\",\n"
            "           -keyout, \"{{ playbook_dir }}/private-ca/ca.key\", -out, \"{{ playbook_dir }}/private-ca/ca.crt\"]\n"
            "    creates: \"{{ playbook_dir }}/private-ca/ca.crt\"\n"
            "  delegate_to: localhost\n"
            "  become: false\n"
            "  run_once: true\n"
            "  when: stackwright_private_ca | default(false)\n\n"
            "- name: Sign the certificates of the servers behind the load balancers with it\n"
            "  ansible.builtin.command:\n"
            "    argv: [openssl, req, -x509, -CA, \"{{ playbook_dir }}/private-ca/ca.crt\", -CAkey, \"{{ playbook_dir }}/private-ca/ca.key\",\n"
            "           -newkey, \"rsa:2048\", -nodes, -days, \"825\", -subj, \"/CN={{ inventory_hostname }}\",\n"
            "           -addext, \"subjectAltName=DNS:{{ inventory_hostname }},DNS:{{ item.domain }},IP:{{ ansible_host }}\",\n"
            "           -keyout, \"{{ playbook_dir }}/private-ca/{{ inventory_hostname }}.key\",\n"
            "           -out, \"{{ playbook_dir }}/private-ca/{{ inventory_hostname }}.crt\"]\n"
            "    creates: \"{{ playbook_dir }}/private-ca/{{ inventory_hostname }}.crt\"\n"
            "  delegate_to: localhost\n"
            "  become: false\n"
            "  loop: \"{{ certificates_list | selectattr('issuer', 'equalto', 'private') }}\"\n"
            "  loop_control:\n"
            "    label: \"{{ item.domain }}\"\n\n"
            "- name: Install the certificates from the private CA\n"
            "  ansible.builtin.copy:\n"
            "    src: \"{{ playbook_dir }}/private-ca/{{ inventory_hostname }}.{{ item.1 }}\"\n"
            "    dest: \"{{ item.0[item.1 if item.1 == 'key' else 'cert'] }}\"\n"
            "    owner: root\n"
            "    group: root\n"
            "    mode: \"0600\"\n"
            "  loop: \"{{ certificates_list | selectattr('issuer', 'equalto', 'private') | product(['crt', 'key']) }}\"\n"
            "  loop_control:\n"
            "    label: \"{{ item.0.domain }} {{ item.1 }}\"\n\n"
            "- name: Install the private CA the load balancers verify the servers behind them with\n"
            "  ansible.builtin.copy:\n"
            "    src: \"{{ playbook_dir }}/private-ca/ca.crt\"\n"
            "    dest: /etc/stackwright/tls/private-ca.crt\n"
            "    owner: root\n"
            "    group: root\n"
            "    mode: \"0644\"\n"
            "  when: certificates_trust_private_ca | default(false)\n\n"
            "- name: Combine chain and key into the PEM HAProxy reads\n"
            "  ansible.builtin.shell:\n"
            "    cmd: \"umask 077 && cat {{ item.cert | quote }} {{ item.key | quote }} > {{ item.pem | quote }}\"\n"
            "    creates: \"{{ item.pem }}\"\n"
            "  loop: \"{{ certificates_list | rejectattr('issuer', 'equalto', 'private') }}\"\n"
            "  loop_control:\n"
            "    label: \"{{ item.domain }}\"\n\n");
    }

private:
    // roles/certificates/tasks/issue.yml: the Let's Encrypt request, run once
    // the services answering its challenge are up.
    static QString issueTasks()
    {
        return QStringLiteral(
            "---\n# Generated by Stackwright: asks Let's Encrypt once the services answering its challenge are up.\n"
            "- name: Request the Let's Encrypt certificates\n"
            "  ansible.builtin.command:\n"
            "    argv:\n"
            "      - certbot\n"
            "      - certonly\n"
            "      - --standalone\n"
            "      - --non-interactive\n"
            "      - --agree-tos\n"
            "      - -m\n"
            "      - \"{{ letsencrypt_email }}\"\n"
            "      - --http-01-port\n"
            "      - \"8888\"\n"
            "      - -d\n"
            "      - \"{{ item.domain }}\"\n"
            "      - --deploy-hook\n"
            "      - /etc/letsencrypt/renewal-hooks/deploy/stackwright.sh\n"
            "    creates: \"/etc/letsencrypt/live/{{ item.domain }}\"\n"
            "  loop: \"{{ certificates_list | selectattr('issuer', 'equalto', 'letsencrypt') }}\"\n"
            "  loop_control:\n"
            "    label: \"{{ item.domain }}\"\n"
            "  register: certificates_issued\n"
            "  failed_when: false\n\n"
            "- name: Report certificates Let's Encrypt refused (run again once DNS points here)\n"
            "  ansible.builtin.debug:\n"
            "    msg: \"Let's Encrypt refused {{ item.item.domain }}: {{ item.stderr | default('') }}\"\n"
            "  loop: \"{{ certificates_issued.results | selectattr('rc', 'defined') | rejectattr('rc', 'equalto', 0) }}\"\n"
            "  loop_control:\n"
            "    label: \"{{ item.item.domain }}\"\n");
    }
};

} // namespace

std::unique_ptr<Concern> makeCertificatesConcern() { return std::make_unique<CertificatesConcern>(); }

} // namespace sw::bundle
