#include "exporters/bundle/ansibleroles.h"

#include "exporters/bundle/stackconfig.h"

namespace sw::bundle {

namespace {

QString title(const QString &c)
{
    if (c == concern::base()) return QStringLiteral("base");
    if (c == concern::firewall()) return QStringLiteral("firewall");
    if (c == concern::certificates()) return QStringLiteral("certificate");
    if (c == concern::mysql()) return QStringLiteral("database");
    if (c == concern::app()) return QStringLiteral("application");
    if (c == concern::apache()) return QStringLiteral("Apache");
    if (c == concern::nginx()) return QStringLiteral("nginx");
    if (c == concern::haproxy()) return QStringLiteral("HAProxy");
    if (c == concern::keepalived()) return QStringLiteral("keepalived");
    return QStringLiteral("Sumo Logic");
}

QString packagesTask(const QString &c)
{
    return QStringLiteral("- name: Install the %1 packages\n"
                          "  ansible.builtin.apt:\n"
                          "    name: \"{{ %2_packages }}\"\n"
                          "    state: present\n"
                          "    update_cache: true\n"
                          "    cache_valid_time: 3600\n"
                          "  when: %2_packages | default([]) | length > 0\n\n").arg(title(c), c);
}

QString filesTask(const QString &c)
{
    return QStringLiteral("- name: Write the %1 files (each checked before it replaces the current one)\n"
                          "  ansible.builtin.template:\n"
                          "    src: \"{{ item.src }}\"\n"
                          "    dest: \"{{ item.dest }}\"\n"
                          "    owner: \"{{ item.owner }}\"\n"
                          "    group: \"{{ item.group }}\"\n"
                          "    mode: \"{{ item.mode }}\"\n"
                          "    validate: \"{{ item.validate | default(omit) }}\"\n"
                          "  loop: \"{{ %2_files | default([]) }}\"\n"
                          "  loop_control:\n"
                          "    label: \"{{ item.dest }}\"\n"
                          "  no_log: \"{{ item.secret | default(false) }}\"\n").arg(title(c), c)
           + (c == concern::firewall() ? QStringLiteral("\n") : QStringLiteral("  notify: Apply the %1 changes\n\n").arg(title(c)));
}

QString servicesTask(const QString &c)
{
    return QStringLiteral("- name: Keep the %1 services enabled and running\n"
                          "  ansible.builtin.systemd:\n"
                          "    name: \"{{ item.name }}\"\n"
                          "    enabled: true\n"
                          "    state: started\n"
                          "  loop: \"{{ %2_services | default([]) }}\"\n"
                          "  loop_control:\n"
                          "    label: \"{{ item.name }}\"\n").arg(title(c), c);
}

QString specificTasks(const QString &c)
{
    if (c == concern::base())
        return QStringLiteral(
            "- name: Check that the deploy-time values are set (see README.md)\n"
            "  ansible.builtin.assert:\n"
            "    that:\n"
            "      - lookup('ansible.builtin.vars', item, default='') | string | length > 0\n"
            "      - not item.endswith('_password') or lookup('ansible.builtin.vars', item) is match('^[A-Za-z0-9._+=-]{12,}$')\n"
            "    fail_msg: \"Set {{ item }} (see README.md); passwords are 12 or more of A-Z a-z 0-9 . _ + = -\"\n"
            "    quiet: true\n"
            "  loop: \"{{ stackwright_required | default([]) }}\"\n\n");
    if (c == concern::mysql())
        return QStringLiteral(
            "- name: Create the folder of the binary logs\n"
            "  ansible.builtin.file:\n"
            "    path: /var/log/mysql\n"
            "    state: directory\n"
            "    owner: mysql\n"
            "    group: adm\n"
            "    mode: \"2750\"\n\n");
    if (c == concern::firewall())
        return QStringLiteral(
            "- name: Apply the firewall rules (ssh first, then default deny)\n"
            "  ansible.builtin.command: /usr/local/sbin/stackwright-firewall\n"
            "  register: firewall_result\n"
            "  changed_when: firewall_result.stdout == 'changed'\n\n");
    if (c == concern::certificates())
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
    if (c == concern::app())
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
    if (c == concern::apache())
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
    if (c == concern::nginx())
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
    if (c == concern::sumologic())
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
    return QString();
}

QString mysqlSetupTasks()
{
    return QStringLiteral(
        "- name: Create the application database\n"
        "  community.mysql.mysql_db:\n"
        "    name: \"{{ mysql_database }}\"\n"
        "    encoding: utf8mb4\n"
        "    state: present\n"
        "    login_unix_socket: /run/mysqld/mysqld.sock\n"
        "  when: mysql_primary and mysql_clients | length > 0\n\n"
        "- name: Let the app servers use the database\n"
        "  community.mysql.mysql_user:\n"
        "    name: \"{{ mysql_app_user }}\"\n"
        "    host: \"{{ item }}\"\n"
        "    password: \"{{ mysql_app_password }}\"\n"
        "    priv: \"{{ mysql_database }}.*:ALL\"\n"
        "    state: present\n"
        "    login_unix_socket: /run/mysqld/mysqld.sock\n"
        "  loop: \"{{ mysql_clients if mysql_primary else [] }}\"\n"
        "  no_log: true\n\n"
        "- name: Let the replicas replicate\n"
        "  community.mysql.mysql_user:\n"
        "    name: \"{{ mysql_replication_user }}\"\n"
        "    host: \"{{ item }}\"\n"
        "    password: \"{{ mysql_replication_password }}\"\n"
        "    priv: \"*.*:REPLICATION SLAVE,REPLICATION CLIENT,RELOAD,SELECT,LOCK TABLES,SHOW VIEW,TRIGGER,EVENT\"\n"
        "    state: present\n"
        "    login_unix_socket: /run/mysqld/mysqld.sock\n"
        "  loop: \"{{ mysql_replicas if mysql_primary else [] }}\"\n"
        "  no_log: true\n\n"
        "- name: Read the replication state\n"
        "  community.mysql.mysql_replication:\n"
        "    mode: getreplica\n"
        "    login_unix_socket: /run/mysqld/mysqld.sock\n"
        "  register: mysql_replica_state\n"
        "  when: not mysql_primary\n\n"
        "- name: Follow the primary (MySQL, GTID auto-position)\n"
        "  community.mysql.mysql_query:\n"
        "    query: >-\n"
        "      CHANGE MASTER TO MASTER_HOST=%s, MASTER_PORT=3306, MASTER_USER=%s, MASTER_PASSWORD=%s,\n"
        "      MASTER_AUTO_POSITION=1, GET_MASTER_PUBLIC_KEY=1\n"
        "    positional_args:\n"
        "      - \"{{ mysql_primary_host }}\"\n"
        "      - \"{{ mysql_replication_user }}\"\n"
        "      - \"{{ mysql_replication_password }}\"\n"
        "    login_unix_socket: /run/mysqld/mysqld.sock\n"
        "  no_log: true\n"
        "  when: not mysql_primary and not mysql_replica_state.is_replica and mysql_unit == 'mysql'\n\n"
        "- name: Follow the primary (MariaDB, GTID)\n"
        "  community.mysql.mysql_query:\n"
        "    query: >-\n"
        "      CHANGE MASTER TO MASTER_HOST=%s, MASTER_PORT=3306, MASTER_USER=%s, MASTER_PASSWORD=%s,\n"
        "      MASTER_USE_GTID=slave_pos\n"
        "    positional_args:\n"
        "      - \"{{ mysql_primary_host }}\"\n"
        "      - \"{{ mysql_replication_user }}\"\n"
        "      - \"{{ mysql_replication_password }}\"\n"
        "    login_unix_socket: /run/mysqld/mysqld.sock\n"
        "  no_log: true\n"
        "  when: not mysql_primary and not mysql_replica_state.is_replica and mysql_unit == 'mariadb'\n\n"
        "- name: Start replicating\n"
        "  community.mysql.mysql_replication:\n"
        "    mode: startreplica\n"
        "    login_unix_socket: /run/mysqld/mysqld.sock\n"
        "  when: not mysql_primary and not mysql_replica_state.is_replica\n");
}

} // namespace

QString roleTasks(const QString &c)
{
    QString s = QStringLiteral("---\n# Generated by Stackwright: the %1 role. Host data comes from inventory/host_vars.\n").arg(c);
    if (c == concern::base())
        s += specificTasks(c) + packagesTask(c);
    else if (c == concern::app() || c == concern::certificates() || c == concern::mysql())
        s += packagesTask(c) + specificTasks(c) + filesTask(c);
    else
        s += packagesTask(c) + filesTask(c) + specificTasks(c);
    if (c == concern::mysql()) {
        s += QStringLiteral("- name: Apply database setting changes before configuring users\n"
                            "  ansible.builtin.meta: flush_handlers\n\n");
    }
    s += servicesTask(c);
    if (c == concern::mysql())
        s += QStringLiteral("\n") + mysqlSetupTasks();
    return s;
}

QString roleHandlers(const QString &c)
{
    return QStringLiteral("---\n# Generated by Stackwright.\n"
                          "- name: Apply the %1 changes\n"
                          "  ansible.builtin.systemd:\n"
                          "    name: \"{{ item.name }}\"\n"
                          "    state: \"{{ 'reloaded' if item.reload else 'restarted' }}\"\n"
                          "    daemon_reload: true\n"
                          "  loop: \"{{ %2_services | default([]) }}\"\n"
                          "  loop_control:\n"
                          "    label: \"{{ item.name }}\"\n").arg(title(c), c);
}

QString certificatesIssueTasks()
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

} // namespace sw::bundle
