package org.jvirt.conf.caps;

import java.util.Set;

/** libvirt's virArch names: what an {@code <arch>} or {@code <type arch=>} may say. */
public final class VirArch {

    private static final Set<String> NAMES = Set.of("alpha", "armv6l", "armv7l", "armv7b", "aarch64", "cris",
            "i686", "ia64", "lm32", "loongarch64", "m68k", "microblaze", "microblazeel", "mips", "mipsel", "mips64",
            "mips64el", "openrisc", "parisc", "parisc64", "ppc", "ppc64", "ppc64le", "ppcemb", "riscv32", "riscv64",
            "s390", "s390x", "sh4", "sh4eb", "sparc", "sparc64", "unicore32", "x86_64", "xtensa", "xtensaeb");

    private VirArch() {
    }

    /** True for a name virArchFromString knows. */
    public static boolean known(String arch) {
        return arch != null && NAMES.contains(arch);
    }
}
