package org.jvirt.driver.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jvirt.core.DomainObj;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.DomainSaveRestoreFlag;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/** save, restore and managed save (qemu_driver.c's table entries); the work is in {@link QemuSave}. */
interface QemuSaveOps extends HypervisorDriver {

    QemuDriver driver();

    int SAVE_FLAGS = DomainSaveRestoreFlag.BYPASS_CACHE.value() | DomainSaveRestoreFlag.RUNNING.value()
            | DomainSaveRestoreFlag.PAUSED.value();

    @Override
    default void domainSaveFlags(DomainRef dom, String path, String dxml, int flags) {
        VirErrors.checkFlags(flags, SAVE_FLAGS, ErrorDomain.QEMU, "qemuDomainSaveFlags");
        QemuSave.save(driver(), dom, Path.of(path), dxml, flags, false);
    }

    @Override
    default DomainRef domainRestoreFlags(String path, String dxml, int flags) {
        VirErrors.checkFlags(flags, SAVE_FLAGS, ErrorDomain.QEMU, "qemuDomainRestoreFlags");
        return QemuSave.restore(driver(), Path.of(path), dxml, flags);
    }

    @Override
    default void domainManagedSave(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, SAVE_FLAGS, ErrorDomain.QEMU, "qemuDomainManagedSave");
        QemuDriver d = driver();
        Path file = d.config.managedSaveFile(dom.name());
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU, "cannot create directory '%s': %s",
                    file.getParent(), e.getMessage());
        }
        QemuSave.save(d, dom, file, null, flags, true);
    }

    @Override
    default boolean domainHasManagedSaveImage(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.QEMU, "qemuDomainHasManagedSaveImage");
        return driver().withDom(dom, DomainObj::hasManagedSave);
    }

    @Override
    default void domainManagedSaveRemove(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.QEMU, "qemuDomainManagedSaveRemove");
        QemuSave.removeManagedSave(driver(), driver().find(dom));
    }
}
