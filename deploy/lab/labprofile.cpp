#include "deploy/lab/labprofile.h"

namespace sw::lab {

namespace {

// Bash, fixed text: nothing of the design is in it. Overrides of the
// bundle's library functions (defined before, in the same script).
QString overrides()
{
    return QStringLiteral(R"SH(# This machine is offline to the lab: the functions below replace what
# needs the Internet. Files are still written by the bundle's sw_file.
declare -A SW_LAB_SKIPPED=()
SW_LAB_OPTIONAL=" ufw certbot "

# Packages come from this machine: a missing one is named with its install command.
sw_packages() {
    local missing=() p
    for p in "$@"; do
        if [ "$p" = rsyslog ]; then
            # Not in the lab: it would read this machine's kernel log.
            SW_LAB_SKIPPED[rsyslog]=1
            continue
        fi
        if ! dpkg-query -W -f="\${Status}" "$p" 2>/dev/null | grep -q 'ok installed'; then
            if [[ $SW_LAB_OPTIONAL == *" $p "* ]]; then
                sw_log "lab: $p is not installed on this machine: skipped"
                SW_LAB_SKIPPED[$p]=1
                continue
            fi
            missing+=("$p")
        fi
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        sw_fail "lab: not installed on this machine: ${missing[*]} (install with: apt-get install ${missing[*]})"
    fi
}

eval "sw_lab_bundle_service() $(declare -f sw_service | tail -n +2)"
sw_service() {
    if [ "$1" = collector ]; then
        sw_log "lab: no Sumo Logic collector (nothing leaves the lab)"
        return 0
    fi
    if [ -n "${SW_LAB_SKIPPED[$1]:-}" ]; then
        return 0
    fi
    sw_lab_bundle_service "$@"
}

eval "sw_lab_bundle_firewall() $(declare -f sw_firewall | tail -n +2)"
sw_firewall() {
    if [ -n "${SW_LAB_SKIPPED[ufw]:-}" ]; then
        sw_log "lab: ufw is not installed here: the firewall rules are written, not applied"
        return 0
    fi
    # ufw runs in this server's namespaces: its rules (iptables-nft) go to
    # the server's network namespace, its files (/etc/ufw, /var/lib) to the
    # server's overlays, its sysctl.conf's net/ keys to the server's network
    # namespace. Two things of ufw-init would still reach this machine, read
    # from this machine's /etc: the modules of IPT_MODULES (modprobe loads
    # them into the shared kernel) and the sysctl.conf keys outside net/
    # (kernel/, vm/, fs/: not per namespace). The server's copies (in its
    # /etc overlay, not the bundle's files) have neither.
    if [ -f /etc/default/ufw ]; then
        sed -i 's/^IPT_MODULES=.*/IPT_MODULES=""/' /etc/default/ufw
    fi
    if [ -f /etc/ufw/sysctl.conf ]; then
        grep -E '^[[:space:]]*(#|$|net[./])' /etc/ufw/sysctl.conf >/etc/ufw/sysctl.conf.lab || true
        mv /etc/ufw/sysctl.conf.lab /etc/ufw/sysctl.conf
    fi
    sw_lab_bundle_firewall "$@"
}

# Every certificate comes from the lab CA (the users' namespace trusts it).
eval "sw_lab_bundle_certificate() $(declare -f sw_certificate | tail -n +2)"
sw_certificate() {
    local domain=$1 issuer=$2
    shift 2
    if [ "$issuer" = private ]; then
        sw_lab_bundle_certificate "$domain" private "$@"
    else
        sw_log "lab: the certificate of $domain comes from the lab CA (instead of $issuer)"
        SW_PRIVATE_CERT=$SW_LAB_CERT SW_PRIVATE_KEY=$SW_LAB_KEY sw_lab_bundle_certificate "$domain" private "$@"
    fi
}
sw_letsencrypt() { sw_log "lab: no Let's Encrypt request for $1 (offline)"; }

# The repository cannot be reached offline: the demo application instead.
sw_checkout() {
    local repo=$1 dir=$3 owner=$4 unit=$5
    sw_log "lab: $repo cannot be reached offline: the built-in demo application runs in its place"
    sw_dir "$(dirname "$dir")" 0755 "$owner" "$owner"
    sw_dir "$dir" 0755 "$owner" "$owner"
    if ! cmp -s "$SW_LAB_SHARE/demoapp/wsgi.py" "$dir/wsgi.py"; then
        install -m 0644 -o "$owner" -g "$owner" "$SW_LAB_SHARE/demoapp/wsgi.py" "$dir/wsgi.py"
        SW_CHANGED[$unit]=1
    fi
}

# No pip offline: the virtual environment sees this machine's packages.
sw_venv() {
    local venv=$1 owner=$3 unit=$4
    if [ ! -x "$venv/bin/python" ]; then
        runuser -u "$owner" -- python3 -m venv --system-site-packages --without-pip "$venv"
        SW_CHANGED[$unit]=1
    fi
    if ! "$venv/bin/python" -c 'import gunicorn' 2>/dev/null; then
        sw_fail "lab: gunicorn is not installed on this machine (install with: apt-get install python3-gunicorn)"
    fi
    if ! "$venv/bin/python" -c 'import pymysql' 2>/dev/null; then
        sw_fail "lab: PyMySQL is not installed on this machine (install with: apt-get install python3-pymysql)"
    fi
}

sw_sumologic() { sw_log "lab: no Sumo Logic collector download (offline)"; }
)SH");
}

const QString kAnchor = QStringLiteral("\nsw_log \"Provisioning ");

} // namespace

QString labProfileBegin() { return QStringLiteral("# --- Stackwright lab profile (begin)\n"); }
QString labProfileEnd() { return QStringLiteral("# --- Stackwright lab profile (end)\n"); }

QString labProfileScript(const QString &plainScript)
{
    const int at = int(plainScript.indexOf(kAnchor));
    if (at < 0)
        return QString();
    QString s = plainScript;
    s.insert(at + 1, labProfileBegin() + overrides() + labProfileEnd());
    return s;
}

QString withoutLabProfile(const QString &labScript)
{
    const int begin = int(labScript.indexOf(labProfileBegin()));
    const int end = int(labScript.indexOf(labProfileEnd()));
    if (begin < 0 || end < begin)
        return labScript;
    QString s = labScript;
    s.remove(begin, end + labProfileEnd().size() - begin);
    return s;
}

} // namespace sw::lab
