// The application servers: gunicorn running each codebase (checked out at
// its branch, or the built-in demo application) in a virtual environment.
#include "exporters/bundle/concerns/concerns_p.h"

#include "exporters/bundle/quoting.h"

namespace sw::bundle {

namespace {

class AppConcern : public Concern {
public:
    QString id() const override { return concern::app(); }
    QString title() const override { return QStringLiteral("application"); }
    QVector<Play> plays(const StackConfig &, const InventoryGroups &groups) const override
    {
        return {standardPlay(40, QStringLiteral("Set up the application servers"), tierGroup(Tier::App), true, groups)};
    }
    QString hostVariables(const ServerConfig &sc) const override
    {
        if (sc.checkouts.isEmpty())
            return QString();
        QString s = yamlList(QStringLiteral("app_users"), sc.users, false);
        s += QStringLiteral("app_checkouts:\n");
        for (const Checkout &co : sc.checkouts)
            s += QStringLiteral("  - repository: %1\n    branch: %2\n    dest: %3\n    venv: %4\n    owner: %5\n    unit: %6\n")
                     .arg(yamlUnsafe(co.repository), yamlUnsafe(co.branch), yamlQuote(co.dir), yamlQuote(co.venv), yamlQuote(co.owner),
                          yamlQuote(co.unit));
        return s;
    }
    int hostVariablesRank() const override { return 2; }

protected:
    QString shellBeforeFiles(const ServerConfig &sc) const override
    {
        QString s;
        for (const QString &u : sc.users)
            s += QStringLiteral("sw_user %1\n").arg(shellQuote(u));
        for (const Checkout &co : sc.checkouts) {
            s += QStringLiteral("# shellcheck disable=SC2016,SC1003\n");
            if (co.repository.isEmpty())
                s += QStringLiteral("sw_dir %1 0755 %2 %2  # the built-in demo application\n")
                         .arg(shellQuote(co.dir.section(QLatin1Char('/'), 0, -2)), shellQuote(co.owner));
            else
                s += QStringLiteral("sw_checkout %1 %2 %3 %4 %5\n")
                         .arg(shellQuote(co.repository), shellQuote(co.branch), shellQuote(co.dir), shellQuote(co.owner), shellQuote(co.unit));
            s += QStringLiteral("sw_venv %1 %2 %3 %4\n").arg(shellQuote(co.venv), shellQuote(co.dir), shellQuote(co.owner), shellQuote(co.unit));
            s += QStringLiteral("sw_dir %1 0755 %2 %2\n").arg(shellQuote(QStringLiteral("/var/log/") + co.unit), shellQuote(co.owner));
        }
        return s + QStringLiteral("sw_dir /etc/stackwright 0755 root root\n");
    }
    QString ansibleTasksBody() const override { return packagesTask() + ansibleSpecificTasks() + filesTask() + servicesTask(); }
    QString ansibleSpecificTasks() const override
    {
        return QStringLiteral(
            "- name: Create the application users\n"
            "  ansible.builtin.user:\n"
            "    name: \"{{ item }}\"\n"
            "    system: true\n"
            "    shell: /usr/sbin/nologin\n"
            "    home: \"/var/lib/{{ item }}\"\n"
            "    create_home: true\n"
            "  loop: \"{{ app_users }}\"\n\n"
            "- name: Create the code folders\n"
            "  ansible.builtin.file:\n"
            "    path: \"{{ (item.dest | dirname) if item.repository else item.dest }}\"\n"
            "    state: directory\n"
            "    owner: \"{{ item.owner }}\"\n"
            "    group: \"{{ item.owner }}\"\n"
            "    mode: \"0755\"\n"
            "  loop: \"{{ app_checkouts }}\"\n"
            "  loop_control:\n"
            "    label: \"{{ item.dest }}\"\n\n"
            "- name: Create the log folders\n"
            "  ansible.builtin.file:\n"
            "    path: \"/var/log/{{ item.unit }}\"\n"
            "    state: directory\n"
            "    owner: \"{{ item.owner }}\"\n"
            "    group: \"{{ item.owner }}\"\n"
            "    mode: \"0755\"\n"
            "  loop: \"{{ app_checkouts }}\"\n"
            "  loop_control:\n"
            "    label: \"{{ item.unit }}\"\n\n"
            "- name: Create the Stackwright settings folder\n"
            "  ansible.builtin.file:\n"
            "    path: /etc/stackwright\n"
            "    state: directory\n"
            "    owner: root\n"
            "    group: root\n"
            "    mode: \"0755\"\n\n"
            "- name: Check out the codebases at their branch\n"
            "  ansible.builtin.git:\n"
            "    repo: \"{{ item.repository }}\"\n"
            "    version: \"{{ item.branch }}\"\n"
            "    dest: \"{{ item.dest }}\"\n"
            "  become: true\n"
            "  become_user: \"{{ item.owner }}\"\n"
            "  loop: \"{{ app_checkouts | selectattr('repository') }}\"\n"
            "  loop_control:\n"
            "    label: \"{{ item.dest }}\"\n"
            "  notify: Apply the application changes\n\n"
            "- name: Install gunicorn into the virtual environments\n"
            "  ansible.builtin.pip:\n"
            "    name: gunicorn\n"
            "    virtualenv: \"{{ item.venv }}\"\n"
            "    virtualenv_command: python3 -m venv --system-site-packages\n"
            "  become: true\n"
            "  become_user: \"{{ item.owner }}\"\n"
            "  loop: \"{{ app_checkouts }}\"\n"
            "  loop_control:\n"
            "    label: \"{{ item.venv }}\"\n"
            "  notify: Apply the application changes\n\n"
            "- name: Look for the codebases' requirements.txt\n"
            "  ansible.builtin.stat:\n"
            "    path: \"{{ item.dest }}/requirements.txt\"\n"
            "  loop: \"{{ app_checkouts }}\"\n"
            "  loop_control:\n"
            "    label: \"{{ item.dest }}\"\n"
            "  register: app_requirements\n\n"
            "- name: Install the codebases' requirements\n"
            "  ansible.builtin.pip:\n"
            "    requirements: \"{{ item.item.dest }}/requirements.txt\"\n"
            "    virtualenv: \"{{ item.item.venv }}\"\n"
            "  become: true\n"
            "  become_user: \"{{ item.item.owner }}\"\n"
            "  loop: \"{{ app_requirements.results | selectattr('stat.exists') }}\"\n"
            "  loop_control:\n"
            "    label: \"{{ item.item.dest }}\"\n"
            "  notify: Apply the application changes\n\n");
    }
};

} // namespace

std::unique_ptr<Concern> makeAppConcern() { return std::make_unique<AppConcern>(); }

} // namespace sw::bundle
