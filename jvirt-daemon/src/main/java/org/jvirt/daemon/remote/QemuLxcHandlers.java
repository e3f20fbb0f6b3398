package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.OtherPrograms.*;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.rpc.remote.QemuConnectDomainMonitorEventRegisterRet;
import org.jvirt.rpc.remote.QemuDomainAgentCommandRet;
import org.jvirt.rpc.remote.QemuDomainAttachRet;
import org.jvirt.rpc.remote.QemuDomainMonitorCommandRet;

/**
 * libvirt-qemu's and libvirt-lxc's programs (qemuDispatch* / lxcDispatch* of libvirtd), each call one public API
 * call on the client's Connect. No jvirt driver fills these entries yet, so the answers are the drivers'
 * refusals; what a success would still need is said where it is missing.
 */
final class QemuLxcHandlers {

    private QemuLxcHandlers() {
    }

    static void registerQemu(HandlerTable t) {
        t.on(QEMU_DOMAIN_MONITOR_COMMAND, (c, a) -> new QemuDomainMonitorCommandRet(
                c.domain(a.dom()).qemuMonitorCommand(a.cmd(), a.flags())));
        t.on(QEMU_DOMAIN_ATTACH, (c, a) -> new QemuDomainAttachRet(Wire.dom(c.conn().qemuAttach(a.pidValue(), a.flags()))));
        t.on(QEMU_DOMAIN_AGENT_COMMAND, (c, a) -> new QemuDomainAgentCommandRet(
                c.domain(a.dom()).qemuAgentCommand(a.cmd(), a.timeout(), a.flags())));
        t.on(QEMU_CONNECT_DOMAIN_MONITOR_EVENT_REGISTER, (c, a) -> {
            // relaying the events (QEMU_PROC_DOMAIN_MONITOR_EVENT messages) is not implemented: no driver raises them
            int id = c.conn().domainQemuMonitorEventRegister(a.dom() == null ? null : c.domain(a.dom()), a.event(),
                    (dom, event, seconds, micros, details) -> { }, a.flags());
            return new QemuConnectDomainMonitorEventRegisterRet(id);
        });
    }

    static void registerLxc(HandlerTable t) {
        t.on(LXC_DOMAIN_OPEN_NAMESPACE, (c, a) -> {
            c.domain(a.dom()).lxcOpenNamespace(a.flags());
            // a reply with file descriptors needs SCM_RIGHTS, which jvirtd does not send
            throw VirtException.of(ErrorCode.NO_SUPPORT, ErrorDomain.RPC, "passing file descriptors");
        });
    }
}
