#!/usr/bin/env bash
# Scale benchmark (issue section 7): a node file with DOMAINS (default 10,000) domains in libvirt's test-driver
# format; `list --all` through real virsh and through bin/jvirsh in this run. Checks the outputs are identical,
# prints both times (best of RUNS, default 3) and the speed-up (goal: jvirsh >= 4x faster), and jvirsh's heap:
# used at exit and the peak seen by the GC (-Xlog:gc), and the process's peak RSS.
set -euo pipefail
. "${BASH_SOURCE[0]%/*}/lib.sh"
setup_cli_bench
domains=${DOMAINS:-10000}
runs=${RUNS:-3}
node=$tmp/node-$domains.xml
python3 "$bench_root/bench/gen-node.py" "$domains" "$node"
uri=test://$node

# best_ms OUT CMD...: best wall time of $runs runs in ms; the last run's stdout goes to OUT.
best_ms() {
    local out=$1 i t0 t1 best=
    shift
    for ((i = 0; i < runs; i++)); do
        t0=$EPOCHREALTIME
        "$@" >"$out" 2>"$out.err" </dev/null || { warn "failed: $* ($(head -c 300 "$out.err"))"; return 1; }
        t1=$EPOCHREALTIME
        best=$(awk -v b="$best" -v a="$t0" -v c="$t1" 'BEGIN { v = (c - a) * 1000; if (b == "" || v < b) b = v; printf "%.0f", b }')
    done
    echo "$best"
}

"$jvirsh" -c test:///default list >/dev/null 2>&1 || true # trains the AOT cache if the jars changed
virsh_ms=$(best_ms "$tmp/virsh.out" virsh -c "$uri" list --all)
jvirsh_ms=$(best_ms "$tmp/jvirsh.out" "$jvirsh" -c "$uri" list --all)
same=yes
if ! cmp -s "$tmp/virsh.out" "$tmp/jvirsh.out"; then
    same=no
    warn "outputs differ (virsh < > jvirsh), first lines:"
    diff "$tmp/virsh.out" "$tmp/jvirsh.out" | head -20 >&2 || true
fi
speedup=$(ratio "$virsh_ms" "$jvirsh_ms")

# Heap: one more run with GC logging (heap at exit and before each collection) and GNU time for RSS.
JVIRSH_JAVA_OPTS="-Xlog:gc*:file=$tmp/gc.log -Xlog:gc+heap+exit=info:file=$tmp/gc.log ${JVIRSH_JAVA_OPTS:-}" \
    /usr/bin/time -f '%M' -o "$tmp/rss" "$jvirsh" -c "$uri" list --all >/dev/null 2>&1 </dev/null || true
read -r heap_exit heap_peak < <(python3 - "$tmp/gc.log" <<'PY'
import re, sys
text = open(sys.argv[1]).read() if sys.argv[1] else ""
peak = 0
for m in re.finditer(r"(\d+)([KMG])->(\d+)[KMG]\(", text):
    v = int(m.group(1)) * {"K": 1 / 1024, "M": 1, "G": 1024}[m.group(2)]
    peak = max(peak, v)
used = 0.0
for m in re.finditer(r"gc,exit\s*\]\s+(?!eden|from|to\b|the\b)\w+\s+total \d+K, used (\d+)K", text):
    used += int(m.group(1)) / 1024
peak = max(peak, used)
print("%.1f %.1f" % (used, peak))
PY
) || { heap_exit=?; heap_peak=?; }
rss=$(awk '{ printf "%.1f", $1 / 1024 }' "$tmp/rss" 2>/dev/null || echo '?')

say "Scale: list --all on a $domains-domain node file (best of $runs)"
say "  virsh:  $virsh_ms ms"
say "  jvirsh: $jvirsh_ms ms"
say "  speed-up virsh/jvirsh: ${speedup}x (goal >= 4x); outputs identical: $same ($(wc -l <"$tmp/virsh.out") lines)"
say "  jvirsh heap: ${heap_exit} MB used at exit, ${heap_peak} MB peak before GC; peak RSS ${rss} MB"
pass=no
[[ $same == yes ]] && ge "$speedup" 4 && pass=yes
summary "scale list --all $domains (ms)" "$jvirsh_ms" "$virsh_ms" "${speedup}x faster" ">= 4x, same output" "$pass"
