package org.jvirt.daemon;

import java.io.IOException;
import java.nio.file.Path;
import org.jvirt.daemon.conf.ConfFile;
import org.jvirt.daemon.conf.ConfigException;
import org.jvirt.daemon.conf.DaemonConfig;
import org.jvirt.daemon.conf.HostPaths;

/** A jvirtd started in this JVM on a scratch socket directory, configured through config text as a user would. */
public final class TestDaemon implements AutoCloseable {

    private final Daemon daemon;
    private final DaemonConfig config;

    private TestDaemon(Daemon daemon, DaemonConfig config) {
        this.daemon = daemon;
        this.config = config;
    }

    /** @param extraConfig more libvirtd.conf lines (may be empty) */
    public static TestDaemon start(Path dir, String extraConfig) throws IOException, ConfigException {
        return start(dir, extraConfig, false);
    }

    public static TestDaemon start(Path dir, String extraConfig, boolean listen) throws IOException, ConfigException {
        String text = "unix_sock_dir = \"" + dir + "\"\n" + extraConfig;
        DaemonConfig config = DaemonConfig.load(ConfFile.parse(dir + "/test.conf", text), HostPaths.current());
        return new TestDaemon(Daemon.start(config, listen), config);
    }

    public Daemon daemon() {
        return daemon;
    }

    public DaemonConfig config() {
        return config;
    }

    public Path rwSocket() {
        return config.rwSocket();
    }

    /** The read-only socket; only a root daemon has one (as libvirtd). */
    public Path roSocket() {
        return config.roSocket().orElseThrow(() -> new IllegalStateException("not running as root: no read-only socket"));
    }

    public String uri() {
        return "test+unix:///default?socket=" + rwSocket();
    }

    public String roUri() {
        return "test+unix:///default?socket=" + roSocket();
    }

    @Override
    public void close() {
        daemon.close();
    }
}
