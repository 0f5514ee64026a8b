// The concerns every server may have whatever it runs: the base (packages
// and rsyslog), the host firewall (ufw) and the Sumo Logic collector.
#include "exporters/bundle/concerns/concerns_p.h"

namespace sw::bundle {

namespace {

class BaseConcern : public Concern {
public:
    QString id() const override { return concern::base(); }
    QString title() const override { return QStringLiteral("base"); }
    bool applies(const ServerConfig &) const override { return true; }
    QVector<Play> plays(const StackConfig &, const InventoryGroups &) const override
    {
        return {Play{0, ansiblePlay(QStringLiteral("Prepare every server"), QStringLiteral("all"), 0, {id()})}};
    }

protected:
    QString ansibleTasksBody() const override { return ansibleSpecificTasks() + packagesTask() + servicesTask(); }
    QString ansibleSpecificTasks() const override
    {
        return QStringLiteral(
            "- name: Check that the deploy-time values are set (see README.md)\n"
            "  ansible.builtin.assert:\n"
            "    that:\n"
            "      - lookup('ansible.builtin.vars', item, default='') | string | length > 0\n"
            "      - not item.endswith('_password') or lookup('ansible.builtin.vars', item) is match('^[A-Za-z0-9._+=-]{12,}$')\n"
            "    fail_msg: \"Set {{ item }} (see README.md); passwords are 12 or more of A-Z a-z 0-9 . _ + = -\"\n"
            "    quiet: true\n"
            "  loop: \"{{ stackwright_required | default([]) }}\"\n\n");
    }
};

// ufw: the rules are in a file a script of ours applies (ssh first, then default deny).
class FirewallConcern : public Concern {
public:
    QString id() const override { return concern::firewall(); }
    QString title() const override { return QStringLiteral("firewall"); }
    bool applies(const ServerConfig &sc) const override { return sc.firewall; }
    QString roleHandlers() const override { return QString(); }
    QString inventoryGroup() const override { return QStringLiteral("firewalled"); }
    QVector<Play> plays(const StackConfig &, const InventoryGroups &groups) const override
    {
        return {standardPlay(10, QStringLiteral("Set up the host firewalls"), inventoryGroup(), false, groups)};
    }

protected:
    QString shellAfterFiles(const ServerConfig &) const override { return QStringLiteral("sw_firewall\n"); }
    QString ansibleSpecificTasks() const override
    {
        return QStringLiteral(
            "- name: Apply the firewall rules (ssh first, then default deny)\n"
            "  ansible.builtin.command: /usr/local/sbin/stackwright-firewall\n"
            "  register: firewall_result\n"
            "  changed_when: firewall_result.stdout == 'changed'\n\n");
    }
};

class SumologicConcern : public Concern {
public:
    QString id() const override { return concern::sumologic(); }
    QString title() const override { return QStringLiteral("Sumo Logic"); }
    bool applies(const ServerConfig &sc) const override { return sc.monitored; }
    QString inventoryGroup() const override { return QStringLiteral("monitored"); }
    QVector<Play> plays(const StackConfig &, const InventoryGroups &groups) const override
    {
        return {standardPlay(90, QStringLiteral("Set up the Sumo Logic collectors"), inventoryGroup(), false, groups)};
    }

protected:
    QString shellAfterFiles(const ServerConfig &) const override { return QStringLiteral("sw_sumologic\n"); }
    QString ansibleSpecificTasks() const override
    {
        return QStringLiteral(
            "- name: Look for the Sumo Logic collector\n"
            "  ansible.builtin.stat:\n"
            "    path: /opt/SumoCollector/collector\n"
            "  register: sumologic_collector\n\n"
            "- name: Download the Sumo Logic collector\n"
            "  ansible.builtin.get_url:\n"
            "    url: https://collectors.sumologic.com/rest/download/deb/64\n"
            "    dest: /var/cache/SumoCollector.deb\n"
            "    checksum: \"sha256:{{ sumologic_collector_sha256 }}\"\n"
            "    mode: \"0644\"\n"
            "  when: not sumologic_collector.stat.exists\n\n"
            "- name: Install the Sumo Logic collector (it reads user.properties)\n"
            "  ansible.builtin.apt:\n"
            "    deb: /var/cache/SumoCollector.deb\n"
            "  when: not sumologic_collector.stat.exists\n\n");
    }
};

} // namespace

std::unique_ptr<Concern> makeBaseConcern() { return std::make_unique<BaseConcern>(); }
std::unique_ptr<Concern> makeFirewallConcern() { return std::make_unique<FirewallConcern>(); }
std::unique_ptr<Concern> makeSumologicConcern() { return std::make_unique<SumologicConcern>(); }

} // namespace sw::bundle
