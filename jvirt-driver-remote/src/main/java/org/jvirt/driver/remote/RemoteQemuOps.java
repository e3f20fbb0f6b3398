package org.jvirt.driver.remote;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.Unsupported;

/**
 * The libvirt-qemu entries of the remote table. jvirt's client does not pass descriptors (SCM_RIGHTS), but
 * libvirt's client duplicates a *WithFiles call's descriptors before it sends anything, so a descriptor that is
 * not open is refused first, with libvirt's words.
 */
interface RemoteQemuOps extends RemoteTable {

    @Override
    default String domainQemuMonitorCommandWithFiles(DomainRef dom, String cmd, int[] fds, int flags) {
        for (int fd : fds) {
            if (fd < 0 || !Files.exists(Path.of("/proc/self/fd/" + fd))) {
                throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.RPC,
                        "Cannot duplicate FD %d: Bad file descriptor", fd);
            }
        }
        throw Unsupported.call("virDomainQemuMonitorCommandWithFiles");
    }
}
