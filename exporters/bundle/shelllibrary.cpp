#include "exporters/bundle/shelllibrary.h"

namespace sw::bundle {

QString shellLibrary()
{
    // The same text in every server script: put together once.
    static const QString library = QStringLiteral(R"SH(declare -A SW_CHANGED=()
export DEBIAN_FRONTEND=noninteractive
SW_APT_UPDATED=no

sw_log() { printf '==> %s\n' "$*"; }
sw_fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

# sw_require NAME DESCRIPTION: the environment variable must be set.
sw_require() {
    if [ -z "${!1:-}" ]; then
        sw_fail "set the environment variable $1 ($2) before running this script"
    fi
}

# sw_password NAME: a password that can go into SQL without quoting trouble.
sw_password() {
    if ! [[ ${!1} =~ ^[A-Za-z0-9._+=-]{12,}$ ]]; then
        sw_fail "$1 must be 12 or more of A-Z a-z 0-9 . _ + = -"
    fi
}

# sw_packages NAME...: installs the packages that are missing.
sw_packages() {
    local missing=() p
    for p in "$@"; do
        if ! dpkg-query -W -f="\${Status}" "$p" 2>/dev/null | grep -q 'ok installed'; then
            missing+=("$p")
        fi
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        sw_log "Installing ${missing[*]}"
        if [ "$SW_APT_UPDATED" = no ]; then
            apt-get update -q </dev/null
            SW_APT_UPDATED=yes
        fi
        apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
    fi
}

# sw_user NAME: a system user (and group) without login.
sw_user() {
    if ! id -u "$1" >/dev/null 2>&1; then
        useradd --system --user-group --create-home --home-dir "/var/lib/$1" --shell /usr/sbin/nologin "$1"
    fi
}

# sw_dir PATH MODE OWNER GROUP
sw_dir() {
    if [ ! -d "$1" ] || [ "$(stat -c '%a %U %G' "$1")" != "${2#0} $3 $4" ]; then
        install -d -m "$2" -o "$3" -g "$4" "$1"
    fi
}

# sw_file PATH MODE OWNER GROUP UNIT VALIDATE [VARIABLE...] <CONTENT
# Writes CONTENT (each @@VARIABLE@@ replaced by that variable's value) only
# when it differs from the file; checks the candidate with VALIDATE ("%s" is
# the candidate) first; marks UNIT to be restarted.
sw_file() {
    local path=$1 mode=$2 owner=$3 group=$4 unit=$5 validate=$6 tmp content var
    shift 6
    content=$(cat; printf x)
    content=${content%x}
    for var in "$@"; do
        content=${content//"@@${var}@@"/"${!var}"}
    done
    tmp=$(mktemp)
    printf '%s' "$content" >"$tmp"
    if [ -f "$path" ] && cmp -s "$tmp" "$path" \
        && [ "$(stat -c '%a %U %G' "$path")" = "${mode#0} $owner $group" ]; then
        rm -f "$tmp"
        return 0
    fi
    if [ -n "$validate" ]; then
        local cmd=()
        read -r -a cmd <<<"${validate//%s/$tmp}"
        if ! "${cmd[@]}"; then
            rm -f "$tmp"
            sw_fail "$path: the new file does not pass $validate; nothing was changed"
        fi
    fi
    mkdir -p "$(dirname "$path")"
    install -m "$mode" -o "$owner" -g "$group" "$tmp" "$path"
    rm -f "$tmp"
    sw_log "Wrote $path"
    if [[ $path == *.service ]] && sw_systemd; then
        systemctl daemon-reload
    fi
    if [ -n "$unit" ]; then
        SW_CHANGED[$unit]=1
    fi
}

# sw_firewall: applies /etc/stackwright/firewall.rules (ssh first).
sw_firewall() {
    if [ "$(/usr/local/sbin/stackwright-firewall)" = changed ]; then
        sw_log "Firewall rules applied"
    fi
}

# sw_certificate DOMAIN ISSUER CRT KEY PEM UNIT...: a certificate in place
# (self-signed for now unless commercial: then it must be there already).
sw_certificate() {
    local domain=$1 issuer=$2 crt=$3 key=$4 pem=$5 unit
    shift 5
    install -d -m 0700 /etc/stackwright/tls
    if [ "$issuer" = private ]; then
        # From the stack's private CA: deploy.sh signs it and passes it here.
        if [ -z "${SW_PRIVATE_CERT:-}" ] || [ -z "${SW_PRIVATE_KEY:-}" ]; then
            sw_fail "the certificate of $domain from the stack's private CA is missing: run this script through deploy.sh"
        fi
        if ! cmp -s <(printf '%s\n' "$SW_PRIVATE_CERT") "$crt" 2>/dev/null; then
            (umask 077 && printf '%s\n' "$SW_PRIVATE_KEY" >"$key" && printf '%s\n' "$SW_PRIVATE_CERT" >"$crt")
        fi
    elif [ ! -s "$crt" ] || [ ! -s "$key" ]; then
        if [ "$issuer" = commercial ]; then
            sw_fail "put the certificate chain of $domain in $crt and its key in $key, then run again"
        fi
        sw_log "Creating a self-signed certificate for $domain"
        openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=$domain" \
            -addext "subjectAltName=DNS:$domain" -keyout "$key" -out "$crt" 2>/dev/null
        chmod 0600 "$key"
    fi
    if [ ! -s "$pem" ] || ! cmp -s <(cat "$crt" "$key") "$pem"; then
        (umask 077 && cat "$crt" "$key" >"$pem")
        for unit in "$@"; do
            SW_CHANGED[$unit]=1
        done
    fi
}

# sw_private_ca PATH: the certificate of the stack's private CA (passed by
# deploy.sh), with which this server verifies the servers behind it.
sw_private_ca() {
    if [ -z "${SW_PRIVATE_CA:-}" ]; then
        sw_fail "the stack's private CA certificate is missing: run this script through deploy.sh"
    fi
    install -d -m 0700 "$(dirname "$1")"
    if ! cmp -s <(printf '%s\n' "$SW_PRIVATE_CA") "$1" 2>/dev/null; then
        printf '%s\n' "$SW_PRIVATE_CA" >"$1"
        chmod 0644 "$1"
        sw_log "Wrote $1"
    fi
}

# sw_letsencrypt DOMAIN: asks Let's Encrypt once (the deploy hook installs
# the result and every renewal); a failure keeps the current certificate.
sw_letsencrypt() {
    if [ -d "/etc/letsencrypt/live/$1" ]; then
        return 0
    fi
    sw_log "Requesting a Let's Encrypt certificate for $1"
    if ! certbot certonly --standalone --non-interactive --agree-tos -m "$LETSENCRYPT_EMAIL" \
        --http-01-port 8888 -d "$1" --deploy-hook /etc/letsencrypt/renewal-hooks/deploy/stackwright.sh </dev/null; then
        sw_log "warning: Let's Encrypt refused $1 (does its DNS point here yet?); run this script again later"
    fi
}

# sw_checkout REPOSITORY BRANCH DIR OWNER UNIT: the branch checked out.
sw_checkout() {
    local repo=$1 branch=$2 dir=$3 owner=$4 unit=$5 before=none after
    sw_dir "$(dirname "$dir")" 0755 "$owner" "$owner"
    if [ -d "$dir/.git" ]; then
        before=$(runuser -u "$owner" -- git -C "$dir" rev-parse HEAD)
        runuser -u "$owner" -- git -C "$dir" fetch --quiet origin "$branch"
        runuser -u "$owner" -- git -C "$dir" checkout --quiet -B "$branch" FETCH_HEAD
    else
        sw_log "Cloning the codebase into $dir"
        runuser -u "$owner" -- git clone --quiet --branch "$branch" -- "$repo" "$dir"
    fi
    after=$(runuser -u "$owner" -- git -C "$dir" rev-parse HEAD)
    if [ "$before" != "$after" ]; then
        SW_CHANGED[$unit]=1
    fi
}

# sw_venv VENV DIR OWNER UNIT: a virtual environment (seeing the system's
# Python packages) with gunicorn and the codebase's requirements.txt,
# reinstalled only when they change.
sw_venv() {
    local venv=$1 dir=$2 owner=$3 unit=$4 want stamp
    if [ ! -x "$venv/bin/python" ]; then
        runuser -u "$owner" -- python3 -m venv --system-site-packages "$venv"
    fi
    want=$({ echo gunicorn; cat "$dir/requirements.txt" 2>/dev/null || true; } | sha256sum | cut -d ' ' -f 1)
    stamp=$venv/.stackwright-requirements
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        if ! "$venv/bin/python" -c 'import gunicorn' 2>/dev/null; then
            sw_log "Installing gunicorn into $venv"
            runuser -u "$owner" -- "$venv/bin/pip" install --quiet --upgrade gunicorn
        fi
        if [ -f "$dir/requirements.txt" ]; then
            sw_log "Installing the Python packages of $dir/requirements.txt into $venv"
            runuser -u "$owner" -- "$venv/bin/pip" install --quiet -r "$dir/requirements.txt"
        fi
        printf '%s\n' "$want" >"$stamp"
        SW_CHANGED[$unit]=1
    fi
}

# sw_sql STATEMENT: runs one statement as the database's root (socket auth),
# after SW_SQL_SESSION (e.g. "SET sql_log_bin = 0; ") when set.
sw_sql() {
    printf '%s%s;\n' "${SW_SQL_SESSION:-}" "$1" | mysql --protocol=socket -uroot
}

# sw_replica_configured: does this server already follow a primary?
sw_replica_configured() {
    printf 'SHOW SLAVE STATUS\\G\n' | mysql --protocol=socket -uroot | grep -q 'Master_Host'
}

# sw_mysql_database NAME
sw_mysql_database() {
    sw_sql "CREATE DATABASE IF NOT EXISTS \`$1\` CHARACTER SET utf8mb4"
}

# sw_mysql_user USER HOST PASSWORD_VARIABLE PRIVILEGES ON: a user allowed
# from one address, its password kept equal to the variable's value.
sw_mysql_user() {
    if ! [[ $2 =~ ^[0-9A-Za-z.:-]+$ ]]; then
        sw_fail "not a database client address: $2"
    fi
    sw_password "$3"
    sw_sql "CREATE USER IF NOT EXISTS '$1'@'$2' IDENTIFIED BY '${!3}'"
    sw_sql "ALTER USER '$1'@'$2' IDENTIFIED BY '${!3}'"
    sw_sql "GRANT $4 ON $5 TO '$1'@'$2'"
}

# sw_mysql_follow PRIMARY PORT USER PASSWORD_VARIABLE ENGINE DATABASE:
# seeded from a consistent dump of the primary's DATABASE, then replicating
# from the position of that dump (once; a running replica is left alone).
sw_mysql_follow() {
    local primary=$1 port=$2 user=$3 var=$4 engine=$5 db=$6 dump i
    if ! [[ $primary =~ ^[0-9A-Za-z.:-]+$ ]]; then
        sw_fail "not a primary address: $primary"
    fi
    sw_password "$var"
    if sw_replica_configured; then
        return 0
    fi
    sw_log "Seeding from a consistent dump of the primary $primary"
    dump=$(mktemp)
    for i in 1 2 3 4 5 6 7 8 9 10; do
        if [ "$engine" = mariadb ]; then
            MYSQL_PWD=${!var} mysqldump -h "$primary" -P "$port" -u "$user" --single-transaction --gtid \
                --master-data=1 --databases "$db" >"$dump" && break
        else
            MYSQL_PWD=${!var} mysqldump -h "$primary" -P "$port" -u "$user" --single-transaction \
                --set-gtid-purged=ON --get-server-public-key --databases "$db" >"$dump" && break
        fi
        [ "$i" = 10 ] && { rm -f "$dump"; sw_fail "cannot dump the database $db of the primary $primary"; }
        sleep 2
    done
    if [ "$engine" != mariadb ]; then
        sw_sql "RESET MASTER"
    fi
    mysql --protocol=socket -uroot <"$dump"
    rm -f "$dump"
    sw_log "Following the primary $primary"
    if [ "$engine" = mariadb ]; then
        sw_sql "CHANGE MASTER TO MASTER_HOST='$primary', MASTER_PORT=$port, MASTER_USER='$user', MASTER_PASSWORD='${!var}', MASTER_USE_GTID=slave_pos"
    else
        sw_sql "CHANGE MASTER TO MASTER_HOST='$primary', MASTER_PORT=$port, MASTER_USER='$user', MASTER_PASSWORD='${!var}', MASTER_AUTO_POSITION=1, GET_MASTER_PUBLIC_KEY=1"
    fi
    sw_sql "START SLAVE"
}

# sw_a2enmod MODULE... / sw_a2ensite SITE / sw_a2dissite SITE
sw_a2enmod() {
    local m
    for m in "$@"; do
        if [ ! -e "/etc/apache2/mods-enabled/$m.load" ]; then
            a2enmod -q "$m" >/dev/null
            SW_CHANGED[apache2]=1
        fi
    done
}
sw_a2ensite() {
    if [ ! -e "/etc/apache2/sites-enabled/$1.conf" ]; then
        a2ensite -q "$1" >/dev/null
        SW_CHANGED[apache2]=1
    fi
}
sw_a2dissite() {
    if [ -e "/etc/apache2/sites-enabled/$1.conf" ]; then
        a2dissite -q "$1" >/dev/null
        SW_CHANGED[apache2]=1
    fi
}

# sw_sumologic: the Sumo Logic collector package (it reads user.properties),
# installed only when the download has the pinned SHA-256.
sw_sumologic() {
    if [ ! -x /opt/SumoCollector/collector ]; then
        local tmp
        tmp=$(mktemp -d)
        sw_log "Installing the Sumo Logic collector"
        curl -fsSL -o "$tmp/SumoCollector.deb" https://collectors.sumologic.com/rest/download/deb/64
        if ! [[ ${SUMOLOGIC_COLLECTOR_SHA256:-} =~ ^[0-9a-fA-F]{64}$ ]] \
            || ! printf '%s  %s\n' "$SUMOLOGIC_COLLECTOR_SHA256" "$tmp/SumoCollector.deb" | sha256sum -c --status -; then
            rm -rf "$tmp"
            sw_fail "the downloaded Sumo Logic collector does not match SUMOLOGIC_COLLECTOR_SHA256 (${SUMOLOGIC_COLLECTOR_SHA256:-unset}); nothing was installed"
        fi
        apt-get install -y -q "$tmp/SumoCollector.deb" </dev/null
        rm -rf "$tmp"
    fi
}
)SH") + shellServiceLibrary();
    return library;
}

} // namespace sw::bundle
