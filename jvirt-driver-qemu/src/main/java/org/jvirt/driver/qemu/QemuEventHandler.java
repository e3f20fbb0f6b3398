package org.jvirt.driver.qemu;

import org.jvirt.DomainState;
import org.jvirt.core.DomainJob;
import org.jvirt.core.DomainObj;
import org.jvirt.core.JobGuard;
import org.jvirt.driver.qemu.monitor.QmpEventListener;
import org.jvirt.driver.qemu.monitor.QmpIoException;
import org.jvirt.event.DomainEventDetail;
import org.jvirt.spi.DomainEventBody;

/**
 * QEMU's events for one run of one domain (libvirt's qemuProcessHandle* callbacks). SHUTDOWN marks the domain
 * as shutting down and, since QEMU runs with -no-shutdown, ends the process (on_poweroff is destroy) unless a
 * reboot asked for it ({@link QemuFakeReboot} then resets and resumes QEMU); the monitor's EOF then stops the
 * domain: reason "shutdown" after a SHUTDOWN, "crashed" otherwise. RESET raises the REBOOT event; BALLOON_CHANGE
 * moves the live currentMemory. STOP and RESUME
 * are not used for state: suspend and resume set it themselves, under their job.
 */
final class QemuEventHandler implements QmpEventListener {

    private final QemuDriver driver;
    private final DomainObj obj;
    private final QemuDomainRuntime rt;

    QemuEventHandler(QemuDriver driver, DomainObj obj, QemuDomainRuntime rt) {
        this.driver = driver;
        this.obj = obj;
        this.rt = rt;
    }

    @Override
    public void onShutdown(boolean guest, String reason) {
        obj.lock();
        try {
            if (driver.runtimes.get(obj.uuid()) != rt || rt.beingDestroyed) {
                return;
            }
            if (rt.gotShutdown) {
                // qemuProcessHandleShutdown ignores a repeated SHUTDOWN: the SIGTERM that ends a QEMU kept by
                // -no-shutdown makes it report a second one ("host-signal")
                return;
            }
            rt.gotShutdown = true;
            if (rt.fakeReboot) {
                // qemuProcessHandleShutdown: for a fake reboot the shutdown is transient; no state, no event
                Thread.ofVirtual().name("qemu-reboot-" + obj.name()).start(() -> QemuFakeReboot.run(driver, obj, rt));
                return;
            }
            obj.setState(DomainState.SHUTDOWN, QemuProcess.SHUTDOWN_UNKNOWN);
            driver.events.lifecycle(obj, guest ? DomainEventDetail.Shutdown.GUEST : DomainEventDetail.Shutdown.HOST);
            driver.saveStatus(obj, rt);
        } finally {
            obj.unlock();
        }
        // qemuProcessShutdownOrReboot: on_poweroff=destroy; the EOF that follows finishes the job
        Thread.ofVirtual().name("qemu-shutdown-" + obj.name()).start(() -> QemuProcess.kill(rt.pid, false));
    }

    /** qemuProcessHandleReset: every reset of the guest (reset, fake reboot, the guest's own reboot) is a REBOOT event. */
    @Override
    public void onReset(boolean guest, String reason) {
        obj.lock();
        try {
            if (driver.runtimes.get(obj.uuid()) != rt || rt.beingDestroyed) {
                return;
            }
            driver.events.raise(obj.ref(), new DomainEventBody.Reboot());
            driver.saveStatus(obj, rt);
        } finally {
            obj.unlock();
        }
    }

    /** DUMP_COMPLETED: the end of a memory-only dump, with QEMU's reason when it failed. */
    @Override
    public void onDumpCompleted(String error) {
        rt.dumpCompleted.complete(error == null ? "" : error);
    }

    /** qemuProcessHandleBalloonChange: the live XML's currentMemory follows the balloon. */
    @Override
    public void onBalloonChange(long actualBytes) {
        obj.lock();
        try {
            if (driver.runtimes.get(obj.uuid()) != rt || rt.beingDestroyed) {
                return;
            }
            obj.setDef(obj.def().withCurrentMemory(actualBytes / 1024));
            driver.saveStatus(obj, rt);
        } finally {
            obj.unlock();
        }
    }

    /**
     * A device the guest released: wake the detach waiting for it, or (it stopped waiting) finish the removal in
     * a job of our own (libvirt's processDeviceDeletedEvent).
     */
    @Override
    public void onDeviceDeleted(String device, String path) {
        if (device == null) {
            return;
        }
        java.util.concurrent.CompletableFuture<Void> waiter = rt.unplugs.remove(device);
        if (waiter != null) {
            waiter.complete(null);
            return;
        }
        Thread.ofVirtual().name("qemu-unplug-" + obj.name()).start(() -> QemuHotplug.finishLateRemoval(driver, obj, rt, device));
    }

    @Override
    public void onMonitorClosed(QmpIoException cause) {
        if (rt.detached || rt.beingDestroyed) {
            return;
        }
        // handled under a job, off the event thread (libvirt's processMonitorEOFEvent)
        Thread.ofVirtual().name("qemu-eof-" + obj.name()).start(this::handleEof);
    }

    private void handleEof() {
        try (JobGuard job = driver.jobs.begin(obj, DomainJob.DESTROY)) {
            obj.lock();
            try {
                if (driver.runtimes.get(obj.uuid()) != rt || rt.beingDestroyed || rt.detached) {
                    return;
                }
                boolean shutdown = rt.gotShutdown;
                QemuProcess.stopLocked(driver, obj, rt,
                        shutdown ? QemuProcess.SHUTOFF_SHUTDOWN : QemuProcess.SHUTOFF_CRASHED,
                        shutdown ? DomainEventDetail.Stopped.SHUTDOWN : DomainEventDetail.Stopped.FAILED);
            } finally {
                obj.unlock();
            }
        } catch (RuntimeException e) {
            System.getLogger(QemuEventHandler.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot process the end of domain " + obj.name(), e);
        }
    }
}
