package org.jvirt.driver.test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.HypervisorDriver;

/**
 * The host entries the test driver fills beyond node info: free pages (testNodeGetFreePages: made-up counts,
 * the same sequence for any request) and CPU model names (virCPUGetModels over libvirt's cpu_map). Page
 * allocation, memory tuning, suspend, SEV, CPU comparison and native configs stay unsupported, as in libvirt 9.0.
 */
interface TestHostOps extends HypervisorDriver {

    @Override
    default org.jvirt.NodeFreePages nodeGetFreePages(int[] pages, int startCell, int cellCount, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testNodeGetFreePages");
        long[] counts = new long[pages.length * cellCount];
        long x = 6;
        for (int i = 0; i < counts.length; i++) {
            x = x * 2 + 7;
            counts[i] = x;
        }
        // libvirt 9.0 returns 0 here, not the number of counts
        return new org.jvirt.NodeFreePages(0, counts);
    }

    @Override
    default List<String> connectGetCPUModelNames(String arch, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testConnectGetCPUModelNames");
        if (!CpuModels.ARCHES.contains(arch)) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST, "cannot find architecture %s", arch);
        }
        return switch (arch) {
            case "i686", "x86_64" -> CpuModels.list("x86");
            case "ppc64", "ppc64le" -> CpuModels.list("ppc64");
            // the ARM and s390 CPU drivers accept any model: no list
            case "armv6l", "armv7l", "armv7b", "aarch64", "s390", "s390x" -> List.of();
            default -> throw VirtException.of(ErrorCode.NO_SUPPORT, ErrorDomain.CPU,
                    "'%s' architecture is not supported by CPU driver", arch);
        };
    }

    /** The model table, read on first use. */
    final class CpuModels {

        /** libvirt's virArch names (as jvirt-conf's OsXml has them, which keeps its set to itself). */
        static final Set<String> ARCHES = Set.of("alpha", "armv6l", "armv7l", "armv7b", "aarch64", "cris", "i686",
                "ia64", "lm32", "loongarch64", "m68k", "microblaze", "microblazeel", "mips", "mipsel", "mips64",
                "mips64el", "openrisc", "parisc", "parisc64", "ppc", "ppc64", "ppc64le", "ppcemb", "riscv32", "riscv64",
                "s390", "s390x", "sh4", "sh4eb", "sparc", "sparc64", "unicore32", "x86_64", "xtensa", "xtensaeb");

        private static final Properties TABLE = load();

        private CpuModels() {
        }

        static List<String> list(String driver) {
            return Arrays.asList(TABLE.getProperty(driver).strip().split(" +"));
        }

        private static Properties load() {
            Properties p = new Properties();
            try (InputStream in = TestHostOps.class.getResourceAsStream("cpu-models.properties")) {
                p.load(in);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return p;
        }
    }
}
