package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The programs besides REMOTE that virsh calls: libvirt-qemu's (qemu_protocol.x) and libvirt-lxc's
 * (lxc_protocol.x), each version 1, with the procedures jvirt declares so far.
 */
public final class OtherPrograms {

    public static final int QEMU = 0x20008087;
    public static final int LXC = 0x00068000;
    public static final int VERSION = 1;

    public static final RemoteProcedure<QemuDomainMonitorCommandArgs, QemuDomainMonitorCommandRet>
            QEMU_DOMAIN_MONITOR_COMMAND = RemoteProcedure.ofProgram(1, "QEMU_PROC_DOMAIN_MONITOR_COMMAND",
                    QemuDomainMonitorCommandArgs.class, QemuDomainMonitorCommandRet.class);
    public static final RemoteProcedure<QemuDomainAttachArgs, QemuDomainAttachRet> QEMU_DOMAIN_ATTACH =
            RemoteProcedure.ofProgram(2, "QEMU_PROC_DOMAIN_ATTACH", QemuDomainAttachArgs.class, QemuDomainAttachRet.class);
    public static final RemoteProcedure<QemuDomainAgentCommandArgs, QemuDomainAgentCommandRet> QEMU_DOMAIN_AGENT_COMMAND =
            RemoteProcedure.ofProgram(3, "QEMU_PROC_DOMAIN_AGENT_COMMAND", QemuDomainAgentCommandArgs.class,
                    QemuDomainAgentCommandRet.class);
    public static final RemoteProcedure<QemuConnectDomainMonitorEventRegisterArgs, QemuConnectDomainMonitorEventRegisterRet>
            QEMU_CONNECT_DOMAIN_MONITOR_EVENT_REGISTER = RemoteProcedure.ofProgram(4,
                    "QEMU_PROC_CONNECT_DOMAIN_MONITOR_EVENT_REGISTER", QemuConnectDomainMonitorEventRegisterArgs.class,
                    QemuConnectDomainMonitorEventRegisterRet.class);
    /** Its reply carries the namespaces' file descriptors (REPLY_WITH_FDS); only a refusal is served so far. */
    public static final RemoteProcedure<LxcDomainOpenNamespaceArgs, XdrVoid> LXC_DOMAIN_OPEN_NAMESPACE =
            RemoteProcedure.ofProgram(1, "LXC_PROC_DOMAIN_OPEN_NAMESPACE", LxcDomainOpenNamespaceArgs.class,
                    XdrVoid.class);

    private OtherPrograms() {
    }
}
