#!/bin/sh
# Records the expected outputs of every src/test/resources/virsh/NAME.cmd from REAL virsh 9.0:
# NAME.out (stdout), NAME.err (stderr), NAME.rc (exit status). NAME.cmd holds one argument per line;
# the optional NAME.env holds VAR=value lines set for the run (e.g. EDITOR for edit). Files a case writes go
# to target/virsh-tmp/, emptied before every case; the working directory in absolute paths is stored as
# "$CWD/". Run from jvirt-cli/ (the .cmd files name fixtures relative to it). Same as
# -Djvirt.test.regenerate=true. With NAME arguments only those cases are recorded.
set -u
cd "$(dirname "$0")/../../.." || exit 1
if [ $# -gt 0 ]; then
    cases=$(for n in "$@"; do printf 'src/test/resources/virsh/%s.cmd\n' "$n"; done)
else
    cases=$(ls src/test/resources/virsh/*.cmd)
fi
for cmd in $cases; do
    base=${cmd%.cmd}
    set --
    while IFS= read -r line || [ -n "$line" ]; do set -- "$@" "$line"; done < "$cmd"
    rm -rf target/virsh-tmp && mkdir -p target/virsh-tmp
    (
        if [ -f "$base.env" ]; then
            while IFS= read -r kv || [ -n "$kv" ]; do export "$kv"; done < "$base.env"
        fi
        unset VIRSH_DEFAULT_CONNECT_URI LIBVIRT_DEFAULT_URI
        [ -f "$base.env" ] && grep -q '^VISUAL=' "$base.env" || unset VISUAL
        [ -f "$base.env" ] && grep -q '^EDITOR=' "$base.env" || unset EDITOR
        exec virsh "$@" > "$base.out" 2> "$base.err" < /dev/null
    )
    echo $? > "$base.rc"
    sed -i "s|$PWD/|\$CWD/|g" "$base.out" "$base.err"
done
