#!/usr/bin/env python3
"""Records the command table from real virsh 9.0: per command its group and the verbatim `virsh help CMD`
text. jvirsh derives both its help output and its option specs from it, so the table stays data. It is
written as Java constants (CommandData.java) rather than a resource file so that a one-shot jvirsh reads
nothing from its jars. Run from jvirt-cli/: python3 src/test/scripts/gen-commands.py"""
import subprocess

OUT = "src/main/java/org/jvirt/virsh/vsh/CommandData.java"

COMMANDS = """
attach-device autostart console create define desc destroy detach-device domdisplay domhostname domid
domname domuuid dump dumpxml edit managedsave managedsave-remove reboot reset restore resume save schedinfo
setmaxmem setmem setvcpus shutdown start suspend undefine vcpucount vcpuinfo vcpupin
domblklist domblkstat domiflist domifstat dominfo dommemstat domstate list
domif-getlink domjobinfo ttyconsole vncdisplay event domtime domblkinfo domcontrol domblkerror
capabilities freecell hostname maxvcpus nodecpumap nodecpustats nodeinfo nodememstats sysinfo uri version
net-autostart net-create net-define net-destroy net-dumpxml net-edit net-info net-list net-name net-start
net-undefine net-uuid net-update
save-image-dumpxml save-image-define save-image-edit managedsave-dumpxml managedsave-define managedsave-edit
freepages allocpages node-memory-tune nodesuspend nodesevinfo cpu-models cpu-compare hypervisor-cpu-compare
hypervisor-cpu-baseline domxml-from-native domxml-to-native
net-dhcp-leases net-port-list net-port-create net-port-dumpxml net-port-delete
secret-define secret-dumpxml secret-get-value secret-set-value secret-undefine secret-list secret-event
nwfilter-define nwfilter-dumpxml nwfilter-edit nwfilter-list nwfilter-undefine nwfilter-binding-create
nwfilter-binding-delete nwfilter-binding-dumpxml nwfilter-binding-list
cd echo exit help pwd quit connect
snapshot-create snapshot-create-as snapshot-current snapshot-delete snapshot-dumpxml snapshot-edit
snapshot-info snapshot-list snapshot-parent snapshot-revert
pool-autostart pool-build pool-create pool-define pool-delete pool-destroy pool-dumpxml pool-info pool-list
pool-name pool-refresh pool-start pool-undefine pool-uuid
pool-define-as pool-create-as pool-edit pool-capabilities find-storage-pool-sources find-storage-pool-sources-as
vol-create vol-delete vol-dumpxml vol-info vol-key vol-list vol-name vol-path vol-pool vol-wipe
vol-create-as vol-create-from vol-clone vol-resize vol-upload vol-download
domcapabilities
memtune blkiotune numatune perf set-lifecycle-action emulatorpin domrename
iothreadinfo iothreadadd iothreaddel iothreadpin iothreadset domstats
dompmsuspend dompmwakeup setvcpu guestvcpus guestinfo domjobabort get-user-sshkeys set-user-sshkeys
guest-agent-timeout domdirtyrate-calc domblkthreshold domlaunchsecinfo domsetlaunchsecstate
metadata domif-setlink
inject-nmi send-key send-process-signal set-user-password domfsfreeze domfsthaw domfstrim domfsinfo domifaddr cpu-stats
iface-list iface-name iface-mac iface-dumpxml iface-define iface-undefine iface-start iface-destroy iface-edit
iface-begin iface-commit iface-rollback iface-bridge iface-unbridge
nodedev-list nodedev-dumpxml nodedev-info nodedev-create nodedev-destroy nodedev-define nodedev-undefine
nodedev-start nodedev-autostart nodedev-detach nodedev-reattach nodedev-reset nodedev-event
detach-device-alias update-device attach-disk attach-interface detach-disk detach-interface change-media
checkpoint-create checkpoint-create-as checkpoint-delete checkpoint-dumpxml checkpoint-edit checkpoint-info
checkpoint-list checkpoint-parent
net-event pool-event domiftune blkdeviotune
screenshot blockresize blockjob blockpull blockcommit blockcopy migrate-setmaxdowntime migrate-getmaxdowntime
migrate-compcache migrate-setspeed migrate-getspeed migrate-postcopy backup-begin backup-dumpxml migrate
qemu-monitor-command qemu-agent-command qemu-attach qemu-monitor-event lxc-enter-namespace dom-fd-associate
update-memory-device cpu-baseline
""".split()

def run(*args):
    return subprocess.run(["virsh", *args], capture_output=True, text=True).stdout

groups = []  # (title, keyword, [names])
for line in run("help").splitlines():
    if line.startswith(" ") and not line.startswith("    ") and "(help keyword '" in line:
        title, kw = line.strip().split(" (help keyword '")
        groups.append((title, kw.rstrip("'):"), []))
    elif line.startswith("    ") and groups:
        groups[-1][2].append(line.split()[0])


def java_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\n", "\\n") + '"'


def text_block(text, indent):
    """A Java text block equal to text (which ends with a newline): closing delimiter at indent."""
    assert text.endswith("\n") and "\t" not in text and "\r" not in text
    pad = " " * indent
    lines = []
    for line in text[:-1].split("\n"):
        line = line.replace("\\", "\\\\").replace('"""', '\\"""')
        if line.endswith(" "):
            line = line[:-1] + "\\s"  # text blocks strip trailing blanks
        lines.append(pad + line if line else "")
    return '"""\n' + "\n".join(lines) + "\n" + pad + '"""'


def help_text(name):
    h = run("help", name)
    # the recording also catches the newline virsh prints after every command; the loop adds that one
    return h[:-1] if h.endswith("\n\n") else h


table = [(kw, title, [n for n in names if n in COMMANDS]) for title, kw, names in groups]
table = [g for g in table if g[2]]

out = []
w = out.append
w("package org.jvirt.virsh.vsh;\n\n")
w("/**\n")
w(" * GENERATED by src/test/scripts/gen-commands.py from virsh 9.0's help output; do not edit, rerun the script.\n")
w(" *\n")
w(" * <p>Java constants rather than a resource file: a one-shot jvirsh then opens none of its jars (the jar and URL\n")
w(" * machinery behind getResourceAsStream cost milliseconds of its start-up), and only the help texts that are\n")
w(" * used become strings.\n")
w(" */\n")
w("final class CommandData {\n\n")
w("    /** virsh's command groups in its order: keyword, title, then the names of the group's commands. */\n")
w("    static final String[][] GROUPS = {\n")
for kw, title, names in table:
    items = [java_string(x) for x in [kw, title] + names]
    line = "        {"
    rows = []
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if len(line) + len(piece) + 1 > 116 and line.strip() != "{":
            rows.append(line.rstrip())
            line = "            "
        line += piece + " "
    rows.append(line.rstrip() + "},")
    w("\n".join(rows) + "\n")
w("    };\n\n")
w("    private CommandData() {\n    }\n\n")
w("    /** The verbatim output of {@code virsh help NAME}; null for a name that is not in {@link #GROUPS}. */\n")
w("    static String help(String name) {\n")
w("        return switch (name) {\n")
for kw, title, names in table:
    for n in names:
        w("            case %s -> %s;\n" % (java_string(n), text_block(help_text(n), 20)))
w("            default -> null;\n")
w("        };\n")
w("    }\n")
w("}\n")

with open(OUT, "w") as f:
    f.write("".join(out))
