package org.jvirt.daemon;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jvirt.daemon.conf.ConfigException;
import org.jvirt.daemon.conf.DaemonConfig;
import org.jvirt.daemon.conf.HostPaths;

/**
 * jvirtd's entry point, libvirtd's start of day: options, config file (an explicit one must exist, the
 * default one may be missing), pid file, listeners, then serve until SIGTERM/SIGINT or, with --timeout,
 * until no client has been connected for that long. Exit codes are libvirtd's (virDaemonErr): 1 pid file,
 * 6 network sockets, 7 configuration.
 */
public final class Jvirtd {

    static final int ERR_PIDFILE = 1;
    static final int ERR_NETWORK = 6;
    static final int ERR_CONFIG = 7;

    /** Set by bin/jvirtd --daemon: a FIFO the launcher reads to learn that start-up finished, or why it failed. */
    static final String READY_FIFO_ENV = "JVIRTD_READY_FIFO";

    private Jvirtd() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), HostPaths.current(), System.err));
    }

    static int run(List<String> args, HostPaths host, PrintStream err) {
        JvirtdOptions opts;
        try {
            opts = JvirtdOptions.parse(args);
        } catch (JvirtdOptions.UsageException e) {
            err.println("jvirtd: " + e.getMessage());
            if (e.showUsage()) {
                err.print(JvirtdOptions.usage(host.privileged()));
            }
            return fail(1, e.getMessage());
        }
        if (opts.help()) {
            err.print(JvirtdOptions.usage(host.privileged()));
            return 0;
        }
        if (opts.version()) {
            System.out.println("jvirtd (jvirt) " + version());
            return 0;
        }
        configureLogging(opts.verbose());

        DaemonConfig config;
        Path file = opts.config() != null ? opts.config() : host.defaultConfigFile();
        try {
            config = opts.config() == null && !Files.exists(file) ? DaemonConfig.defaults(host) : DaemonConfig.load(file, host);
        } catch (ConfigException e) {
            String msg = "Can't load config file: " + e.getMessage() + ": " + file;
            err.println("jvirtd: error: " + msg);
            return fail(ERR_CONFIG, msg);
        }

        PidFile pid;
        try {
            pid = PidFile.acquire(opts.pidFile() != null ? opts.pidFile() : host.defaultPidFile());
        } catch (IOException e) {
            err.println("jvirtd: error: " + e.getMessage());
            return fail(ERR_PIDFILE, e.getMessage());
        }

        Daemon daemon;
        try {
            daemon = Daemon.start(config, opts.listen());
        } catch (IOException | ConfigException e) {
            err.println("jvirtd: error: " + e.getMessage());
            pid.close();
            return fail(ERR_NETWORK, e.getMessage());
        }

        Thread hook = new Thread(() -> {
            daemon.close();
            pid.close();
        }, "jvirtd-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        ready(null);
        try {
            daemon.awaitIdleOrStop(opts.timeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        daemon.close();
        pid.close();
        return 0;
    }

    private static int fail(int code, String message) {
        ready(code + " " + message);
        return code;
    }

    /** Tells a waiting `bin/jvirtd --daemon` launcher the outcome: "0" or "CODE message". */
    private static void ready(String failure) {
        String fifo = System.getenv(READY_FIFO_ENV);
        if (fifo == null || fifo.isEmpty()) {
            return;
        }
        try {
            Files.writeString(Path.of(fifo), (failure == null ? "0" : failure.replace('\n', ' ')) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException ignored) {
            // the launcher is gone; nothing to tell
        }
    }

    /** libvirtd logs warnings and errors by default, informational messages with --verbose. */
    private static void configureLogging(boolean verbose) {
        Logger root = Logger.getLogger("");
        Level level = verbose ? Level.INFO : Level.WARNING;
        root.setLevel(level);
        for (var h : root.getHandlers()) {
            h.setLevel(level);
        }
    }

    static String version() {
        String v = Jvirtd.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }
}
