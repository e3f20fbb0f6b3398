package org.jvirt.driver.qemu;

import java.nio.file.Path;
import org.jvirt.DomainState;
import org.jvirt.conf.domain.LifecycleAction;
import org.jvirt.core.DomainJob;
import org.jvirt.core.DomainObj;
import org.jvirt.core.JobGuard;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.DomainCoreDumpFlag;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * reboot, reset and core dump (qemu_driver.c's qemuDomainReboot, qemuDomainReset, qemuDomainCoreDumpWithFormat).
 * reboot is libvirt's fake reboot: the ACPI power button with the run marked, and the guest's SHUTDOWN then
 * resets and resumes QEMU ({@link QemuFakeReboot}) instead of ending it. There is no guest agent, so the modes
 * that need one are refused as libvirt refuses them for a domain without an agent channel.
 */
interface QemuControlOps extends HypervisorDriver {

    QemuDriver driver();

    int REBOOT_ACPI_POWER_BTN = 1;
    int REBOOT_GUEST_AGENT = 2;

    @Override
    default void domainReboot(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, REBOOT_ACPI_POWER_BTN | REBOOT_GUEST_AGENT, ErrorDomain.QEMU, "qemuDomainReboot");
        QemuDriver d = driver();
        DomainObj obj = d.find(dom);
        // only the agent was asked for: qemuDomainAgentAvailable's error (no agent channel is ever configured)
        if ((flags & REBOOT_GUEST_AGENT) != 0 && (flags & REBOOT_ACPI_POWER_BTN) == 0) {
            try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
                d.withDom(dom, o -> {
                    if (o.state() != DomainState.RUNNING) {
                        throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU, "domain is not running");
                    }
                    throw VirtException.of(ErrorCode.ARGUMENT_UNSUPPORTED, ErrorDomain.QEMU, "QEMU guest agent is not configured");
                });
            }
        }
        try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
            QemuDomainRuntime rt = d.withDom(dom, o -> {
                QemuDomainRuntime r = QemuControl.runtime(d, o);
                // on_reboot destroy/preserve: the reboot becomes a plain shutdown, as in libvirt
                LifecycleAction onReboot = o.def().onReboot();
                r.fakeReboot = onReboot != LifecycleAction.DESTROY && onReboot != LifecycleAction.PRESERVE;
                d.saveStatus(o, r); // a later process must know the coming SHUTDOWN is a reboot
                return r;
            });
            try {
                rt.monitor.systemPowerdown();
            } catch (VirtException e) {
                rt.fakeReboot = false;
                throw e;
            }
        }
    }

    @Override
    default void domainReset(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.QEMU, "qemuDomainReset");
        QemuDriver d = driver();
        DomainObj obj = d.find(dom);
        try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
            QemuDomainRuntime rt = d.withDom(dom, o -> QemuControl.runtime(d, o));
            rt.monitor.systemReset();
            rt.fakeReboot = false;
        }
    }

    @Override
    default void domainCoreDumpWithFormat(DomainRef dom, String path, int format, int flags) {
        QemuDump.checkPublicArgs(format, flags);
        VirErrors.checkFlags(flags, DomainCoreDumpFlag.LIVE.value() | DomainCoreDumpFlag.CRASH.value()
                | DomainCoreDumpFlag.BYPASS_CACHE.value() | DomainCoreDumpFlag.RESET.value()
                | DomainCoreDumpFlag.MEMORY_ONLY.value(), ErrorDomain.QEMU, "qemuDomainCoreDumpWithFormat");
        QemuDump.dump(driver(), dom, Path.of(path), format, flags);
    }
}
