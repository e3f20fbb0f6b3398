#!/usr/bin/env bash
# bin/lib/test-guest.sh: the tiny bootable guest the QEMU tests and benchmarks run (issue 3, "Test guest").
#
# Prints ONE line on stdout: a directory holding
#   vmlinuz      the kernel of Debian's linux-image-amd64 (or /boot's, with its /lib/modules, when present)
#   initrd.img   busybox-static + a few kernel modules, packed with cpio (newc, uncompressed: TCG unpacks it fast)
#   cmdline      the kernel command line to pass (serial console on ttyS0)
#   marker       the line the guest prints on the serial console once it is ready: JVIRT-GUEST-READY
# The guest powers off (poweroff -f) when the ACPI power button is pressed (QMP system_powerdown); it loads
# button+evdev for that. Kernel parameter jvirt.ip=ADDR/PREFIX configures eth0 (virtio-net or e1000);
# jvirt.dhcp asks DHCP for eth0's address and prints JVIRT-DHCP-OK ADDR/PREFIX (or JVIRT-DHCP-FAIL);
# jvirt.ping=ADDR pings ADDR in the background for up to ~90 s and prints JVIRT-PING-OK ADDR or JVIRT-PING-FAIL ADDR.
# A shell runs on the console after the marker, for console tests.
#
# Built once per (kernel version, busybox version, this script) under the cache root, so reruns cost nothing;
# the package versions are looked up again (apt-cache, ~1 s) only once a day:
#   JVIRT_TEST_GUEST_CACHE    cache root (default ${XDG_CACHE_HOME:-$HOME/.cache}/jvirt/test-guest)
#   JVIRT_TEST_GUEST_RECHECK  seconds a resolved build is trusted without asking apt (default 86400)
# As root, missing busybox-static/cpio are installed with apt-get; otherwise they are downloaded and unpacked
# (apt-get download + dpkg -x), like the kernel. Logs go to stderr. Exit status 0 only with a checked guest.
set -euo pipefail

log() { printf 'test-guest: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

marker=JVIRT-GUEST-READY
# button+evdev make the power button an input device; the rest are for later tests (NICs, disks, balloon).
required_modules=(button evdev)
optional_modules=(virtio_pci virtio_net e1000 virtio_blk virtio_balloon)

cache_root=${JVIRT_TEST_GUEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/jvirt/test-guest}
rebuild=0
[[ ${1:-} == --rebuild ]] && rebuild=1
mkdir -p -- "$cache_root"
self_hash=$(sha256sum -- "${BASH_SOURCE[0]}" | cut -c1-12)

# Fast path: the build this script resolved recently (the file names it; its mtime is the time of the lookup).
current=$cache_root/current-$self_hash
if ((!rebuild)) && [[ -f $current ]] &&
    (($(date +%s) - $(stat -c %Y -- "$current") < ${JVIRT_TEST_GUEST_RECHECK:-86400})); then
    read -r out <"$current" || out=
    if [[ -n $out && -s $out/vmlinuz && -s $out/initrd.img ]]; then
        printf '%s\n' "$out"
        exit 0
    fi
fi

work=$(mktemp -d "$cache_root/.build.XXXXXX")
trap 'rm -rf -- "$work"' EXIT

installed_version() {
    [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]] && dpkg-query -W -f='${Version}' "$1"
}
candidate_version() { apt-cache show --no-all-versions "$1" 2>/dev/null | sed -n 's/^Version: //p' | head -n 1; }

# fetch_deb PKG DIR: downloads PKG's candidate .deb and unpacks it into DIR.
fetch_deb() {
    (cd -- "$work" && apt-get download -q "$1" </dev/null >&2) || die "apt-get download $1 failed (network or apt lists?)"
    dpkg -x "$work/$1"_*.deb "$2"
}

