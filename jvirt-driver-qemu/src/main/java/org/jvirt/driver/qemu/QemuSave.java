package org.jvirt.driver.qemu;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jvirt.DomainState;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainFormatOptions;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.core.DomainJob;
import org.jvirt.core.DomainObj;
import org.jvirt.core.DomainObjList;
import org.jvirt.core.JobGuard;
import org.jvirt.core.VirErrors;
import org.jvirt.driver.qemu.monitor.QmpMigration;
import org.jvirt.driver.qemu.monitor.QmpMonitor;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEventDetail;
import org.jvirt.flags.DomainSaveRestoreFlag;
import org.jvirt.spi.DomainRef;

/**
 * Save and restore (libvirt's qemuDomainSaveInternal, qemuDomainRestoreFlags, qemuDomainObjRestore): save pauses
 * the guest, writes the image header with the domain XML, lets QEMU migrate its state into the image through
 * {@link QemuMigrationPump}, marks the image complete and stops the domain with reason "saved"; restore reads
 * the XML from the image, starts QEMU with {@code -incoming defer}, loads the state and resumes ("restored").
 * A failed save removes the partial image and resumes a guest that was running ("save canceled").
 */
final class QemuSave {

    static final long MIGRATION_TIMEOUT_SECONDS = 600;

    private QemuSave() {
    }

    private record Prepared(QemuDomainRuntime rt, String xml, boolean wasRunning) {
    }

