package org.jvirt.virsh;

import org.jvirt.virsh.domain.*;
import org.jvirt.virsh.host.*;
import org.jvirt.virsh.network.*;
import org.jvirt.virsh.snapshot.*;
import org.jvirt.virsh.storage.*;

/**
 * Command name to implementation. A switch, so that only the class of the command being run is loaded;
 * names, help and options come from the data table ({@link org.jvirt.virsh.vsh.CommandTable}).
 */
final class Commands {

    private Commands() {
    }

    static Command create(String name) {
        return switch (name) {
            // virsh itself
            case "help" -> new HelpCommand();
            case "quit", "exit" -> new QuitCommand();
            case "echo" -> new EchoCommand();
            case "pwd" -> new PwdCommand();
            case "cd" -> new CdCommand();
            case "connect" -> new ConnectCommand();
            // host
            case "uri" -> new UriCommand();
            case "hostname" -> new HostnameCommand();
            case "version" -> new VersionCommand();
            case "nodeinfo" -> new NodeinfoCommand();
            case "capabilities" -> new CapabilitiesCommand();
            case "sysinfo" -> new SysinfoCommand();
            case "maxvcpus" -> new MaxvcpusCommand();
            case "freecell" -> new FreecellCommand();
            case "nodecpustats" -> new NodecpustatsCommand();
            case "nodememstats" -> new NodememstatsCommand();
            case "nodecpumap" -> new NodecpumapCommand();
            // domain monitoring
            case "list" -> new ListCommand();
            case "dominfo" -> new DominfoCommand();
            case "domstate" -> new DomstateCommand();
            case "domblklist" -> new DomblklistCommand();
            case "domiflist" -> new DomiflistCommand();
            case "domblkstat" -> new DomblkstatCommand();
            case "domifstat" -> new DomifstatCommand();
            case "dommemstat" -> new DommemstatCommand();
            case "domif-getlink" -> new DomifGetlinkCommand();
            case "domjobinfo" -> new DomjobinfoCommand();
            case "domtime" -> new DomtimeCommand();
            case "domblkinfo" -> new DomblkinfoCommand();
            case "domcontrol" -> new DomcontrolCommand();
            case "domblkerror" -> new DomblkerrorCommand();
            // domain management
            case "domid" -> new DomidCommand();
            case "domname" -> new DomnameCommand();
            case "domuuid" -> new DomuuidCommand();
            case "dumpxml" -> new DumpxmlCommand();
            case "define" -> new DefineCommand();
            case "undefine" -> new UndefineCommand();
            case "create" -> new CreateCommand();
            case "start" -> new StartCommand();
            case "shutdown" -> new ShutdownCommand();
            case "reboot" -> new RebootCommand();
            case "reset" -> new ResetCommand();
            case "destroy" -> new DestroyCommand();
            case "suspend" -> new SuspendCommand();
            case "resume" -> new ResumeCommand();
            case "save" -> new SaveCommand();
            case "restore" -> new RestoreCommand();
            case "managedsave" -> new ManagedsaveCommand();
            case "managedsave-remove" -> new ManagedsaveRemoveCommand();
            case "dump" -> new DumpCommand();
            case "setmem" -> new SetmemCommand();
            case "setmaxmem" -> new SetmaxmemCommand();
            case "setvcpus" -> new SetvcpusCommand();
            case "vcpuinfo" -> new VcpuinfoCommand();
            case "vcpucount" -> new VcpucountCommand();
            case "vcpupin" -> new VcpupinCommand();
            case "autostart" -> new AutostartCommand();
            // snapshots
            case "snapshot-create" -> new SnapshotCreateCommand();
            case "snapshot-create-as" -> new SnapshotCreateAsCommand();
            case "snapshot-current" -> new SnapshotCurrentCommand();
            case "snapshot-delete" -> new SnapshotDeleteCommand();
            case "snapshot-dumpxml" -> new SnapshotDumpxmlCommand();
            case "snapshot-edit" -> new SnapshotEditCommand();
            case "snapshot-info" -> new SnapshotInfoCommand();
            case "snapshot-list" -> new SnapshotListCommand();
            case "snapshot-parent" -> new SnapshotParentCommand();
            case "snapshot-revert" -> new SnapshotRevertCommand();
            case "attach-device" -> new AttachDeviceCommand();
            case "detach-device" -> new DetachDeviceCommand();
            case "detach-device-alias" -> new DetachDeviceAliasCommand();
            case "update-device" -> new UpdateDeviceCommand();
            case "attach-disk" -> new AttachDiskCommand();
            case "attach-interface" -> new AttachInterfaceCommand();
            case "detach-disk" -> new DetachDiskCommand();
            case "detach-interface" -> new DetachInterfaceCommand();
            case "change-media" -> new ChangeMediaCommand();
            case "schedinfo" -> new SchedinfoCommand();
            case "console" -> new ConsoleCommand();
            case "edit" -> new EditCommand();
            case "desc" -> new DescCommand();
            case "domhostname" -> new DomhostnameCommand();
            case "domdisplay" -> new DomdisplayCommand();
            case "ttyconsole" -> new TtyconsoleCommand();
            case "vncdisplay" -> new VncdisplayCommand();
            // events
            case "event" -> new EventCommand();
            // networks
            case "net-list" -> new NetListCommand();
            case "net-info" -> new NetInfoCommand();
            case "net-uuid" -> new NetUuidCommand();
            case "net-name" -> new NetNameCommand();
            case "net-dumpxml" -> new NetDumpxmlCommand();
            case "net-define" -> new NetDefineCommand();
            case "net-create" -> new NetCreateCommand();
            case "net-start" -> new NetStartCommand();
            case "net-destroy" -> new NetDestroyCommand();
            case "net-undefine" -> new NetUndefineCommand();
            case "net-autostart" -> new NetAutostartCommand();
            case "net-edit" -> new NetEditCommand();
            // storage pools and volumes
            case "pool-list" -> new PoolListCommand();
            case "pool-info" -> new PoolInfoCommand();
            case "pool-uuid" -> new PoolUuidCommand();
            case "pool-name" -> new PoolNameCommand();
            case "pool-dumpxml" -> new PoolDumpxmlCommand();
            case "pool-define" -> new PoolDefineCommand();
            case "pool-create" -> new PoolCreateCommand();
            case "pool-start" -> new PoolStartCommand();
            case "pool-destroy" -> new PoolDestroyCommand();
            case "pool-undefine" -> new PoolUndefineCommand();
            case "pool-build" -> new PoolBuildCommand();
            case "pool-delete" -> new PoolDeleteCommand();
            case "pool-refresh" -> new PoolRefreshCommand();
            case "pool-autostart" -> new PoolAutostartCommand();
            case "pool-define-as" -> new PoolDefineAsCommand();
            case "pool-create-as" -> new PoolCreateAsCommand();
            case "pool-edit" -> new PoolEditCommand();
            case "pool-capabilities" -> new PoolCapabilitiesCommand();
            case "find-storage-pool-sources" -> new FindPoolSourcesCommand();
            case "find-storage-pool-sources-as" -> new FindPoolSourcesAsCommand();
            case "vol-list" -> new VolListCommand();
            case "vol-info" -> new VolInfoCommand();
            case "vol-dumpxml" -> new VolDumpxmlCommand();
            case "vol-key" -> new VolKeyCommand();
            case "vol-path" -> new VolPathCommand();
            case "vol-name" -> new VolNameCommand();
            case "vol-pool" -> new VolPoolCommand();
            case "vol-create" -> new VolCreateCommand();
            case "vol-delete" -> new VolDeleteCommand();
            case "vol-wipe" -> new VolWipeCommand();
            case "vol-create-as" -> new VolCreateAsCommand();
            case "vol-create-from" -> new VolCreateFromCommand();
            case "vol-clone" -> new VolCloneCommand();
            case "vol-resize" -> new VolResizeCommand();
            case "vol-upload" -> new VolUploadCommand();
            case "vol-download" -> new VolDownloadCommand();
            default -> throw new IllegalStateException("command in table without implementation: " + name);
        };
    }
}
