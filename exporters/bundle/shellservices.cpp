#include "exporters/bundle/shelllibrary.h"

namespace sw::bundle {

// Services with or without systemd: under systemd, systemctl; elsewhere
// (containers, the lab) the package's /etc/init.d script, or for the units
// the bundle writes itself, start-stop-daemon reading the unit file.
QString shellServiceLibrary()
{
    return QStringLiteral(R"SH(
# sw_systemd: is systemd the init system here?
sw_systemd() { [ -d /run/systemd/system ]; }

# sw_unit UNIT start|stop|restart|reload|status: a unit file of ours
# (/etc/systemd/system/UNIT.service) run by start-stop-daemon.
sw_unit() {
    local unit=$1 action=$2 file=/etc/systemd/system/$1.service pid=/run/$1.pid
    local key value exec='' user=root dir=/ envfile='' argv=() i name
    while IFS='=' read -r key value; do
        case $key in
        ExecStart) exec=$value ;;
        User) user=$value ;;
        WorkingDirectory) dir=$value ;;
        EnvironmentFile) envfile=$value ;;
        esac
    done <"$file"
    case $action in
    status) start-stop-daemon --status --pidfile "$pid" ;;
    stop) start-stop-daemon --stop --quiet --oknodo --retry 10 --pidfile "$pid" --remove-pidfile ;;
    reload) start-stop-daemon --stop --quiet --signal HUP --pidfile "$pid" ;;
    start | restart)
        if [ "$action" = restart ]; then
            sw_unit "$unit" stop
        fi
        (
            if [ -n "$envfile" ]; then
                set -a
                # shellcheck disable=SC1090
                . "$envfile"
                set +a
            fi
            read -r -a argv <<<"$exec"
            for i in "${!argv[@]}"; do
                if [[ ${argv[$i]} =~ ^\$\{([A-Z_][A-Z0-9_]*)\}$ ]]; then
                    name=${BASH_REMATCH[1]}
                    argv[i]=${!name:-}
                fi
            done
            start-stop-daemon --start --quiet --background --make-pidfile --pidfile "$pid" \
                --chuid "$user" --chdir "$dir" --exec "${argv[0]}" -- "${argv[@]:1}"
        )
        ;;
    esac
}

# sw_control UNIT ACTION: without systemd, through the init script or sw_unit.
# An init script without "status" (keepalived's): its pid file /run/UNIT.pid.
sw_control() {
    local pid
    if [ "$2" = status ] && [ -x "/etc/init.d/$1" ] && ! grep -Eq "^[[:space:]]*'?status'?\)" "/etc/init.d/$1"; then
        pid=$(cat "/run/$1.pid" 2>/dev/null) && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
    elif [ -x "/etc/init.d/$1" ]; then
        "/etc/init.d/$1" "$2" >/dev/null 2>&1
    elif [ -f "/etc/systemd/system/$1.service" ]; then
        sw_unit "$1" "$2"
    else
        sw_fail "$1: no systemd here, and neither /etc/init.d/$1 nor a unit file of ours to run it with"
    fi
}

# sw_service UNIT restart|reload: enabled and running; restarted (or
# reloaded) when something it uses changed.
sw_service() {
    if sw_systemd; then
        systemctl enable --quiet "$1"
        if ! systemctl is-active --quiet "$1"; then
            sw_log "Starting $1"
            systemctl start "$1"
        elif [ -n "${SW_CHANGED[$1]:-}" ]; then
            sw_log "Applying the changes to $1 ($2)"
            systemctl "$2" "$1"
        fi
    elif ! sw_control "$1" status; then
        sw_log "Starting $1 (no systemd: start-stop-daemon)"
        sw_control "$1" start || sw_fail "$1 does not start"
    elif [ -n "${SW_CHANGED[$1]:-}" ]; then
        sw_log "Applying the changes to $1 ($2)"
        sw_control "$1" "$2" || sw_fail "$1 does not $2"
    fi
    unset 'SW_CHANGED[$1]'
}

# sw_database_flavour: the design does not say the OS; Debian has MariaDB
# (mariadb-server), Ubuntu MySQL 8 (mysql-server). Sets SW_DB_UNIT and
# SW_DB_PACKAGE from /etc/os-release.
# shellcheck disable=SC2034
sw_database_flavour() {
    local id
    # shellcheck disable=SC1091
    id=$(. /etc/os-release && printf '%s' "$ID")
    if [ "$id" = debian ]; then
        SW_DB_UNIT=mariadb
        SW_DB_PACKAGE=mariadb-server
    else
        SW_DB_UNIT=mysql
        SW_DB_PACKAGE=mysql-server
    fi
}
)SH");
}

} // namespace sw::bundle
