package org.jvirt.driver.qemu;

import org.jvirt.DomainState;
import org.jvirt.core.DomainJob;
import org.jvirt.core.DomainObj;
import org.jvirt.core.JobGuard;
import org.jvirt.error.VirtException;

/**
 * The second half of libvirt's fake reboot (qemuProcessFakeReboot): reboot pressed the ACPI power button with the
 * run marked {@link QemuDomainRuntime#fakeReboot}; the guest has now shut down and QEMU, started with
 * {@code -no-shutdown}, waits stopped. Under a job: system_reset, cont, and the domain is running ("booted")
 * again. QEMU's RESET event raises the REBOOT event ({@link QemuEventHandler#onReset}). When the reset fails,
 * QEMU is killed, so the domain ends shut off as a guest shutdown would.
 */
final class QemuFakeReboot {

    private static final System.Logger LOG = System.getLogger(QemuFakeReboot.class.getName());

    private QemuFakeReboot() {
    }

    static void run(QemuDriver d, DomainObj obj, QemuDomainRuntime rt) {
        boolean ok = false;
        try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
            if (d.runtimes.get(obj.uuid()) != rt || rt.beingDestroyed || rt.monitor == null) {
                return; // destroyed (or stopped) meanwhile: nothing to reboot
            }
            rt.monitor.systemReset();
            rt.monitor.cont();
            obj.lock();
            try {
                if (d.runtimes.get(obj.uuid()) == rt) {
                    rt.fakeReboot = false;
                    rt.gotShutdown = false;
                    // the state never left "running" (no SHUTDOWN or RESUMED event, as in libvirt); now "booted"
                    obj.setState(DomainState.RUNNING, QemuProcess.RUNNING_BOOTED);
                    d.saveStatus(obj, rt);
                }
            } finally {
                obj.unlock();
            }
            ok = true;
        } catch (VirtException e) {
            LOG.log(System.Logger.Level.WARNING, "fake reboot of " + obj.name() + " failed: " + e.getMessage());
        } finally {
            rt.fakeReboot = false;
            if (!ok && !rt.beingDestroyed && d.runtimes.get(obj.uuid()) == rt) {
                QemuProcess.kill(rt.pid, false); // the monitor's EOF stops the domain ("shutdown")
            }
        }
    }
}
