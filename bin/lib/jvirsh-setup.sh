#!/usr/bin/env bash
# bin/jvirsh's slow path, run when its record (jvirt-cli/target/jvirsh/launch) is missing or stale: picks JDK 25,
# builds the project on first use, (re)trains the AOT cache, records the java command for bin/jvirsh's fast path,
# then runs org.jvirt.virsh.Main with every argument unchanged.
#
# The AOT cache (JDK 25, JEP 483/514/515) lives in jvirt-cli/target/jvirsh/jvirsh.aot and is made by a short
# training run (org.jvirt.virsh.AotTraining) whenever a jar, the JDK or the JVM options changed (or `mvn clean`
# removed it). With it go the arguments a run adds (jvirsh.aot.args), among them the driver providers on the class
# path as -Djvirt.drivers, so that runs do not open every jar looking for META-INF/services files.
set -euo pipefail

root=$(cd -P -- "${BASH_SOURCE[0]%/*}/../.." && pwd)
target=$root/jvirt-cli/target
jar=$target/jvirt-cli.jar
state=$target/jvirsh

# shellcheck source=jdk.sh
. "$root/bin/lib/jdk.sh"
jvirt_find_jdk "$state/java-home" jvirsh || exit 1

build() {
    local mvn
    if ! mvn=$(type -P mvn); then
        echo "jvirsh: the project is not built and Maven (mvn) is not on PATH; install maven and run: mvn -DskipTests install" >&2
        exit 1
    fi
    echo "jvirsh: first use: building jvirt with Maven (mvn -q -DskipTests install), this takes a minute..." >&2
    if ! (cd "$root" && JAVA_HOME=$JVIRT_JAVA_HOME "$mvn" -q -B -Dstyle.color=never -DskipTests install </dev/null 1>&2); then
        echo "jvirsh: the build failed (see above)" >&2
        exit 1
    fi
    echo "jvirsh: build done" >&2
}

if [[ ! -f $jar || ! -d $target/lib ]]; then
    build
fi

