#!/usr/bin/env bash
# QEMU driver benchmark (issue 3): createXML of the tiny test guest until it is running, against bare QEMU
# (bench/qemu-bare.sh: spawn -S + QMP connect + qmp_capabilities + cont) measured in the same run; goal <= 2x.
#   jvirt API     createXML through the public API in one warm JVM (bench/QemuCreate.java), median of RUNS
#   jvirsh -t     `bin/jvirsh -c qemu:///embed?root=TMP -t create FILE`: the command time jvirsh reports
#                 (a fresh JVM per run: cold code, the driver opened per process), median of CLI_RUNS
#   libvirt 9.0   `virsh -c qemu+unix:///system?socket=SCRATCH -t create FILE` through the scratch libvirtd
#                 (bin/lib/libvirtd-scratch.sh; it starts virtlogd), median of CLI_RUNS, for reference
# Every guest is destroyed after its timed create (not timed). The domain XML is the same for all three: the
# test guest with its serial port on a pty, no disk, no NIC, kernel and initrd copied to a world-readable
# directory (libvirtd runs QEMU as libvirt-qemu).
# RUNS (default 20), CLI_RUNS (default 10). stdout: the summary lines; stderr: progress.
set -euo pipefail
. "${BASH_SOURCE[0]%/*}/lib.sh"
runs=${RUNS:-20}
cli_runs=${CLI_RUNS:-10}
need qemu-system-x86_64 qemu-system-x86 || exit 1
ensure_built
guest=$(bash "$bench_root/bin/lib/test-guest.sh") || { warn "cannot build the test guest"; exit 1; }

tmp=$(mktemp -d /tmp/jvqb.XXXXXX)
chmod 755 "$tmp"
root=
cleanup() {
    # the QEMUs of this run only (their command lines name our directories), by pid
    local p pat=$tmp
    [[ -n $root ]] && pat="($tmp|$root)"
    for p in $(pgrep -f -- "qemu-system.*$pat" || true); do kill -9 "$p" 2>/dev/null || true; done
    rm -rf -- "$tmp"
    [[ -n $root ]] && rm -rf -- "$root"
    return 0
}
trap cleanup EXIT
cp -- "$guest/vmlinuz" "$guest/initrd.img" "$tmp/"
chmod 644 "$tmp/vmlinuz" "$tmp/initrd.img"
xml=$tmp/bench.xml
cat >"$xml" <<XML
<domain type='qemu'>
  <name>jvirt-bench-create</name>
  <memory unit='KiB'>131072</memory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64' machine='pc'>hvm</type>
    <kernel>$tmp/vmlinuz</kernel>
    <initrd>$tmp/initrd.img</initrd>
    <cmdline>$(cat "$guest/cmdline")</cmdline>
  </os>
  <features><acpi/></features>
  <devices>
    <serial type='pty'><target port='0'/></serial>
    <memballoon model='none'/>
  </devices>
</domain>
XML

# median: of the numbers on stdin
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m }'; }
# time_of: the "(Time: X ms)" line virsh and jvirsh print with -t
time_of() { sed -n 's/^(Time: \([0-9.]*\) ms)$/\1/p' | head -n 1; }

warn "bare QEMU ($runs runs)"
bare_ms=$(bash "$bench_root/bench/qemu-bare.sh" "$runs" | tail -n 1)

warn "jvirt createXML in one JVM ($runs runs after 10 warm-up runs)"
# the driver root on tmpfs when there is one, as qemu:///system keeps its state files in /run (libvirtd's in
# /run/libvirt): a status file's fsync on a disk would measure the disk, not the driver
if [[ -d /dev/shm && -w /dev/shm ]]; then
    root=$(mktemp -d /dev/shm/jvqb.XXXXXX)
else
    root=$tmp/root
    mkdir -p "$root"
fi
cp=$bench_root/jvirt-cli/target/jvirt-cli.jar:$bench_root/jvirt-cli/target/lib/*
api_ms=$("$JVIRT_JAVA" --enable-native-access=ALL-UNNAMED -cp "$cp" "$bench_root/bench/QemuCreate.java" \
    "qemu:///embed?root=$root" "$xml" "$runs" 10 | tail -n 1)

warn "jvirsh -t create ($cli_runs runs, a JVM each)"
jvirsh=$bench_root/bin/jvirsh
juri="qemu:///embed?root=$root"
"$jvirsh" -c "$juri" create "$xml" >/dev/null && "$jvirsh" -c "$juri" destroy jvirt-bench-create >/dev/null # warm caches
cli_ms=$(for ((i = 0; i < cli_runs; i++)); do
    "$jvirsh" -c "$juri" -t create "$xml" </dev/null | time_of
    "$jvirsh" -c "$juri" destroy jvirt-bench-create >/dev/null </dev/null
done | median)

libvirt_ms=n/a
if command -v libvirtd >/dev/null && bash "$bench_root/bin/lib/libvirtd-scratch.sh" start >&2; then
    warn "libvirt 9.0 virsh -t create ($cli_runs runs)"
    luri="qemu+unix:///system?socket=$(bash "$bench_root/bin/lib/libvirtd-scratch.sh" socket)"
    virsh -q -c "$luri" destroy jvirt-bench-create >/dev/null 2>&1 || true
    if virsh -c "$luri" create "$xml" >/dev/null && virsh -c "$luri" destroy jvirt-bench-create >/dev/null; then
        libvirt_ms=$(for ((i = 0; i < cli_runs; i++)); do
            virsh -c "$luri" -t create "$xml" </dev/null | time_of
            virsh -c "$luri" destroy jvirt-bench-create >/dev/null </dev/null
        done | median)
    else
        warn "libvirtd could not start the guest; no reference figure"
    fi
fi

api_ratio=$(ratio "$api_ms" "$bare_ms")
cli_ratio=$(ratio "$cli_ms" "$bare_ms")
pass=no
ge 2 "$api_ratio" && pass=yes
say "qemu-create: bare QEMU (spawn -S, QMP, qmp_capabilities, cont): median $bare_ms ms"
say "qemu-create: jvirt createXML, warm JVM (API):                  median $api_ms ms = ${api_ratio}x bare (goal <= 2x: $pass)"
say "qemu-create: jvirsh -t create (fresh JVM per run):             median $cli_ms ms = ${cli_ratio}x bare"
if [[ $libvirt_ms != n/a ]]; then
    say "qemu-create: libvirt 9.0 virsh -t create (scratch libvirtd):   median $libvirt_ms ms = $(ratio "$libvirt_ms" "$bare_ms")x bare"
else
    say "qemu-create: libvirt 9.0: not measured"
fi
summary qemu-create "$api_ms" "$bare_ms" "$api_ratio" "<= 2x" "$pass"
