package org.jvirt.daemon.conf;

import java.nio.file.Path;
import java.util.Map;

/**
 * The facts libvirtd's defaults depend on: running as root ("privileged": sockets in /run/libvirt, a read-only
 * socket, TLS files under /etc/pki) or not (sockets in $XDG_RUNTIME_DIR/libvirt, no read-only socket, TLS files
 * under ~/.pki/libvirt).
 */
public record HostPaths(boolean privileged, Path runDir, Path userRuntimeDir, Path home) {

    public static HostPaths current() {
        return of(isRoot(), System.getenv());
    }

    static HostPaths of(boolean privileged, Map<String, String> env) {
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        String xdg = env.get("XDG_RUNTIME_DIR");
        // virGetUserRuntimeDirectory: $XDG_RUNTIME_DIR, else ~/.cache, then "libvirt"
        Path runtime = (xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(home, ".cache")).resolve("libvirt");
        return new HostPaths(privileged, Path.of("/run"), runtime, Path.of(home));
    }

    private static boolean isRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (LinkageError | RuntimeException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** The socket directory when unix_sock_dir is not set. */
    public Path defaultSocketDir() {
        return privileged ? runDir.resolve("libvirt") : userRuntimeDir;
    }

    /** Where the pid file goes unless --pid-file says otherwise (jvirtd.pid, so libvirtd's own is left alone). */
    public Path defaultPidFile() {
        return privileged ? runDir.resolve("jvirtd.pid") : userRuntimeDir.resolve("jvirtd.pid");
    }

    /** The config file read when --config is not given (a missing one is fine, as for libvirtd). */
    public Path defaultConfigFile() {
        return privileged ? Path.of("/etc/libvirt/jvirtd.conf") : home.resolve(".config/libvirt/jvirtd.conf");
    }

    Path defaultCaFile() {
        return privileged ? Path.of("/etc/pki/CA/cacert.pem") : home.resolve(".pki/libvirt/cacert.pem");
    }

    Path defaultCertFile() {
        return privileged ? Path.of("/etc/pki/libvirt/servercert.pem") : home.resolve(".pki/libvirt/servercert.pem");
    }

    Path defaultKeyFile() {
        return privileged ? Path.of("/etc/pki/libvirt/private/serverkey.pem") : home.resolve(".pki/libvirt/serverkey.pem");
    }
}