# The classpath, in a fixed order (the AOT cache only applies to the exact classpath it was trained with); the
# same order as bin/jvirsh's glob, which compares it with the record.
cp=$jar
for f in "$target"/lib/*.jar; do
    [[ -e $f ]] && cp+=:$f
done

# Startup flags (bench/startup.sh measured each): C1 only and the serial GC start fastest for a short CLI
# run; a small initial heap avoids touching memory the shell never needs; no hsperfdata file.
opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss1m -Xms16m -XX:-UsePerfData --enable-native-access=ALL-UNNAMED)
if [[ -n ${JVIRSH_JAVA_OPTS:-} ]]; then
    read -r -a extra <<<"$JVIRSH_JAVA_OPTS"
    opts+=("${extra[@]}")
fi

aot=$state/jvirsh.aot
key="$JVIRT_JAVA_HOME|$cp|${opts[*]}"

# aot_fresh [FILE]: FILE (default: the cache, with its run arguments) exists, was made for this classpath, JDK and
# options, and is newer than every jar. With $aot.failed it says a training run already failed for these jars:
# do not retry every run.
aot_fresh() {
    local file=${1:-$aot} f line
    [[ -f $file && -f $file.key ]] || return 1
    [[ $file != "$aot" || -f $aot.args ]] || return 1
    { IFS= read -r line <"$file.key"; } 2>/dev/null || return 1
    [[ $line == "$key" ]] || return 1
    [[ $file -nt $jar ]] || return 1
    for f in "$target"/lib/*.jar; do
        [[ $file -nt $f ]] || return 1
    done
    [[ $file -nt $JVIRT_JAVA ]]
}

# aot_train: the driver list (org.jvirt.virsh.DriverList, a run of its own so that the class-path scan stays out of
# the cache), one training run with it, then a run that must use the new cache and that picks the arguments runs
# add with it ($aot.args, one per line). Written atomically: the cache, its key and its arguments.
#
# Those arguments: the cache (auto mode: a cache the JVM cannot map is ignored silently rather than failing the
# command); the driver list; and no replay of the training's compilations (-XX:-AOTReplayTraining, a diagnostic
# flag, so dropped if this JVM refuses it): replay compiled about 25 methods at every start, which cost a
# one-shot `list` 2 ms of wall time and 4 ms of CPU in bench/startup.sh.
aot_train() {
    local tmp=$aot.tmp.$$ drivers= tuned args
    mkdir -p -- "$state" 2>/dev/null || return 0
    rm -f -- "$tmp" "$tmp.drivers"
    if "$JVIRT_JAVA" "${opts[@]}" -Xlog:disable -Xlog:all=off -cp "$cp" org.jvirt.virsh.DriverList "$tmp.drivers" \
        </dev/null >/dev/null 2>&1; then
        IFS= read -r drivers <"$tmp.drivers" || drivers=
    fi
    rm -f -- "$tmp.drivers"
    "$JVIRT_JAVA" "${opts[@]}" -Xlog:disable -Xlog:all=off -XX:AOTCacheOutput="$tmp" "-Djvirt.drivers=$drivers" \
        -cp "$cp" org.jvirt.virsh.AotTraining </dev/null >/dev/null 2>&1 || true
    for tuned in 1 0; do
        args=(-XX:AOTCache="$aot" -Xlog:aot=off -Xlog:cds=off)
        [[ -n $drivers ]] && args+=("-Djvirt.drivers=$drivers")
        ((tuned)) && args+=(-XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining)
        if "$JVIRT_JAVA" "${opts[@]}" "${args[@]}" -XX:AOTCache="$tmp" -XX:AOTMode=on -Xlog:disable -Xlog:all=off \
            -cp "$cp" org.jvirt.virsh.Main -c test:///default list --all >/dev/null 2>&1 </dev/null; then
            if [[ -s $tmp ]]; then
                printf '%s\n' "$key" >"$tmp.key"
                printf '%s\n' "${args[@]}" >"$tmp.args"
                mv -f -- "$tmp.args" "$aot.args"
                mv -f -- "$tmp.key" "$aot.key"
                mv -f -- "$tmp" "$aot"
            fi
            rm -f -- "$tmp" "$tmp.key" "$tmp.args"
            return 0
        fi
    done
    rm -f -- "$tmp"
    printf '%s\n' "$key" >"$aot.failed.key" && : >"$aot.failed"
}

run=("$JVIRT_JAVA" "${opts[@]}")
used_aot=
if [[ ${JVIRSH_AOT:-1} != 0 ]]; then
    if ! aot_fresh && ! aot_fresh "$aot.failed"; then
        aot_train
    fi
    if aot_fresh; then
        mapfile -t args <"$aot.args"
        run+=("${args[@]}")
        used_aot=$aot
    fi
fi
run+=(-cp "$cp" org.jvirt.virsh.Main)

# sh_quote WORD: WORD in single quotes for POSIX sh.
sh_quote() {
    local q="'\\''"
    printf "'%s'" "${1//\'/$q}"
}

# record: the chosen command for bin/jvirsh's fast path, written atomically. Not when the JDK came from `java`
# on PATH: the fast path does not search PATH, so that choice is made here on every run.
record() {
    local probe= tmp=$state/launch.$$ w
    if [[ $JVIRT_JAVA_HOME != "${JAVA_HOME:-}" && $JVIRT_JAVA_HOME != "$JVIRT_JDK_DEFAULT" ]]; then
        rm -f -- "$state/launch"
        return 0
    fi
    if [[ -n ${JAVA_HOME:-} && $JAVA_HOME != "$JVIRT_JAVA_HOME" ]]; then
        probe=$JAVA_HOME/release
    fi
    mkdir -p -- "$state" 2>/dev/null || return 0
    {
        printf '# written by bin/lib/jvirsh-setup.sh for bin/jvirsh; rewritten whenever it is stale\n'
        printf 'jv_root=%s\n' "$(sh_quote "$root")"
        printf 'jv_env=%s\n' "$(sh_quote "${JAVA_HOME-}|${JVIRSH_JAVA_OPTS-}|${JVIRSH_AOT-}")"
        printf 'jv_cp=%s\n' "$(sh_quote "$cp")"
        printf 'jv_java=%s\n' "$(sh_quote "$JVIRT_JAVA")"
        printf 'jv_aot=%s\n' "$(sh_quote "$used_aot")"
        printf 'jv_probe=%s\n' "$(sh_quote "$probe")"
        printf 'jv_run() {\n    exec'
        for w in "${run[@]}"; do
            printf ' %s' "$(sh_quote "$w")"
        done
        printf ' "$@"\n}\n'
    } >"$tmp" 2>/dev/null && mv -f -- "$tmp" "$state/launch" 2>/dev/null || rm -f -- "$tmp"
}
record

exec "${run[@]}" "$@"
