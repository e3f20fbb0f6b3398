package org.jvirt.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * jvirtd in a child JVM with an environment of the test's choosing (TestDaemon runs in this JVM and so shares
 * its environment): drivers that read HOME or the XDG directories, as qemu:///session does, then keep all their
 * files under a scratch directory. Runs {@link Jvirtd#main} on this JVM's class path with a config file that
 * puts the sockets and the pid file in {@code dir}.
 */
public final class ChildDaemon implements AutoCloseable {

    private final Process process;
    private final Path socket;

    private ChildDaemon(Process process, Path socket) {
        this.process = process;
        this.socket = socket;
    }

    /** Starts it and waits until its read-write socket exists; stderr goes to {@code dir/jvirtd.log}. */
    public static ChildDaemon start(Path dir, Map<String, String> env) throws IOException, InterruptedException {
        Path sockDir = Files.createDirectories(dir.resolve("sock"));
        Path conf = Files.writeString(dir.resolve("jvirtd.conf"), "unix_sock_dir = \"" + sockDir + "\"\n");
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Jvirtd.class.getName(),
                "--config", conf.toString(), "--pid-file", dir.resolve("jvirtd.pid").toString()));
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true)
                .redirectOutput(dir.resolve("jvirtd.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(env);
        Process p = pb.start();
        Path sock = sockDir.resolve("libvirt-sock");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(sock)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IOException("jvirtd did not start: " + Files.readString(dir.resolve("jvirtd.log")));
            }
            Thread.sleep(50);
        }
        return new ChildDaemon(p, sock);
    }

    public Path rwSocket() {
        return socket;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGTERM, as a service manager stops libvirtd; guests it started keep running (as with libvirtd). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
