#!/usr/bin/env bash
# Runs every benchmark (startup, scale, xml, api) and prints a summary table; anchors are measured in the same run.
set -euo pipefail
here=${BASH_SOURCE[0]%/*}
. "$here/lib.sh"
ensure_built
BENCH_SUMMARY=$(mktemp)
export BENCH_SUMMARY
trap 'rm -f -- "$BENCH_SUMMARY"' EXIT
status=0
for b in startup scale xml api rpc qemu-create; do
    say "=== $b ==="
    if ! bash "$here/$b.sh"; then
        warn "$b.sh failed"
        printf '%s|failed|||||no\n' "$b" >>"$BENCH_SUMMARY"
        status=1
    fi
    say
done
say "=== summary (anchor = real libvirt 9.0, measured in this run) ==="
{
    printf 'benchmark|jvirt|libvirt anchor|ratio|goal|met\n'
    cat "$BENCH_SUMMARY"
} | awk -F'|' '
    { for (i = 1; i <= NF; i++) { c[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } if (NF > nf) nf = NF }
    END { for (r = 1; r <= NR; r++) { line = ""; for (i = 1; i <= nf; i++) line = line sprintf("%-" w[i] "s  ", c[r, i]); print line } }'
exit "$status"
