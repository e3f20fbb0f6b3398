package org.jvirt.driver.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jvirt.core.DomainJob;
import org.jvirt.core.DomainObj;
import org.jvirt.core.JobGuard;

/**
 * Autostart when the driver opens (libvirt's qemuAutostartDomains behind virDriverShouldAutostart): only when the
 * state dir's "autostarted" marker is absent, i.e. once per host boot, the marker is created and every inactive
 * domain marked autostart is started (from its managed save image when it has one). A domain that fails to start
 * is logged and skipped, as libvirtd does. Because every jvirsh run opens the driver in its own process, the
 * marker is what keeps a guest the user destroyed from coming back with the next command.
 */
final class QemuAutostart {

    private static final System.Logger LOG = System.getLogger(QemuAutostart.class.getName());

    private QemuAutostart() {
    }

    /** True when a link in the autostart dir points at the domain's config (virFileLinkPointsTo). */
    static boolean isMarked(QemuDriverConfig config, String name) {
        Path link = config.autostartLink(name);
        try {
            return Files.exists(link) && Files.isSameFile(link, config.configFile(name));
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes the link of an undefined domain (caller holds its lock). */
    static void unmark(QemuDriver d, DomainObj o) {
        try {
            Files.deleteIfExists(d.config.autostartLink(o.name()));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Failed to delete autostart link '" + d.config.autostartLink(o.name()) + "': " + e.getMessage());
        }
        o.setAutostart(false);
    }

    /** virDriverShouldAutostart: true (and the marker created) the first time after a host boot. */
    static boolean shouldAutostart(QemuDriverConfig config) {
        Path marker = config.autostartedMarker();
        if (Files.exists(marker)) {
            return false;
        }
        try {
            Files.createFile(marker);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return false; // another process is doing it right now
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot create " + marker + ": " + e.getMessage());
            return false;
        }
    }

    static void run(QemuDriver d) {
        if (!shouldAutostart(d.config)) {
            return;
        }
        for (DomainObj obj : d.all()) {
            obj.lock();
            boolean start;
            try {
                start = obj.isAutostart() && !obj.isActive() && !obj.isRemoved();
            } finally {
                obj.unlock();
            }
            if (!start) {
                continue;
            }
            try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
                if (!QemuSave.startFromManagedSave(d, obj, false, false)) {
                    QemuProcess.start(d, obj, false);
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "Failed to autostart VM '" + obj.name() + "': " + e.getMessage());
            }
        }
    }
}
