package org.jvirt.driver.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jvirt.core.DomainJob;
import org.jvirt.core.DomainObj;
import org.jvirt.core.JobGuard;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * autostart (qemuDomainSetAutostart): a symbolic link in the config dir's autostart/ directory, named like the
 * config file and pointing at it, as libvirt keeps it; the driver starts these domains once per host boot
 * ({@link QemuAutostart}). The getter is {@link QemuInfoOps#domainGetAutostart}.
 */
interface QemuAutostartOps extends HypervisorDriver {

    QemuDriver driver();

    @Override
    default void domainSetAutostart(DomainRef dom, boolean autostart) {
        QemuDriver d = driver();
        DomainObj obj = d.find(dom);
        boolean change = d.withDom(dom, o -> {
            if (!o.isPersistent()) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU, "cannot set autostart for transient domain");
            }
            return o.isAutostart() != autostart;
        });
        if (!change) {
            return;
        }
        try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
            d.withDom(dom, o -> {
                Path config = d.config.configFile(o.name());
                Path link = d.config.autostartLink(o.name());
                if (autostart) {
                    try {
                        Files.createDirectories(d.config.autostartDir());
                    } catch (IOException e) {
                        throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU, "cannot create autostart directory %s: %s",
                                d.config.autostartDir(), QemuDump.reason(e));
                    }
                    try {
                        Files.createSymbolicLink(link, config);
                    } catch (IOException e) {
                        throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU, "Failed to create symlink '%s' to '%s': %s",
                                link, config, e instanceof java.nio.file.FileAlreadyExistsException ? "File exists" : QemuDump.reason(e));
                    }
                } else {
                    try {
                        Files.deleteIfExists(link);
                    } catch (IOException e) {
                        throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU, "Failed to delete symlink '%s': %s",
                                link, QemuDump.reason(e));
                    }
                }
                o.setAutostart(autostart);
                return null;
            });
        }
    }
}
