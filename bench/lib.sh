# shellcheck shell=bash
# Shared by the bench/*.sh scripts: project root, JDK 25, build-if-needed, ratios and the summary file.

bench_root=$(cd -- "${BASH_SOURCE[0]%/*}/.." && pwd -P)
# shellcheck source=../bin/lib/jdk.sh
. "$bench_root/bin/lib/jdk.sh"
jvirt_find_jdk "" bench || exit 1
export JAVA_HOME=$JVIRT_JAVA_HOME

say() { printf '%s\n' "$*"; }
warn() { printf 'bench: %s\n' "$*" >&2; }

# need CMD PACKAGE: the command must exist; as root on Debian install PACKAGE once, else explain and fail.
need() {
    command -v "$1" >/dev/null 2>&1 && return 0
    if ((EUID == 0)) && command -v apt-get >/dev/null 2>&1; then
        warn "installing $2 for $1"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$2" </dev/null >&2 ||
            { apt-get update -q </dev/null >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$2" </dev/null >&2; } || true
    fi
    command -v "$1" >/dev/null 2>&1 && return 0
    warn "$1 is missing (Debian package $2): cannot measure the anchor"
    return 1
}

# ensure_built: the CLI and bench jars exist (same quiet build as bin/jvirsh's first use).
ensure_built() {
    if [[ ! -f $bench_root/jvirt-cli/target/jvirt-cli.jar || ! -d $bench_root/jvirt-cli/target/lib ||
        ! -f $bench_root/jvirt-bench/target/jvirt-bench.jar || ! -d $bench_root/jvirt-bench/target/lib ]]; then
        warn "building (mvn -q -DskipTests install)"
        (cd "$bench_root" && mvn -q -B -Dstyle.color=never -DskipTests install </dev/null >&2)
    fi
}

# ratio A B: A/B with two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "inf"; else printf "%.2f", a / b }'; }

# ge A B: status 0 when A >= B (floating point).
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }'; }

# summary NAME JVIRT ANCHOR RATIO GOAL PASS: one row for bench/run-all.sh (when BENCH_SUMMARY names a file).
summary() {
    [[ -n ${BENCH_SUMMARY:-} ]] || return 0
    printf '%s|%s|%s|%s|%s|%s\n' "$@" >>"$BENCH_SUMMARY"
}

# jmh CLASS.METHOD: runs one JMH benchmark on JDK 25 and prints its score (ops/s).
jmh_score() {
    local json extra=()
    [[ -n ${JMH_ARGS:-} ]] && read -r -a extra <<<"$JMH_ARGS"
    json=$(mktemp)
    "$JVIRT_JAVA" -cp "$bench_root/jvirt-bench/target/jvirt-bench.jar:$bench_root/jvirt-bench/target/lib/*" \
        org.openjdk.jmh.Main "^org\\.jvirt\\.bench\\.$1\$" -rf json -rff "$json" "${extra[@]}" >&2
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("%.1f" % r[0]["primaryMetric"]["score"])' "$json"
    rm -f -- "$json"
}

# setup_cli_bench: for the benchmarks that run bin/jvirsh against virsh: built jars, virsh present,
# $jvirsh set, and $tmp a scratch directory removed on exit.
setup_cli_bench() {
    ensure_built
    need virsh libvirt-clients
    jvirsh=$bench_root/bin/jvirsh
    tmp=$(mktemp -d)
    trap 'rm -rf -- "$tmp"' EXIT
}
