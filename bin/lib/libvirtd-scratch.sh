#!/bin/bash
# Real libvirtd 9.0 on a scratch socket directory, for interop tests (jvirt clients against libvirtd,
# and libvirtd as the reference for jvirtd). libvirtd allows one instance per machine, so every test
# shares this one: `start` reuses a running instance, `stop` ends it, `status` succeeds while it serves,
# `socket` prints the rw socket.
#   JVIRT_LIBVIRTD_DIR   scratch directory (default /tmp/jvirt-libvirtd)
set -euo pipefail
dir=${JVIRT_LIBVIRTD_DIR:-/tmp/jvirt-libvirtd}
sock=$dir/libvirt-sock

alive() {
    [ -S "$sock" ] && virsh -q -c "test+unix:///default?socket=$sock" uri >/dev/null 2>&1
}

case "${1:-}" in
start)
    if alive; then
        exit 0
    fi
    command -v libvirtd >/dev/null || { echo "libvirtd not installed (apt-get install libvirt-daemon-system)" >&2; exit 2; }
    mkdir -p "$dir"
    cat > "$dir/libvirtd.conf" <<CONF
unix_sock_dir = "$dir"
unix_sock_ro_perms = "0777"
unix_sock_rw_perms = "0770"
auth_unix_ro = "none"
auth_unix_rw = "none"
log_outputs = "3:file:$dir/libvirtd.log"
CONF
    # the QEMU driver inside libvirtd refuses to start domains without virtlogd; harmless otherwise
    if ! pgrep -x virtlogd >/dev/null && command -v virtlogd >/dev/null; then
        virtlogd --daemon || true
    fi
    libvirtd --daemon --config "$dir/libvirtd.conf" --pid-file "$dir/libvirtd.pid"
    for _ in $(seq 1 100); do
        alive && exit 0
        sleep 0.1
    done
    echo "libvirtd did not come up; see $dir/libvirtd.log" >&2
    exit 1
    ;;
stop)
    if [ -f "$dir/libvirtd.pid" ]; then
        kill "$(cat "$dir/libvirtd.pid")" 2>/dev/null || true
        rm -f "$dir/libvirtd.pid"
    fi
    ;;
socket)
    echo "$sock"
    ;;
status)
    alive
    ;;
*)
    echo "usage: $0 start|stop|status|socket" >&2
    exit 2
    ;;
esac
