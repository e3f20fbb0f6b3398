#!/usr/bin/env bash
# The anchor of the QEMU driver benchmark (issue 3): bare QEMU on the test guest, no jvirt, no libvirt.
# One run = spawn qemu-system-x86_64 -S with a QMP unix socket, connect (retrying until the socket accepts),
# read the greeting, qmp_capabilities, cont, until cont's reply; then QEMU is killed (not timed).
# That is the work createXML must also do, so jvirt's createXML time is compared against this median.
#
# Usage: bench/qemu-bare.sh [RUNS]   (default $RUNS or 20, after 2 warm-up runs)
# stdout: the median in ms as a bare number on the last line, for other scripts:
#           bare_ms=$(bash bench/qemu-bare.sh | tail -n 1)
# stderr: a human line with median, min and max.
# QEMU_BARE_ARGS: extra QEMU arguments (word-split), e.g. to mirror what jvirt generates for the same guest.
set -euo pipefail
. "${BASH_SOURCE[0]%/*}/lib.sh"
runs=${1:-${RUNS:-20}}
need qemu-system-x86_64 qemu-system-x86 || exit 1
need python3 python3 || exit 1
guest=$(bash "$bench_root/bin/lib/test-guest.sh") || { warn "cannot build the test guest"; exit 1; }

python3 - "$runs" "$guest" ${QEMU_BARE_ARGS:-} <<'PY'
import json, os, shutil, socket, statistics, subprocess, sys, tempfile, time

runs, guest, extra = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
cmdline = open(os.path.join(guest, "cmdline")).read().strip()

def recv_obj(f):
    # QMP sends one JSON object per line; events may come before the reply we wait for.
    while True:
        line = f.readline()
        if not line:
            raise RuntimeError("QMP closed the connection")
        obj = json.loads(line)
        if "event" not in obj:
            return obj

def one_run():
    d = tempfile.mkdtemp(prefix="jvirt-bare")
    sock_path = os.path.join(d, "qmp.sock")
    argv = ["qemu-system-x86_64", "-machine", "pc,accel=tcg", "-m", "128", "-nodefaults", "-no-user-config",
            "-display", "none", "-kernel", os.path.join(guest, "vmlinuz"),
            "-initrd", os.path.join(guest, "initrd.img"), "-append", cmdline,
            "-serial", "file:" + os.path.join(d, "serial.log"), "-monitor", "none",
            "-qmp", "unix:%s,server=on,wait=off" % sock_path, "-S"] + extra
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        s = socket.socket(socket.AF_UNIX)
        while True:
            try:
                s.connect(sock_path)
                break
            except (FileNotFoundError, ConnectionRefusedError):
                if p.poll() is not None:
                    raise RuntimeError("QEMU exited: " + p.stderr.read().decode(errors="replace"))
                time.sleep(0.001)
        f = s.makefile("rw", encoding="utf-8", newline="\r\n")
        if "QMP" not in json.loads(f.readline()):
            raise RuntimeError("no QMP greeting")
        for cmd in ("qmp_capabilities", "cont"):
            f.write(json.dumps({"execute": cmd}) + "\r\n")
            f.flush()
            reply = recv_obj(f)
            if "return" not in reply:
                raise RuntimeError("%s failed: %s" % (cmd, reply))
        elapsed = (time.perf_counter() - t0) * 1000
        s.close()
        return elapsed
    finally:
        p.kill()
        p.wait()
        shutil.rmtree(d, ignore_errors=True)

for _ in range(2):
    one_run()
times = [one_run() for _ in range(runs)]
med = statistics.median(times)
print("qemu-bare: spawn -S + QMP connect + qmp_capabilities + cont: median %.1f ms over %d runs (min %.1f, max %.1f)"
      % (med, runs, min(times), max(times)), file=sys.stderr)
print("%.1f" % med)
PY