    /** Saves the running domain behind {@code dom} to {@code path}; {@code managed} marks a managed save image. */
    static void save(QemuDriver d, DomainRef dom, Path path, String dxml, int flags, boolean managed) {
        DomainObj obj = d.find(dom);
        try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
            Prepared pre = d.withDom(dom, o -> {
                if (!o.isActive()) {
                    throw VirErrors.notRunning();
                }
                d.checkManaged(o);
                if (managed && !o.isPersistent()) {
                    throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU,
                            "cannot do managed save for transient domain");
                }
                QemuDomainRuntime rt = d.runtimes.get(o.uuid());
                if (rt == null || rt.monitor == null) {
                    throw VirErrors.notRunning();
                }
                // qemuDomainDefFormatLive(..., inactive=true): the config the image will restore, no run-time bits
                DomainDef def = dxml == null ? o.def() : replacement(d, o, dxml);
                String xml = DomainXml.format(def, new DomainFormatOptions(-1, true, true));
                return new Prepared(rt, xml, o.state() == DomainState.RUNNING);
            });
            QmpMonitor mon = pre.rt().monitor;
            if (pre.wasRunning()) {
                mon.stop();
                d.withDom(dom, o -> {
                    o.setState(DomainState.PAUSED, QemuProcess.PAUSED_SAVE);
                    d.events.lifecycle(o, DomainEventDetail.Suspended.PAUSED);
                    d.saveStatus(o, pre.rt());
                    return null;
                });
            }
            boolean resumeAfter = (flags & DomainSaveRestoreFlag.RUNNING.value()) != 0
                    || (flags & DomainSaveRestoreFlag.PAUSED.value()) == 0 && pre.wasRunning();
            QemuSaveImage image = QemuSaveImage.of(pre.xml(), resumeAfter);
            try {
                writeImage(mon, pre.rt().runDir, path, image);
            } catch (VirtException e) {
                cancel(d, dom, pre, path);
                throw e;
            }
            d.withDom(dom, o -> {
                if (d.runtimes.get(o.uuid()) == pre.rt()) {
                    if (managed) {
                        o.setHasManagedSave(true);
                    }
                    QemuProcess.stopLocked(d, o, pre.rt(), QemuProcess.SHUTOFF_SAVED, DomainEventDetail.Stopped.SAVED);
                }
                return null;
            });
        }
    }

    /** --xml of save: same domain (uuid and name), parsed with the driver's options. */
    private static DomainDef replacement(QemuDriver d, DomainObj o, String dxml) {
        DomainDef def = d.defs.parse(dxml);
        if (!def.uuid().equals(o.uuid()) || !def.name().equals(o.name())) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU,
                    "the XML for the save image must describe domain '%s' (uuid %s)", o.name(), o.uuid());
        }
        return def;
    }

    /** Header, XML, QEMU's stream, then the final magic; the file is removed again when anything fails. */
    private static void writeImage(QmpMonitor mon, Path runDir, Path path, QemuSaveImage image) {
        try (FileChannel f = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            f.write(image.encode(false), 0);
            try (QemuMigrationPump.Receiver rx = new QemuMigrationPump.Receiver(runDir.resolve("save.sock"), f, image.dataOffset())) {
                // without events on, QEMU still updates query-migrate; libvirt enables them for its event loop only
                mon.migrate(rx.uri());
                awaitMigration(mon, "domain save");
                rx.await(MIGRATION_TIMEOUT_SECONDS);
            }
            QemuSaveImage.markComplete(f);
        } catch (IOException e) {
            deleteQuietly(path);
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU, "Failed to write save image '%s': %s", path, e.getMessage());
        } catch (RuntimeException e) {
            deleteQuietly(path);
            throw e;
        }
    }

    /** Polls query-migrate until QEMU's outgoing migration ends; {@code job} names it in errors ("domain save"). */
    static void awaitMigration(QmpMonitor mon, String job) {
        long deadline = System.nanoTime() + MIGRATION_TIMEOUT_SECONDS * 1_000_000_000L;
        while (true) {
            QmpMigration m = mon.queryMigrate();
            if ("completed".equals(m.status())) {
                return;
            }
            if (m.finished()) {
                throw VirtException.of(ErrorCode.OPERATION_FAILED, ErrorDomain.QEMU, "job '%s' failed: %s", job,
                        m.errorDesc() != null ? m.errorDesc() : m.status());
            }
            if (System.nanoTime() > deadline) {
                try {
                    mon.migrateCancel();
                } catch (VirtException ignored) {
                    // the timeout is the error to report
                }
                throw VirtException.of(ErrorCode.OPERATION_TIMEOUT, ErrorDomain.QEMU,
                        "job '%s' did not finish within %d s", job, MIGRATION_TIMEOUT_SECONDS);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw VirtException.of(ErrorCode.OPERATION_ABORTED, ErrorDomain.QEMU, "%s interrupted", job);
            }
        }
    }

    /** The save failed: a guest that was running runs again (libvirt's VIR_DOMAIN_RUNNING_SAVE_CANCELED). */
    private static void cancel(QemuDriver d, DomainRef dom, Prepared pre, Path path) {
        deleteQuietly(path);
        if (!pre.wasRunning() || pre.rt().monitor == null) {
            return;
        }
        try {
            pre.rt().monitor.cont();
            d.withDom(dom, o -> {
                if (d.runtimes.get(o.uuid()) == pre.rt()) {
                    o.setState(DomainState.RUNNING, QemuProcess.RUNNING_SAVE_CANCELED);
                    d.events.lifecycle(o, DomainEventDetail.Resumed.UNPAUSED);
                    d.saveStatus(o, pre.rt());
                }
                return null;
            });
        } catch (VirtException e) {
            System.getLogger(QemuSave.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot resume domain after a failed save: " + e.getMessage());
        }
    }

    /** virDomainRestoreFlags: a new (or the inactive persistent) domain running the image's guest. */
    static DomainRef restore(QemuDriver d, Path path, String dxml, int flags) {
        QemuSaveImage image = QemuSaveImage.read(path);
        DomainDef def = d.defs.parse(image.xml());
        if (dxml != null) {
            DomainDef repl = d.defs.parse(dxml);
            if (!repl.uuid().equals(def.uuid()) || !repl.name().equals(def.name())) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU,
                        "the XML for the save image must describe domain '%s' (uuid %s)", def.name(), def.uuid());
            }
            def = repl;
        }
        DomainObjList.Added added = d.domains.add(def, DomainObjList.ADD_LIVE | DomainObjList.ADD_CHECK_LIVE);
        DomainObj obj = added.obj();
        obj.unlock();
        try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
            try {
                QemuProcess.start(d, obj, startPaused(flags, image), new QemuIncoming(path, image.dataOffset()));
            } catch (RuntimeException e) {
                obj.lock();
                try {
                    if (!obj.isActive()) {
                        if (!obj.isPersistent()) {
                            d.domains.remove(obj);
                        } else {
                            obj.removeTransientDef(); // the image's XML was only the live def of this attempt
                        }
                    }
                } finally {
                    obj.unlock();
                }
                throw e;
            }
            return d.withDom(obj.ref(), DomainObj::ref);
        }
    }

    private static boolean startPaused(int flags, QemuSaveImage image) {
        if ((flags & DomainSaveRestoreFlag.PAUSED.value()) != 0) {
            return true;
        }
        return (flags & DomainSaveRestoreFlag.RUNNING.value()) == 0 && !image.wasRunning();
    }

    /**
     * Start of a domain with a managed save image (qemuDomainObjStart): restore from it and remove it; with
     * force-boot the image is discarded and the guest boots. Caller holds the job; false when there is no image.
     */
    static boolean startFromManagedSave(QemuDriver d, DomainObj obj, boolean paused, boolean forceBoot) {
        Path path = d.config.managedSaveFile(obj.name());
        boolean has = d.withDom(obj.ref(), DomainObj::hasManagedSave);
        if (!has) {
            return false;
        }
        if (forceBoot || !Files.exists(path)) {
            removeManagedSave(d, obj);
            return false;
        }
        QemuSaveImage image;
        DomainDef def;
        try {
            image = QemuSaveImage.read(path);
            def = d.defs.parse(image.xml());
        } catch (VirtException e) {
            throw VirtException.of(ErrorCode.OPERATION_FAILED, ErrorDomain.QEMU,
                    "Unable to restore from managed state %s. Maybe the file is corrupted?", path);
        }
        d.withDom(obj.ref(), o -> o.assignDef(def, true));
        try {
            QemuProcess.start(d, obj, paused || !image.wasRunning(), new QemuIncoming(path, image.dataOffset()));
        } catch (RuntimeException e) {
            d.withDom(obj.ref(), o -> {
                if (!o.isActive()) {
                    o.removeTransientDef();
                }
                return null;
            });
            throw e;
        }
        removeManagedSave(d, obj);
        return true;
    }

    /** Deletes the managed save image and clears the flag (qemuDomainManagedSaveRemove). */
    static void removeManagedSave(QemuDriver d, DomainObj obj) {
        Path path = d.config.managedSaveFile(obj.name());
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU, "Failed to remove managed save file '%s': %s", path, e.getMessage());
        }
        d.withDom(obj.ref(), o -> {
            o.setHasManagedSave(false);
            return null;
        });
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // nothing more to do
        }
    }
}
