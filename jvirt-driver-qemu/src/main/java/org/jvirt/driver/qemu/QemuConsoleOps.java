package org.jvirt.driver.qemu;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import org.jvirt.conf.domain.ChrDef;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;
import org.jvirt.spi.StreamDriver;

/**
 * virDomainOpenConsole (qemuDomainOpenConsole): the first console (or serial port), or the one whose alias is
 * {@code devName}, must be a pty QEMU opened; the stream then reads the guest's output from it and writes keys
 * to it. libvirt's errors and their order: not running, no such device, not a pty.
 */
interface QemuConsoleOps extends HypervisorDriver {

    QemuDriver driver();

    /** VIR_DOMAIN_CONSOLE_FORCE | VIR_DOMAIN_CONSOLE_SAFE. */
    int CONSOLE_FLAGS = 1 | 2;

    @Override
    default StreamDriver domainOpenConsole(DomainRef dom, String devName, int flags) {
        VirErrors.checkFlags(flags, CONSOLE_FLAGS, ErrorDomain.QEMU, "qemuDomainOpenConsole");
        String tty = driver().withDom(dom, o -> {
            if (!o.isActive()) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU, "domain is not running");
            }
            ChrDef chr = find(o.def(), devName);
            if (chr == null) {
                throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.QEMU, "cannot find character device %s",
                        devName == null ? "<null>" : devName);
            }
            if (!"pty".equals(chr.type()) || chr.path() == null) {
                throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.QEMU,
                        "character device %s is not using a PTY", devName == null ? alias(o.def(), chr) : devName);
            }
            return chr.path();
        });
        return PtyStream.open(tty);
    }

    private static ChrDef find(DomainDef def, String devName) {
        if (devName == null) {
            // a console that is the serial port shares its pty, which the serial entry carries
            if (!def.devices().serials().isEmpty()) {
                return def.devices().serials().getFirst();
            }
            return def.devices().consoles().isEmpty() ? null : def.devices().consoles().getFirst();
        }
        for (int i = 0; i < def.devices().serials().size(); i++) {
            if (devName.equals("serial" + i)) {
                return def.devices().serials().get(i);
            }
        }
        for (int i = 0; i < def.devices().consoles().size(); i++) {
            if (devName.equals("console" + i)) {
                return i == 0 && !def.devices().serials().isEmpty() ? def.devices().serials().getFirst()
                        : def.devices().consoles().get(i);
            }
        }
        return null;
    }

    private static String alias(DomainDef def, ChrDef chr) {
        int i = def.devices().serials().indexOf(chr);
        return i >= 0 ? "serial" + i : "console" + def.devices().consoles().indexOf(chr);
    }

    /** The pty as a stream: reads end (0) when QEMU closes its side (EIO), finish and abort close the tty. */
    final class PtyStream implements StreamDriver {
        private final FileInputStream in;
        private final FileOutputStream out;

        private PtyStream(FileInputStream in, FileOutputStream out) {
            this.in = in;
            this.out = out;
        }

        static PtyStream open(String tty) {
            try {
                FileInputStream in = new FileInputStream(tty);
                try {
                    return new PtyStream(in, new FileOutputStream(tty));
                } catch (IOException e) {
                    in.close();
                    throw e;
                }
            } catch (IOException e) {
                throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU, "Unable to open tty %s: %s", tty,
                        e.getMessage());
            }
        }

        @Override
        public int send(byte[] data, int off, int len) {
            try {
                out.write(data, off, len);
                return len;
            } catch (IOException e) {
                throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.STREAMS, "cannot write to stream: %s",
                        e.getMessage());
            }
        }

        @Override
        public int recv(byte[] buf, int off, int len) {
            try {
                int n = in.read(buf, off, len);
                return Math.max(n, 0);
            } catch (IOException e) {
                return 0; // EIO: QEMU closed the pty's other side (the guest went away)
            }
        }

        @Override
        public void finish() {
            close();
        }

        @Override
        public void abort() {
            close();
        }

        private void close() {
            try {
                out.close();
            } catch (IOException e) {
                // closing either way
            }
            try {
                in.close();
            } catch (IOException e) {
                // a read blocked on the tty ends at the next byte or at EIO
            }
        }
    }
}
