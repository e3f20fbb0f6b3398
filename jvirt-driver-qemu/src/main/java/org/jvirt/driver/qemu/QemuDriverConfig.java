package org.jvirt.driver.qemu;

import java.nio.file.Path;
import java.util.Map;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.ConnectUri;

/**
 * Where one QEMU driver instance keeps its files, from the connection URI (libvirt's virQEMUDriverConfigNew):
 * qemu:///system (root only: /etc/jvirt/qemu, /run/jvirt/qemu, /var/cache/jvirt/qemu, /var/log/jvirt/qemu),
 * qemu:///session (the XDG directories of the user) and qemu:///embed?root=DIR (everything under DIR, so tests
 * never touch the machine's /etc or /run).
 *
 * @param uri the canonical URI of the instance ("qemu:///embed?root=/abs/dir")
 * @param root the identity of the instance: two URIs with the same root share one driver per process
 * @param configDir persistent domain XML ({@code NAME.xml})
 * @param stateDir status files, monitor sockets, per-domain lock files
 * @param cacheDir probed capabilities
 * @param logDir one log per domain with QEMU's stderr
 */
public record QemuDriverConfig(String uri, String root, Path configDir, Path stateDir, Path cacheDir, Path logDir,
                               boolean privileged) {

    /** Builds the config for {@code uri}; {@code env} is the process environment, {@code uid} the effective user. */
    public static QemuDriverConfig of(ConnectUri uri, Map<String, String> env, long uid) {
        String path = uri.path();
        switch (path) {
            case "/system" -> {
                if (uid != 0) {
                    throw VirtException.of(ErrorCode.NO_CONNECT, ErrorDomain.QEMU,
                            "unexpected QEMU URI path '/system', try qemu:///session");
                }
                return new QemuDriverConfig("qemu:///system", "system", Path.of("/etc/jvirt/qemu"),
                        Path.of("/run/jvirt/qemu"), Path.of("/var/cache/jvirt/qemu"), Path.of("/var/log/jvirt/qemu"), true);
            }
            case "/session" -> {
                Path home = Path.of(env.getOrDefault("HOME", "/"));
                Path config = xdg(env, "XDG_CONFIG_HOME", home.resolve(".config"));
                Path cache = xdg(env, "XDG_CACHE_HOME", home.resolve(".cache"));
                Path runtime = xdg(env, "XDG_RUNTIME_DIR", cache);
                return new QemuDriverConfig("qemu:///session", "session:" + config, config.resolve("jvirt/qemu"),
                        runtime.resolve("jvirt/qemu"), cache.resolve("jvirt/qemu/cache"), cache.resolve("jvirt/qemu/log"), false);
            }
            case "/embed" -> {
                String root = uri.params().get("root");
                if (root == null || root.isEmpty()) {
                    throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU, "root parameter is required for embedded driver");
                }
                Path r = Path.of(root);
                if (!r.isAbsolute()) {
                    throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU, "root path must be absolute");
                }
                r = r.normalize();
                return new QemuDriverConfig("qemu:///embed?root=" + r, "embed:" + r, r.resolve("etc/qemu"),
                        r.resolve("run/qemu"), r.resolve("cache/qemu"), r.resolve("log/qemu"), uid == 0);
            }
            default -> throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.QEMU,
                    "unexpected QEMU URI path '%s', try qemu:///%s", path, uid == 0 ? "system" : "session");
        }
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? fallback : Path.of(v);
    }

    /** The persistent config of a domain. */
    public Path configFile(String name) {
        return configDir.resolve(name + ".xml");
    }

    /** The status file of a running domain (live XML, pid, monitor path). */
    public Path statusFile(String name) {
        return stateDir.resolve(name + ".xml");
    }

    /** The lock file held by the process that manages the running domain. */
    public Path lockFile(String name) {
        return stateDir.resolve(name + ".lock");
    }

    /**
     * Managed save images (libvirt's saveDir): kept across reboots, unlike the state dir, as libvirt keeps them in
     * /var/lib/libvirt/qemu/save, $XDG_CONFIG_HOME/libvirt/qemu/save (session) or ROOT/lib/qemu/save (embed).
     */
    public Path saveDir() {
        if (privileged && root.equals("system")) {
            return Path.of("/var/lib/jvirt/qemu/save");
        }
        if (root.startsWith("embed:")) {
            return Path.of(root.substring("embed:".length())).resolve("lib/qemu/save");
        }
        return configDir.resolve("save");
    }

    /**
     * Why an inactive persistent domain is shut off ("saved", "destroyed"...), what libvirtd keeps in memory;
     * beside the state dir, which holds only what belongs to a run.
     */
    public Path shutoffReasonFile(String name) {
        return stateDir.resolveSibling(stateDir.getFileName() + "-shutoff").resolve(name);
    }

    /** libvirt's autostartDir: one link per autostarted domain, NAME.xml pointing at the config file. */
    public Path autostartDir() {
        return configDir.resolve("autostart");
    }

    public Path autostartLink(String name) {
        return autostartDir().resolve(name + ".xml");
    }

    /**
     * virDriverShouldAutostart's marker: present once this host boot's autostart has run. The state dir is on a
     * tmpfs (/run) for system and session, so a host reboot removes it; a jvirsh process opening the driver after
     * the user destroyed an autostarted guest finds it and starts nothing.
     */
    public Path autostartedMarker() {
        return stateDir.resolve("autostarted");
    }

    /** The managed save image of a domain. */
    public Path managedSaveFile(String name) {
        return saveDir().resolve(name + ".save");
    }

    public Path logFile(String name) {
        return logDir.resolve(name + ".log");
    }

    /**
     * The per-run directory with the monitor socket (libvirt's domain-ID-NAME, name cut to 20 characters to keep
     * the socket path within the 107 bytes a unix address holds).
     */
    public Path domainDir(int id, String name) {
        String shortName = name.length() > 20 ? name.substring(0, 20) : name;
        return stateDir.resolve("domain-" + id + "-" + shortName);
    }
}
