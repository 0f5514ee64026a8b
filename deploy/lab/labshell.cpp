#include "deploy/lab/labshell.h"

#include "exporters/bundle/shelllibrary.h"

namespace sw::lab {

QString defaultStateDir() { return QStringLiteral("/run/stackwright-lab"); }

QString bridgeUpScript()
{
    return QStringLiteral(R"SH(set -euo pipefail
S=$1
mkdir -p "$S/ns" "$S/nodes" "$S/share"
chmod 0700 "$S"
if ! mountpoint -q "$S/ns"; then
    mount --bind "$S/ns" "$S/ns"
    mount --make-private "$S/ns"
fi
if ! ip netns list | grep -qx 'swlab-net\( .*\)\?'; then
    ip netns add swlab-net
fi
ip -n swlab-net link set lo up
if ! ip -n swlab-net link show br0 >/dev/null 2>&1; then
    ip -n swlab-net link add br0 type bridge
fi
ip -n swlab-net link set br0 up
)SH");
}

QString nodeUpScript()
{
    return QStringLiteral(R"SH(set -euo pipefail
S=$1 N=$2 H=$3 I=$4
shift 4
NS=swlab-$N
R=$S/nodes/$N
ip netns add "$NS"
ip -n "$NS" link set lo up
ip -n swlab-net link add "v$I" type veth peer name eth0 netns "$NS"
ip -n swlab-net link set "v$I" master br0 up
ip -n "$NS" link set eth0 up
for a in "$@"; do
    ip -n "$NS" addr add "$a/32" dev eth0
done
# Everything is on the bridge: no gateway, no way out.
ip -n "$NS" route add default dev eth0
nsenter --net="/run/netns/$NS" sh -c 'sysctl -qw net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.default.rp_filter=0 net.ipv4.conf.eth0.rp_filter=0'
mkdir -p "$R"
touch "$S/ns/$N.mnt" "$S/ns/$N.uts"
unshare --mount="$S/ns/$N.mnt" --uts="$S/ns/$N.uts" --propagation private bash -c '
set -euo pipefail
S=$1 N=$2 H=$3 R=$1/nodes/$2
hostname "$H"
for d in etc var opt srv usr/local; do
    k=${d//\//_}
    mkdir -p "$R/upper/$k" "$R/work/$k"
    mount -t overlay overlay -o "lowerdir=/$d,upperdir=$R/upper/$k,workdir=$R/work/$k" "/$d"
done
# Its own name, as an installed server has it; no DNS server in the lab:
# a lookup fails at once (loopback) instead of timing out.
printf "127.0.1.1 %s\n" "$H" >>/etc/hosts
rm -f /etc/resolv.conf
printf "nameserver 127.0.0.1\noptions timeout:1 attempts:1\n" >/etc/resolv.conf
mkdir -p "$R/dev"
mount -t tmpfs -o mode=0755,nosuid tmpfs "$R/dev"
for f in null zero full random urandom tty; do
    touch "$R/dev/$f"
    mount --bind "/dev/$f" "$R/dev/$f"
done
mkdir -p "$R/dev/shm" "$R/dev/pts"
mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$R/dev/shm"
ln -s /proc/self/fd "$R/dev/fd"
ln -s /proc/self/fd/0 "$R/dev/stdin"
ln -s /proc/self/fd/1 "$R/dev/stdout"
ln -s /proc/self/fd/2 "$R/dev/stderr"
exec 9<"$S/share"
mount --move "$R/dev" /dev
mount -t tmpfs -o mode=0755,nosuid,nodev tmpfs /run
mkdir -p /run/lock /run/stackwright-lab/share
mount --no-canonicalize --bind /proc/self/fd/9 /run/stackwright-lab/share
' _ "$S" "$N" "$H"
)SH");
}

QString caScript()
{
    return QStringLiteral(R"SH(set -euo pipefail
S=$1 DOMAIN=$2
shift 2
C=$S/ca
mkdir -p "$C"
chmod 0700 "$C"
if [ ! -s "$C/ca.crt" ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj '/CN=Stackwright lab CA' \
        -keyout "$C/ca.key" -out "$C/ca.crt" 2>/dev/null
fi
cp "$C/ca.crt" "$S/share/ca.crt"
# cert NAME SAN
cert() {
    [ -s "$C/$1.crt" ] && return 0
    openssl req -newkey rsa:2048 -nodes -subj "/CN=$1" -keyout "$C/$1.key" -out "$C/$1.csr" 2>/dev/null
    openssl x509 -req -in "$C/$1.csr" -CA "$C/ca.crt" -CAkey "$C/ca.key" -CAcreateserial -days 30 \
        -extfile <(printf 'subjectAltName=%s\n' "$2") -out "$C/$1.crt" 2>/dev/null
}
if [ -n "$DOMAIN" ]; then
    cert domain "DNS:$DOMAIN"
fi
while [ "$#" -ge 2 ]; do
    cert "server-$1" "DNS:$1,IP:$2${DOMAIN:+,DNS:$DOMAIN}"
    shift 2
done
)SH");
}

QString usersSetupScript()
{
    return QStringLiteral(R"SH(set -euo pipefail
DOMAIN=$1 ADDRESS=$2
if [ -n "$DOMAIN" ] && [ -n "$ADDRESS" ]; then
    printf '%s %s\n' "$ADDRESS" "$DOMAIN" >>/etc/hosts
fi
cat /run/stackwright-lab/share/ca.crt >>/etc/ssl/certs/ca-certificates.crt
)SH");
}

QString downScript()
{
    return QStringLiteral(R"SH(set -uo pipefail
S=$1
spaces=$(ip netns list | awk '{print $1}' | grep '^swlab-' || true)
for sig in TERM KILL; do
    pids=""
    for ns in $spaces; do
        pids="$pids $(ip netns pids "$ns" 2>/dev/null)"
    done
    pids=$(echo $pids)
    [ -z "$pids" ] && break
    kill -s "$sig" $pids 2>/dev/null || true
    # The lab's data goes with it: half a second is all the daemons get.
    for _ in 1 2 3 4 5; do
        alive=""
        for p in $pids; do
            [ -d "/proc/$p" ] && alive="$alive $p"
        done
        [ -z "$alive" ] && break
        sleep 0.1
    done
done
if [ -d "$S/ns" ]; then
    for f in "$S"/ns/*; do
        [ -e "$f" ] || continue
        umount "$f" 2>/dev/null || umount -l "$f" 2>/dev/null || true
    done
    umount "$S/ns" 2>/dev/null || umount -l "$S/ns" 2>/dev/null || true
fi
for ns in $spaces; do
    ip netns del "$ns" 2>/dev/null || true
done
# What remains mounted below the state folder (none when all went well).
grep -o " $S[^ ]*" /proc/mounts | sort -r | while read -r m; do umount -l "$m" 2>/dev/null || true; done
rm -rf "$S"
)SH");
}

QString unitStatusScript()
{
    return QStringLiteral("set -uo pipefail\n"
                          "sw_log() { :; }\n"
                          "sw_fail() { return 1; }\n")
           + bundle::shellServiceLibrary()
           + QStringLiteral("for u in \"$@\"; do\n"
                            "    # Never run in the lab: the vendor's collector (offline), rsyslog (this machine's kernel log).\n"
                            "    if [ \"$u\" = collector ] || [ \"$u\" = rsyslog ]; then echo \"$u absent\";\n"
                            "    elif ! sw_systemd && [ ! -x \"/etc/init.d/$u\" ] && [ ! -f \"/etc/systemd/system/$u.service\" ]; then echo \"$u absent\";\n"
                            "    elif sw_systemd && systemctl is-active --quiet \"$u\"; then echo \"$u up\";\n"
                            "    elif ! sw_systemd && sw_control \"$u\" status >/dev/null 2>&1; then echo \"$u up\";\n"
                            "    else echo \"$u down\"; fi\n"
                            "done\n");
}

QString stopNodeScript()
{
    return QStringLiteral(R"SH(set -uo pipefail
NS=$1
pids=$(ip netns pids "$NS")
[ -z "$pids" ] && exit 0
kill -s TERM $pids 2>/dev/null || true
for _ in $(seq 1 30); do
    alive=""
    for p in $pids; do [ -d "/proc/$p" ] && alive="$alive $p"; done
    [ -z "$alive" ] && exit 0
    sleep 0.1
done
kill -s KILL $alive 2>/dev/null || true
)SH");
}

} // namespace sw::lab
