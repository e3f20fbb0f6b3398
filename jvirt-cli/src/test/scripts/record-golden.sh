#!/bin/sh
# Records the expected outputs of every src/test/resources/virsh/NAME.cmd from REAL virsh 9.0:
# NAME.out (stdout), NAME.err (stderr), NAME.rc (exit status). NAME.cmd holds one argument per line.
# Run from jvirt-cli/ (the .cmd files name fixtures relative to it). Same as -Djvirt.test.regenerate=true.
set -u
cd "$(dirname "$0")/../../.." || exit 1
for cmd in src/test/resources/virsh/*.cmd; do
    base=${cmd%.cmd}
    set --
    while IFS= read -r line || [ -n "$line" ]; do set -- "$@" "$line"; done < "$cmd"
    env -u VIRSH_DEFAULT_CONNECT_URI -u LIBVIRT_DEFAULT_URI virsh "$@" > "$base.out" 2> "$base.err" < /dev/null
    echo $? > "$base.rc"
done
