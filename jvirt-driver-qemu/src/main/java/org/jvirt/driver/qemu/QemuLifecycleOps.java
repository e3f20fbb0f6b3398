package org.jvirt.driver.qemu;

import org.jvirt.DomainState;
import org.jvirt.core.DomainJob;
import org.jvirt.core.DomainObj;
import org.jvirt.core.JobGuard;
import org.jvirt.core.VirErrors;
import org.jvirt.driver.qemu.monitor.QmpMonitor;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEventDetail;
import org.jvirt.flags.DomainCreateFlag;
import org.jvirt.flags.DomainDestroyFlag;
import org.jvirt.flags.DomainShutdownFlag;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * start, shutdown, destroy, suspend, resume (qemu_driver.c). Each runs under the domain's job; the object lock
 * is taken only around state checks and updates, never around monitor commands (DESIGN rule 8).
 */
interface QemuLifecycleOps extends HypervisorDriver {

    QemuDriver driver();

    @Override
    default DomainRef domainCreateWithFlags(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, DomainCreateFlag.START_PAUSED.value() | DomainCreateFlag.START_FORCE_BOOT.value()
                | DomainCreateFlag.START_BYPASS_CACHE.value(), ErrorDomain.QEMU, "qemuDomainCreateWithFlags");
        QemuDriver d = driver();
        DomainObj obj = d.find(dom);
        try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
            d.withDom(dom, o -> {
                if (o.isActive()) {
                    throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU, "domain is already running");
                }
                return null;
            });
            boolean paused = (flags & DomainCreateFlag.START_PAUSED.value()) != 0;
            // qemuDomainObjStart: a managed save image is restored (and removed) unless force-boot discards it
            if (!QemuSave.startFromManagedSave(d, obj, paused, (flags & DomainCreateFlag.START_FORCE_BOOT.value()) != 0)) {
                QemuProcess.start(d, obj, paused);
            }
            return d.withDom(dom, DomainObj::ref);
        }
    }

    /** The runtime of a running domain this process manages (caller holds the job), or the libvirt error. */
    private QemuDomainRuntime runtime(DomainObj o) {
        if (!o.isActive()) {
            throw VirErrors.notRunning();
        }
        driver().checkManaged(o);
        QemuDomainRuntime rt = driver().runtimes.get(o.uuid());
        if (rt == null || rt.monitor == null) {
            throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU, "domain is not running");
        }
        return rt;
    }

    @Override
    default void domainShutdownFlags(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, DomainShutdownFlag.ACPI_POWER_BTN.value(), ErrorDomain.QEMU, "qemuDomainShutdownFlags");
        QemuDriver d = driver();
        DomainObj obj = d.find(dom);
        try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
            QmpMonitor mon = d.withDom(dom, o -> {
                QemuDomainRuntime rt = runtime(o);
                if (o.state() != DomainState.RUNNING) {
                    throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU, "domain is not running");
                }
                if (rt.fakeReboot) {
                    rt.fakeReboot = false; // qemuDomainSetFakeReboot(false): a shutdown now wins over an earlier reboot
                    d.saveStatus(o, rt);
                }
                return rt.monitor;
            });
            mon.systemPowerdown();
        }
    }

    @Override
    default void domainDestroyFlags(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, DomainDestroyFlag.GRACEFUL.value(), ErrorDomain.QEMU, "qemuDomainDestroyFlags");
        QemuDriver d = driver();
        DomainObj obj = d.find(dom);
        QemuDomainRuntime rt = d.withDom(dom, this::runtime);
        // qemuProcessBeginStopJob: kill first, so that a job stuck on the monitor ends and lets us in
        rt.beingDestroyed = true;
        if (!QemuProcess.kill(rt.pid, (flags & DomainDestroyFlag.GRACEFUL.value()) != 0)) {
            rt.beingDestroyed = false;
            throw VirtException.raw(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU,
                    "Failed to terminate process " + rt.pid + " with SIGTERM: Device or resource busy", null, null);
        }
        try (JobGuard job = d.jobs.begin(obj, DomainJob.DESTROY)) {
            d.withDom(dom, o -> {
                if (d.runtimes.get(o.uuid()) == rt) {
                    QemuProcess.stopLocked(d, o, rt, QemuProcess.SHUTOFF_DESTROYED, DomainEventDetail.Stopped.DESTROYED);
                }
                return null;
            });
        }
    }

    @Override
    default void domainSuspend(DomainRef dom) {
        QemuDriver d = driver();
        DomainObj obj = d.find(dom);
        try (JobGuard job = d.jobs.begin(obj, DomainJob.SUSPEND)) {
            QemuDomainRuntime rt = d.withDom(dom, this::runtime);
            if (d.withDom(dom, o -> o.state() == DomainState.PAUSED)) {
                return; // libvirt: suspending a paused domain succeeds and changes nothing
            }
            rt.monitor.stop();
            d.withDom(dom, o -> {
                o.setState(DomainState.PAUSED, QemuProcess.PAUSED_USER);
                d.events.lifecycle(o, DomainEventDetail.Suspended.PAUSED);
                d.saveStatus(o, rt);
                return null;
            });
        }
    }

    @Override
    default void domainResume(DomainRef dom) {
        QemuDriver d = driver();
        DomainObj obj = d.find(dom);
        try (JobGuard job = d.jobs.begin(obj, DomainJob.SUSPEND)) {
            QemuDomainRuntime rt = d.withDom(dom, this::runtime);
            if (d.withDom(dom, o -> o.state() != DomainState.PAUSED)) {
                return; // libvirt resumes only paused (or panicked) domains and is silent otherwise
            }
            rt.monitor.cont();
            d.withDom(dom, o -> {
                o.setState(DomainState.RUNNING, QemuProcess.RUNNING_UNPAUSED);
                d.events.lifecycle(o, DomainEventDetail.Resumed.UNPAUSED);
                d.saveStatus(o, rt);
                return null;
            });
        }
    }
}
