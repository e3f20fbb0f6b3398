package org.jvirt.virsh;

import org.jvirt.virsh.agent.*;
import org.jvirt.virsh.checkpoint.*;
import org.jvirt.virsh.domain.*;
import org.jvirt.virsh.guest.*;
import org.jvirt.virsh.host.*;
import org.jvirt.virsh.iface.*;
import org.jvirt.virsh.network.*;
import org.jvirt.virsh.nodedev.*;
import org.jvirt.virsh.secret.*;
import org.jvirt.virsh.snapshot.*;
import org.jvirt.virsh.storage.*;
import org.jvirt.virsh.tune.*;

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
            case "domcapabilities" -> new org.jvirt.virsh.host.DomcapabilitiesCommand();
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
            // checkpoints
            case "checkpoint-create" -> new CheckpointCreateCommand();
            case "checkpoint-create-as" -> new CheckpointCreateAsCommand();
            case "checkpoint-delete" -> new CheckpointDeleteCommand();
            case "checkpoint-dumpxml" -> new CheckpointDumpxmlCommand();
            case "checkpoint-edit" -> new CheckpointEditCommand();
            case "checkpoint-info" -> new CheckpointInfoCommand();
            case "checkpoint-list" -> new CheckpointListCommand();
            case "checkpoint-parent" -> new CheckpointParentCommand();
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
            // tuning (libvirt's test driver set)
            case "memtune" -> new MemtuneCommand();
            case "blkiotune" -> new BlkiotuneCommand();
            case "numatune" -> new NumatuneCommand();
            case "perf" -> new PerfCommand();
            case "set-lifecycle-action" -> new SetLifecycleActionCommand();
            case "emulatorpin" -> new EmulatorpinCommand();
            case "domrename" -> new DomrenameCommand();
            case "iothreadinfo" -> new IothreadinfoCommand();
            case "iothreadadd" -> new IothreadCommand(true);
            case "iothreaddel" -> new IothreadCommand(false);
            case "iothreadpin" -> new IothreadpinCommand();
            case "iothreadset" -> new IothreadsetCommand();
            case "domstats" -> new DomstatsCommand();
            case "metadata" -> new MetadataCommand();
            case "domif-setlink" -> new DomifSetlinkCommand();
            // guest agent and canned guest data
            case "inject-nmi" -> new InjectNmiCommand();
            case "send-key" -> new SendKeyCommand();
            case "send-process-signal" -> new SendProcessSignalCommand();
            case "set-user-password" -> new SetUserPasswordCommand();
            case "domfsfreeze" -> new DomfsfreezeCommand(true);
            case "domfsthaw" -> new DomfsfreezeCommand(false);
            case "domfstrim" -> new DomfstrimCommand();
            case "domfsinfo" -> new DomfsinfoCommand();
            case "domifaddr" -> new DomifaddrCommand();
            case "cpu-stats" -> new CpuStatsCommand();
            // power management, guest agent, jobs and launch security (errors only on the test driver)
            case "dompmsuspend" -> new DompmCommand(true);
            case "dompmwakeup" -> new DompmCommand(false);
            case "setvcpu", "guestvcpus", "guestinfo", "domjobabort", "get-user-sshkeys", "set-user-sshkeys",
                    "guest-agent-timeout", "domdirtyrate-calc", "domblkthreshold", "domlaunchsecinfo",
                    "domsetlaunchsecstate" -> new AgentCommand(name);
            // host interfaces
            case "iface-list" -> new IfaceListCommand();
            case "iface-name" -> new IfaceNameCommand();
            case "iface-mac" -> new IfaceMacCommand();
            case "iface-dumpxml" -> new IfaceDumpxmlCommand();
            case "iface-define" -> new IfaceDefineCommand();
            case "iface-undefine" -> new IfaceUndefineCommand();
            case "iface-start" -> new IfaceStartCommand();
            case "iface-destroy" -> new IfaceDestroyCommand();
            case "iface-edit" -> new IfaceEditCommand();
            case "iface-begin" -> new IfaceBeginCommand();
            case "iface-commit" -> new IfaceCommitCommand();
            case "iface-rollback" -> new IfaceRollbackCommand();
            case "iface-bridge" -> new IfaceBridgeCommand();
            case "iface-unbridge" -> new IfaceUnbridgeCommand();
            // node devices
            case "nodedev-list" -> new NodedevListCommand();
            case "nodedev-dumpxml" -> new NodedevDumpxmlCommand();
            case "nodedev-info" -> new NodedevInfoCommand();
            case "nodedev-create" -> new NodedevCreateCommand();
            case "nodedev-destroy" -> new NodedevDestroyCommand();
            case "nodedev-define" -> new NodedevDefineCommand();
            case "nodedev-undefine" -> new NodedevUndefineCommand();
            case "nodedev-start" -> new NodedevStartCommand();
            case "nodedev-autostart" -> new NodedevAutostartCommand();
            case "nodedev-detach" -> new NodedevDetachCommand();
            case "nodedev-reattach" -> new NodedevReattachCommand();
            case "nodedev-reset" -> new NodedevResetCommand();
            case "nodedev-event" -> new NodedevEventCommand();
            case "net-event" -> new org.jvirt.virsh.network.NetEventCommand();
            case "pool-event" -> new org.jvirt.virsh.storage.PoolEventCommand();
            case "domiftune" -> new org.jvirt.virsh.tune.DomiftuneCommand();
            case "blkdeviotune" -> new org.jvirt.virsh.tune.BlkdeviotuneCommand();
            // save images and managed save XML
            case "save-image-dumpxml" -> new SaveImageDumpxmlCommand();
            case "save-image-define" -> new SaveImageDefineCommand();
            case "save-image-edit" -> new SaveImageEditCommand();
            case "managedsave-dumpxml" -> new ManagedsaveDumpxmlCommand();
            case "managedsave-define" -> new ManagedsaveDefineCommand();
            case "managedsave-edit" -> new ManagedsaveEditCommand();
            // host: pages, memory tuning, suspend, SEV, CPU models, native configs
            case "freepages" -> new FreepagesCommand();
            case "allocpages" -> new AllocpagesCommand();
            case "node-memory-tune" -> new NodeMemoryTuneCommand();
            case "nodesuspend" -> new NodesuspendCommand();
            case "nodesevinfo" -> new NodesevinfoCommand();
            case "cpu-models" -> new CpuModelsCommand();
            case "cpu-compare" -> new CpuCompareCommand();
            case "hypervisor-cpu-compare" -> new HypervisorCpuCompareCommand();
            case "hypervisor-cpu-baseline" -> new HypervisorCpuBaselineCommand();
            case "domxml-from-native" -> new DomxmlFromNativeCommand();
            case "domxml-to-native" -> new DomxmlToNativeCommand();
            case "net-update" -> new NetUpdateCommand();
            // DHCP leases and network ports
            case "net-dhcp-leases" -> new NetDhcpLeasesCommand();
            case "net-port-list" -> new NetPortListCommand();
            case "net-port-create" -> new NetPortCreateCommand();
            case "net-port-dumpxml" -> new NetPortDumpxmlCommand();
            case "net-port-delete" -> new NetPortDeleteCommand();
            // secrets and network filters (the test driver has neither)
            case "secret-define" -> new SecretDefineCommand();
            case "secret-dumpxml" -> new SecretDumpxmlCommand();
            case "secret-get-value" -> new SecretGetValueCommand();
            case "secret-set-value" -> new SecretSetValueCommand();
            case "secret-undefine" -> new SecretUndefineCommand();
            case "secret-list" -> new SecretListCommand();
            case "secret-event" -> new SecretEventCommand();
            case "nwfilter-define" -> new NwfilterDefineCommand();
            case "nwfilter-dumpxml" -> new NwfilterDumpxmlCommand();
            case "nwfilter-edit" -> new NwfilterEditCommand();
            case "nwfilter-list" -> new NwfilterListCommand();
            case "nwfilter-undefine" -> new NwfilterUndefineCommand();
            case "nwfilter-binding-create" -> new NwfilterBindingCreateCommand();
            case "nwfilter-binding-delete" -> new NwfilterBindingDeleteCommand();
            case "nwfilter-binding-dumpxml" -> new NwfilterBindingDumpxmlCommand();
            case "nwfilter-binding-list" -> new NwfilterBindingListCommand();
            // screenshots, block jobs, migration tuning and backups
            case "screenshot" -> new org.jvirt.virsh.block.ScreenshotCommand();
            case "blockresize" -> new org.jvirt.virsh.block.BlockresizeCommand();
            case "blockjob" -> new org.jvirt.virsh.block.BlockjobCommand();
            case "blockpull" -> new org.jvirt.virsh.block.BlockpullCommand();
            case "blockcommit" -> new org.jvirt.virsh.block.BlockcommitCommand();
            case "blockcopy" -> new org.jvirt.virsh.block.BlockcopyCommand();
            case "migrate-setmaxdowntime", "migrate-getmaxdowntime", "migrate-compcache", "migrate-setspeed",
                    "migrate-getspeed", "migrate-postcopy" -> new org.jvirt.virsh.block.MigrateTuneCommand(name);
            case "migrate" -> new org.jvirt.virsh.block.MigrateCommand();
            case "update-memory-device" -> new org.jvirt.virsh.block.UpdateMemoryDeviceCommand();
            case "cpu-baseline" -> new org.jvirt.virsh.host.CpuBaselineCommand();
            case "qemu-monitor-command" -> new org.jvirt.virsh.qemu.QemuMonitorCommandCommand();
            case "qemu-agent-command" -> new org.jvirt.virsh.qemu.QemuAgentCommandCommand();
            case "qemu-attach" -> new org.jvirt.virsh.qemu.QemuAttachCommand();
            case "qemu-monitor-event" -> new org.jvirt.virsh.qemu.QemuMonitorEventCommand();
            case "lxc-enter-namespace" -> new org.jvirt.virsh.qemu.LxcEnterNamespaceCommand();
            case "dom-fd-associate" -> new org.jvirt.virsh.qemu.DomFdAssociateCommand();
            case "backup-begin" -> new BackupBeginCommand();
            case "backup-dumpxml" -> new BackupDumpxmlCommand();
            default -> throw new IllegalStateException("command in table without implementation: " + name);
        };
    }
}