# tool CMD PKG: path of CMD, installing PKG as root or unpacking it into the work dir otherwise.
tool() {
    local p
    if p=$(type -P "$1"); then printf '%s\n' "$p"; return; fi
    if ((EUID == 0)); then
        log "installing $2"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$2" </dev/null >&2 ||
            { apt-get update -q </dev/null >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$2" </dev/null >&2; } || true
        if p=$(type -P "$1"); then printf '%s\n' "$p"; return; fi
    fi
    fetch_deb "$2" "$work/$2"
    for p in "$work/$2"/{bin,usr/bin,sbin}/"$1"; do [[ -x $p ]] && { printf '%s\n' "$p"; return; }; done
    die "no $1 in package $2"
}

# --- which kernel: /boot's newest Debian kernel with its modules, else the linux-image-amd64 package ----------
kernel_src= kver= kkey=
for f in $(ls -1 /boot/vmlinuz-* 2>/dev/null | sort -V -r); do
    v=${f#/boot/vmlinuz-}
    if [[ -r $f && -d /lib/modules/$v/kernel ]]; then
        kernel_src=/ kver=$v kkey="boot-$v-$(stat -c %s-%Y -- "$f")"
        break
    fi
done
if [[ -z $kernel_src ]]; then
    kpkg=$(apt-cache depends linux-image-amd64 2>/dev/null | sed -n 's/^ *Depends: \(linux-image-[^ ]*\)$/\1/p' | head -n 1)
    if [[ -z $kpkg && $EUID == 0 ]]; then
        apt-get update -q </dev/null >&2 || true
        kpkg=$(apt-cache depends linux-image-amd64 2>/dev/null | sed -n 's/^ *Depends: \(linux-image-[^ ]*\)$/\1/p' | head -n 1)
    fi
    if [[ -n $kpkg ]]; then
        kver=${kpkg#linux-image-} kkey="$kpkg-$(candidate_version "$kpkg")"
    fi
fi

bbver=$(installed_version busybox-static || candidate_version busybox-static)
if [[ -z $kkey || -z $bbver ]]; then
    # Offline and nothing to resolve versions with: the newest earlier build is as good as any.
    last=$(ls -1dt "$cache_root"/*/ 2>/dev/null | head -n 1)
    [[ -n $last && -s $last/vmlinuz && -s $last/initrd.img ]] || die "cannot resolve linux-image-amd64/busybox-static versions (no apt lists?) and nothing cached"
    log "package versions unknown; using the cached guest ${last%/}"
    printf '%s\n' "${last%/}"
    exit 0
fi
key=$(printf '%s_busybox-%s_%s' "$kkey" "$bbver" "$self_hash" | tr -c 'A-Za-z0-9._+\n-' '_')
out=$cache_root/$key
if ((!rebuild)) && [[ -s $out/vmlinuz && -s $out/initrd.img ]]; then
    printf '%s\n' "$out" >"$current"
    printf '%s\n' "$out"
    exit 0
fi

log "building $key"
# --- kernel + modules ----------------------------------------------------------------------------------------
if [[ -z $kernel_src ]]; then
    fetch_deb "$kpkg" "$work/kernel"
    kernel_src=$work/kernel
fi
moddir=$kernel_src/lib/modules/$kver
[[ -d $moddir/kernel ]] || die "no modules in $moddir"

# module_file NAME: the .ko of NAME (file names may spell '_' as '-').
module_file() {
    find "$moddir/kernel" \( -name "$1.ko*" -o -name "${1//_/-}.ko*" \) -print -quit
}
# module_depends FILE: its depends= list from the .modinfo strings (what modinfo -F depends prints).
module_depends() {
    local f=$1
    case $f in
        *.ko.xz) xz -dc -- "$f" ;; *.ko.zst) zstd -dc -- "$f" ;; *.ko.gz) gzip -dc -- "$f" ;; *) cat -- "$f" ;;
    esac | tr '\0' '\n' | sed -n 's/^depends=//p' | head -n 1 | tr ',' ' '
}
declare -A seen=()
order=()
# add_module NAME: NAME after its dependencies (post-order), once; status 1 when NAME is built in or absent.
add_module() {
    local m=$1 f d
    [[ -n ${seen[$m]:-} ]] && return 0
    f=$(module_file "$m")
    [[ -n $f ]] || return 1
    seen[$m]=1
    for d in $(module_depends "$f"); do add_module "$d" || die "module $m needs $d, which is missing"; done
    mkdir -p "$work/root/lib/modules"
    case $f in
        *.ko.xz) xz -dc -- "$f" ;; *.ko.zst) zstd -dc -- "$f" ;; *.ko.gz) gzip -dc -- "$f" ;; *) cat -- "$f" ;;
    esac >"$work/root/lib/modules/$m.ko"
    order+=("$m")
}
builtin_module() { grep -q "/${1//_/[_-]}\.ko" "$moddir/modules.builtin" 2>/dev/null; }
for m in "${required_modules[@]}"; do
    add_module "$m" || builtin_module "$m" || die "module $m is neither a module nor built into kernel $kver"
done
for m in "${optional_modules[@]}"; do add_module "$m" || true; done

# --- busybox + init ------------------------------------------------------------------------------------------
if bb_installed=$(installed_version busybox-static) && [[ -x /bin/busybox ]]; then
    busybox=/bin/busybox
elif ((EUID == 0)) && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends busybox-static </dev/null >&2; then
    busybox=/bin/busybox
else
    fetch_deb busybox-static "$work/busybox"
    busybox=$work/busybox/bin/busybox
fi
[[ -x $busybox ]] || die "no busybox binary"
cpio=$(tool cpio cpio)

root=$work/root
mkdir -p "$root"/{bin,dev,proc,sys,tmp,etc,root}
cp -- "$busybox" "$root/bin/busybox"
ln -s busybox "$root/bin/sh"
printf '%s\n' "${order[@]}" >"$root/etc/modules"
cat >"$root/init" <<'INIT'
#!/bin/sh
# init of the jvirt test guest (generated by bin/lib/test-guest.sh): mount, load modules, arm the ACPI power
# button, print the marker on the console, then keep a shell on the console.
/bin/busybox --install -s /bin
export PATH=/bin HOME=/root
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
exec </dev/console >/dev/console 2>&1
while read -r m; do insmod "/lib/modules/$m.ko" || echo "jvirt-guest: cannot load $m"; done </etc/modules
armed=0
for d in /sys/class/input/event*; do
    [ "$(cat "$d/device/name" 2>/dev/null)" = "Power Button" ] || continue
    ev=/dev/input/${d##*/}
    i=0
    while [ ! -c "$ev" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
    # The power button device reports only that key: the first byte of any event means "pressed".
    (head -c 1 "$ev" >/dev/null && echo "jvirt-guest: power button pressed" && poweroff -f) &
    armed=1
done
[ $armed = 1 ] || echo "jvirt-guest: no ACPI power button found"
ip link set lo up
ping_to=
for arg in $(cat /proc/cmdline); do
    case $arg in
        jvirt.ip=*) ip addr add "${arg#jvirt.ip=}" dev eth0 && ip link set eth0 up ;;
        jvirt.dhcp)
            # SLIRP (or any DHCP server): the lease's address on eth0, a marker either way
            ip link set eth0 up
            if udhcpc -i eth0 -n -q -t 10 -T 1 -s /etc/udhcpc.script >/dev/null 2>&1; then
                echo "JVIRT-DHCP-OK $(ip -o -4 addr show dev eth0 | sed -n 's/.* inet \([^ ]*\).*/\1/p')"
            else
                echo "JVIRT-DHCP-FAIL"
            fi ;;
        jvirt.ping=*) ping_to=${arg#jvirt.ping=} ;;
    esac
done
if [ -n "$ping_to" ]; then
    # in the background: the peer may still be booting; up to ~90 one-second tries
    (i=0; while [ $i -lt 90 ]; do
        ping -c 1 -W 1 "$ping_to" >/dev/null 2>&1 && { echo "JVIRT-PING-OK $ping_to"; exit 0; }
        i=$((i + 1)); sleep 1
    done; echo "JVIRT-PING-FAIL $ping_to") &
fi
INIT
printf 'echo %s\n' "$marker" >>"$root/init"
cat >>"$root/init" <<'INIT'
# A session leader with the console as its controlling tty, so the shell has job control (Ctrl-C works).
while :; do setsid cttyhack sh; sleep 1; done
INIT
chmod 755 "$root/init"
# udhcpc's hook: on a lease, put the address (and default route) on the interface
cat >"$root/etc/udhcpc.script" <<'DHCP'
#!/bin/sh
case $1 in
    bound | renew)
        ip addr flush dev "$interface"
        ip addr add "$ip/${mask:-24}" dev "$interface"
        [ -n "$router" ] && ip route add default via "${router%% *}" dev "$interface"
        ;;
esac
exit 0
DHCP
chmod 755 "$root/etc/udhcpc.script"

(cd -- "$root" && find . -mindepth 1 | LC_ALL=C sort | "$cpio" --quiet -o -H newc -R 0:0) >"$work/initrd.img"
cp -- "$kernel_src/boot/vmlinuz-$kver" "$work/vmlinuz"
printf 'console=ttyS0 quiet panic=-1\n' >"$work/cmdline"
printf '%s\n' "$marker" >"$work/marker"

# --- check what was built ------------------------------------------------------------------------------------
(($(stat -c %s -- "$work/vmlinuz") > 1000000)) || die "vmlinuz is suspiciously small"
listing=$("$cpio" --quiet -t <"$work/initrd.img")
for f in init bin/busybox "${order[@]/#/lib/modules/}"; do
    [[ $f == lib/modules/* ]] && f=$f.ko
    grep -qx -- "$f" <<<"$listing" || die "initrd lacks $f"
done
[[ -s $root/bin/busybox ]] && "$root/bin/busybox" true || die "busybox does not run"

mkdir -p -- "$out.tmp.$$"
mv -- "$work/vmlinuz" "$work/initrd.img" "$work/cmdline" "$work/marker" "$out.tmp.$$/"
rm -rf -- "$out"
# Two builders racing: the first rename wins, the other's copy is dropped (both are equal).
mv -T -- "$out.tmp.$$" "$out" 2>/dev/null || rm -rf -- "$out.tmp.$$"
printf '%s\n' "$out" >"$current"
# Builds from older versions of this script or of the packages: gone after a week unused.
find "$cache_root" -mindepth 1 -maxdepth 1 -mtime +7 ! -name "${out##*/}" ! -name "${current##*/}" -exec rm -rf -- {} + 2>/dev/null || true
log "built $out ($(stat -c %s -- "$out/initrd.img") bytes initrd, modules: ${order[*]})"
printf '%s\n' "$out"
