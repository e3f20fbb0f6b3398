package org.jvirt.driver.remote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The few facts about this process and host that pick default socket and PKI paths, behind one seam so the
 * URI mapping is a pure function in tests.
 */
interface RemoteHost {

    /** geteuid(): libvirt uses per-user sockets and PKI only for non-root. */
    int euid();

    String getenv(String name);

    boolean exists(String path);

    /** The user's home directory. */
    String home();

    RemoteHost SYSTEM = new RemoteHost() {
        @Override
        public int euid() {
            // /proc/self/status "Uid: real effective saved fs"; the JDK offers no geteuid
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("Uid:")) {
                        return Integer.parseInt(line.substring(4).trim().split("\\s+")[1]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // fall through
            }
            return "root".equals(System.getProperty("user.name")) ? 0 : 1000;
        }

        @Override
        public String getenv(String name) {
            return System.getenv(name);
        }

        @Override
        public boolean exists(String path) {
            return Files.exists(Path.of(path));
        }

        @Override
        public String home() {
            return System.getProperty("user.home");
        }
    };
}
