# shellcheck shell=bash
# Finds a JDK 25+ without starting a JVM on the usual paths: the JDK's own `release` file says its version.
# Order: $JAVA_HOME if it is 25+, then /usr/lib/jvm/temurin-25-jdk-amd64, then `java` on PATH if 25+.
# On success sets JVIRT_JAVA_HOME (and JVIRT_JAVA = its bin/java); on failure prints why to stderr.
# Sourced by bin/lib/jvirsh-setup.sh (bin/jvirsh's slow path) and bin/test; uses only bash builtins unless it has
# to ask a `java` on PATH.

JVIRT_JDK_MIN=25
JVIRT_JDK_DEFAULT=/usr/lib/jvm/temurin-25-jdk-amd64

# _jvirt_release_major HOME: REPLY = feature version from HOME/release (e.g. 25), status 0 if found.
_jvirt_release_major() {
    REPLY=
    local line v
    [[ -x $1/bin/java && -r $1/release ]] || return 1
    while IFS= read -r line || [[ -n $line ]]; do
        if [[ $line == JAVA_VERSION=* ]]; then
            v=${line#JAVA_VERSION=}
            v=${v//\"/}
            [[ $v == 1.* ]] && v=${v#1.}
            REPLY=${v%%[!0-9]*}
            break
        fi
    done <"$1/release"
    [[ -n $REPLY ]]
}

# _jvirt_ask_java JAVA: REPLY = "MAJOR HOME" by running it once (only for a java on PATH without release file).
_jvirt_ask_java() {
    REPLY=
    local out line major= home=
    out=$("$1" -XshowSettings:properties -version 2>&1) || return 1
    while IFS= read -r line; do
        line=${line#"${line%%[![:space:]]*}"}
        case $line in
            java.specification.version\ =\ *) major=${line#*= } ;;
            java.home\ =\ *) home=${line#*= } ;;
        esac
    done <<<"$out"
    [[ $major == 1.* ]] && major=${major#1.}
    [[ $major =~ ^[0-9]+$ && -n $home ]] || return 1
    REPLY="$major $home"
}

# jvirt_find_jdk [CACHE_FILE]: the cache file remembers the answer for the `java on PATH` case.
jvirt_find_jdk() {
    local cache=${1:-} j resolved key line
    JVIRT_JAVA_HOME=
    if [[ -n ${JAVA_HOME:-} ]] && _jvirt_release_major "$JAVA_HOME" && ((REPLY >= JVIRT_JDK_MIN)); then
        JVIRT_JAVA_HOME=$JAVA_HOME
    elif _jvirt_release_major "$JVIRT_JDK_DEFAULT" && ((REPLY >= JVIRT_JDK_MIN)); then
        JVIRT_JAVA_HOME=$JVIRT_JDK_DEFAULT
    elif j=$(type -P java); then
        key="java=$j"
        if [[ -n $cache && -r $cache ]]; then
            { IFS= read -r line && [[ $line == "$key" ]] && IFS= read -r JVIRT_JAVA_HOME; } <"$cache" || JVIRT_JAVA_HOME=
            [[ -n $JVIRT_JAVA_HOME && -x $JVIRT_JAVA_HOME/bin/java ]] || JVIRT_JAVA_HOME=
        fi
        if [[ -z $JVIRT_JAVA_HOME ]]; then
            resolved=$(readlink -f -- "$j" 2>/dev/null) || resolved=$j
            if _jvirt_release_major "${resolved%/bin/java}" && ((REPLY >= JVIRT_JDK_MIN)); then
                JVIRT_JAVA_HOME=${resolved%/bin/java}
            elif _jvirt_ask_java "$j" && ((${REPLY%% *} >= JVIRT_JDK_MIN)); then
                JVIRT_JAVA_HOME=${REPLY#* }
            fi
            if [[ -n $JVIRT_JAVA_HOME && -n $cache && -d ${cache%/*} ]]; then
                printf '%s\n%s\n' "$key" "$JVIRT_JAVA_HOME" >"$cache.$$" && mv -f -- "$cache.$$" "$cache" 2>/dev/null || true
            fi
        fi
    fi
    if [[ -z $JVIRT_JAVA_HOME ]]; then
        printf '%s\n' "${2:-jvirt} needs JDK $JVIRT_JDK_MIN or newer: set JAVA_HOME to a JDK $JVIRT_JDK_MIN+ or install Temurin 25 in $JVIRT_JDK_DEFAULT (checked: JAVA_HOME=${JAVA_HOME:-<unset>}, $JVIRT_JDK_DEFAULT, java on PATH${j:+ = $j})" >&2
        return 1
    fi
    JVIRT_JAVA=$JVIRT_JAVA_HOME/bin/java
}
