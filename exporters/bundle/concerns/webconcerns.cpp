// The web servers: Apache (site, check configuration, modules) and nginx (site).
#include "exporters/bundle/concerns/concerns_p.h"

#include "exporters/bundle/shellscript.h"

namespace sw::bundle {

namespace {

class ApacheConcern : public Concern {
public:
    QString id() const override { return concern::apache(); }
    QString title() const override { return QStringLiteral("Apache"); }
    QString inventoryGroup() const override { return QStringLiteral("apache_servers"); }
    QVector<Play> plays(const StackConfig &, const InventoryGroups &groups) const override
    {
        return {standardPlay(50, QStringLiteral("Set up the Apache web servers"), inventoryGroup(), true, groups)};
    }
    QString hostVariables(const ServerConfig &sc) const override
    {
        return sc.apacheModules.isEmpty() ? QString() : yamlList(QStringLiteral("apache_modules"), sc.apacheModules, false);
    }
    int hostVariablesRank() const override { return 3; }

protected:
    QString shellAfterFiles(const ServerConfig &sc) const override
    {
        return QStringLiteral("sw_a2enmod %1\n").arg(shellQuoteList(sc.apacheModules))
               + QStringLiteral("sw_a2ensite stackwright\nsw_a2dissite 000-default\n");
    }
    QString ansibleSpecificTasks() const override
    {
        return QStringLiteral(
            "- name: Enable the Apache modules the site uses\n"
            "  community.general.apache2_module:\n"
            "    name: \"{{ item }}\"\n"
            "    state: present\n"
            "  loop: \"{{ apache_modules }}\"\n"
            "  notify: Apply the Apache changes\n\n"
            "- name: Enable the Stackwright site\n"
            "  ansible.builtin.command:\n"
            "    cmd: a2ensite stackwright\n"
            "    creates: /etc/apache2/sites-enabled/stackwright.conf\n"
            "  notify: Apply the Apache changes\n\n"
            "- name: Disable the default site\n"
            "  ansible.builtin.command:\n"
            "    cmd: a2dissite 000-default\n"
            "    removes: /etc/apache2/sites-enabled/000-default.conf\n"
            "  notify: Apply the Apache changes\n\n");
    }
};

class NginxConcern : public Concern {
public:
    QString id() const override { return concern::nginx(); }
    QString title() const override { return QStringLiteral("nginx"); }
    QString inventoryGroup() const override { return QStringLiteral("nginx_servers"); }
    QVector<Play> plays(const StackConfig &, const InventoryGroups &groups) const override
    {
        return {standardPlay(60, QStringLiteral("Set up the nginx web servers"), inventoryGroup(), true, groups)};
    }

protected:
    QString shellAfterFiles(const ServerConfig &) const override
    {
        return QStringLiteral("if [ ! -e /etc/nginx/sites-enabled/stackwright ]; then\n"
                              "    ln -s /etc/nginx/sites-available/stackwright /etc/nginx/sites-enabled/stackwright\n"
                              "    SW_CHANGED[nginx]=1\n"
                              "fi\n"
                              "if [ -e /etc/nginx/sites-enabled/default ]; then\n"
                              "    rm -f /etc/nginx/sites-enabled/default\n"
                              "    SW_CHANGED[nginx]=1\n"
                              "fi\n");
    }
    QString ansibleSpecificTasks() const override
    {
        return QStringLiteral(
            "- name: Enable the Stackwright site\n"
            "  ansible.builtin.file:\n"
            "    src: /etc/nginx/sites-available/stackwright\n"
            "    dest: /etc/nginx/sites-enabled/stackwright\n"
            "    state: link\n"
            "  notify: Apply the nginx changes\n\n"
            "- name: Disable the default site\n"
            "  ansible.builtin.file:\n"
            "    path: /etc/nginx/sites-enabled/default\n"
            "    state: absent\n"
            "  notify: Apply the nginx changes\n\n");
    }
};

} // namespace

std::unique_ptr<Concern> makeApacheConcern() { return std::make_unique<ApacheConcern>(); }
std::unique_ptr<Concern> makeNginxConcern() { return std::make_unique<NginxConcern>(); }

} // namespace sw::bundle
