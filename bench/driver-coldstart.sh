#!/usr/bin/env bash
# Cold start of the driver path alone (no CLI): org.jvirt.driver.test.ColdStartProbe (jvirt-driver-test test
# sources) opens test:///default (or $1), lists every domain, prints and exits, in a fresh JVM with bin/jvirsh's
# flags. Reports the classes loaded and the in-process checkpoints (open / list) with and without an AOT cache
# trained on the probe, and the wall time of both next to `virsh -c test:///default list`.
# Needs `mvn -DskipTests install` of jvirt-api, -conf, -core, -driver-test and their test classes (test-compile).
set -euo pipefail
. "${BASH_SOURCE[0]%/*}/lib.sh"
uri=${1:-test:///default}
runs=${RUNS:-20}
tmp=$(mktemp -d)
trap 'rm -rf -- "$tmp"' EXIT
java=$JAVA_HOME/bin/java
for m in jvirt-api jvirt-conf jvirt-core jvirt-driver-test; do
    "$JAVA_HOME/bin/jar" cf "$tmp/$m.jar" -C "$bench_root/$m/target/classes" .
done
probe=$bench_root/jvirt-driver-test/target/test-classes/org/jvirt/driver/test/ColdStartProbe.class
[[ -f $probe ]] || { warn "no ColdStartProbe.class: run mvn -o -q test-compile -pl jvirt-driver-test"; exit 1; }
"$JAVA_HOME/bin/jar" cf "$tmp/probe.jar" -C "$bench_root/jvirt-driver-test/target/test-classes" \
    org/jvirt/driver/test/ColdStartProbe.class
cp=$tmp/jvirt-api.jar:$tmp/jvirt-conf.jar:$tmp/jvirt-core.jar:$tmp/jvirt-driver-test.jar:$tmp/probe.jar
opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss1m -Xms16m -XX:-UsePerfData)
main=org.jvirt.driver.test.ColdStartProbe
"$java" "${opts[@]}" -XX:AOTCacheOutput="$tmp/probe.aot" -Xlog:aot=off -Xlog:cds=off -cp "$cp" $main "$uri" >/dev/null 2>&1
aot=(-XX:AOTCache="$tmp/probe.aot" -Xlog:aot=off -Xlog:cds=off)
say "classes loaded: $("$java" "${opts[@]}" -verbose:class -cp "$cp" $main "$uri" | grep -c 'class,load') (no AOT)," \
    "$("$java" "${opts[@]}" "${aot[@]}" -verbose:class -cp "$cp" $main "$uri" | grep -c 'class,load') (AOT)"
for mode in none aot; do
    extra=()
    [[ $mode == aot ]] && extra=("${aot[@]}")
    # median of 7 runs of the in-process checkpoints
    line=$(for i in 1 2 3 4 5 6 7; do
        "$java" "${opts[@]}" "${extra[@]}" -Djvirt.probe.times=true -cp "$cp" $main "$uri" 2>&1 >/dev/null | grep '^open'
    done | sort -t' ' -k2 -n | sed -n 4p)
    say "in-process ($mode): $line"
done
if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N --style basic --warmup 3 --runs "$runs" \
        -n "probe (no AOT)" "$java ${opts[*]} -cp $cp $main $uri" \
        -n "probe (AOT)" "$java ${opts[*]} ${aot[*]} -cp $cp $main $uri" \
        -n "virsh" "virsh -c $uri list" 2>&1 | grep -E 'Time|^Benchmark'
fi
