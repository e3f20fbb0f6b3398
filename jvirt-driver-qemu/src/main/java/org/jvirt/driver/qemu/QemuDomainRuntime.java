package org.jvirt.driver.qemu;

import java.nio.file.Path;
import org.jvirt.driver.qemu.monitor.QmpMonitor;

/**
 * The private state of a running domain that this process manages (libvirt's qemuDomainObjPrivate): the QEMU
 * process, its monitor, the run directory and the domain lock. Fields other than the final ones are written
 * under the domain object's lock, or by the job holder.
 */
final class QemuDomainRuntime {

    final long pid;
    final Path runDir;
    final Path monitorSocket;
    final QemuDomainLock lock;
    volatile QmpMonitor monitor;
    /** QEMU reported SHUTDOWN: the coming monitor EOF is a shutdown, not a crash. */
    volatile boolean gotShutdown;
    /**
     * reboot pressed the power button (libvirt's priv->fakeReboot): when the guest's SHUTDOWN comes, QEMU (run with
     * -no-shutdown) is reset and resumed instead of ended. Kept in the status file for a later process.
     */
    volatile boolean fakeReboot;
    /** Completed by QEMU's DUMP_COMPLETED with its error ("" when none); a dump puts a fresh one here first. */
    volatile java.util.concurrent.CompletableFuture<String> dumpCompleted = new java.util.concurrent.CompletableFuture<>();
    /** destroy or our own teardown is under way: the coming EOF needs no handling. */
    volatile boolean beingDestroyed;
    /** The driver closed the monitor on purpose (driver shutdown): the guest keeps running. */
    volatile boolean detached;

    /**
     * Hot-unplugs waiting for QEMU's DEVICE_DELETED, by device id (alias). An event without a waiter (the guest
     * released the device after detach stopped waiting) is finished by the event handler.
     */
    final java.util.Map<String, java.util.concurrent.CompletableFuture<Void>> unplugs =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The format node of each disk being unplugged, by alias, for a removal finished after detach returned. */
    final java.util.Map<String, String> unplugNodes = new java.util.concurrent.ConcurrentHashMap<>();

    QemuDomainRuntime(long pid, Path runDir, Path monitorSocket, QemuDomainLock lock) {
        this.pid = pid;
        this.runDir = runDir;
        this.monitorSocket = monitorSocket;
        this.lock = lock;
    }
}
