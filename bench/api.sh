#!/usr/bin/env bash
# API benchmark (issue section 7): define + getXMLDesc + undefine on test:///default through org.jvirt.Connect
# (JMH ApiLoopBench, one thread) against the same loop through python3-libvirt in-process (bench/api-loop.py),
# both in this run, same document. Goal: jvirt >= 4x libvirt's cycles/s.
set -euo pipefail
. "${BASH_SOURCE[0]%/*}/lib.sh"
ensure_built
doc=$bench_root/jvirt-bench/src/main/resources/org/jvirt/bench/domain.xml

if ! [[ -x /usr/bin/python3 ]] || ! /usr/bin/python3 -c 'import libvirt' 2>/dev/null; then
    need python3 python3 || true
    if ((EUID == 0)); then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-libvirt </dev/null >&2 || true
    fi
fi
if ! /usr/bin/python3 -c 'import libvirt' 2>/dev/null; then
    warn "python3-libvirt is missing (Debian package python3-libvirt): cannot measure the anchor"
    exit 1
fi
anchor=$(/usr/bin/python3 "$bench_root/bench/api-loop.py" "$doc" 10)
score=$(jmh_score ApiLoopBench.defineGetXMLDescUndefine)
r=$(ratio "$score" "$anchor")
say "API loop define+getXMLDesc+undefine on test:///default"
say "  libvirt (python3-libvirt, in-process): $anchor cycles/s"
say "  jvirt   (org.jvirt.Connect, JMH):      $score cycles/s"
say "  ratio jvirt/libvirt: ${r}x (goal >= 4x)"
pass=no
ge "$r" 4 && pass=yes
summary "api define+xml+undefine (cycles/s)" "$score" "$anchor" "${r}x" ">= 4x" "$pass"
