package org.jvirt.rpc.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** Starts (or reuses) the machine's one scratch libvirtd through bin/lib/libvirtd-scratch.sh. */
final class ScratchLibvirtd {

    private ScratchLibvirtd() {
    }

    static Path socket() throws Exception {
        Path script = projectRoot().resolve("bin/lib/libvirtd-scratch.sh");
        Process start = new ProcessBuilder(script.toString(), "start").inheritIO().start();
        assertThat(start.waitFor()).as("libvirtd-scratch.sh start").isZero();
        Process sock = new ProcessBuilder(script.toString(), "socket").start();
        String path = new String(sock.getInputStream().readAllBytes()).trim();
        sock.waitFor();
        return Path.of(path);
    }

    private static Path projectRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("bin/lib/libvirtd-scratch.sh"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("bin/lib/libvirtd-scratch.sh not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }
}
