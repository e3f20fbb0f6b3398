package org.jvirt.driver.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * A child process whose stdin/stdout carry the protocol: ssh (the system's client) and ext. Started directly,
 * never through a local shell. Its stderr is kept (bounded) for error texts, as libvirt reports it:
 * "Cannot recv data: ssh: connect to host h port 22: Connection refused: Connection reset by peer".
 */
final class CommandChannel implements RemoteChannel {

    /** libvirt keeps a child's stderr for its messages; a runaway child must not grow it without bound. */
    private static final int ERROUT_MAX = 64 * 1024;

    private final Process process;
    private final ByteArrayOutputStream errout = new ByteArrayOutputStream();
    private final Thread stderrReader;

    private CommandChannel(Process process) {
        this.process = process;
        this.stderrReader = Thread.ofVirtual().name("jvirt-remote-stderr").start(this::drainStderr);
    }

    /**
     * Starts the command. A bare name that no PATH directory holds fails before anything runs, as in libvirt
     * (virFindFileInPath); a path that cannot be executed fails as libvirt's forked child reports it, through the
     * link: "Cannot recv data: libvirt:  error : cannot execute binary X: ...: Connection reset by peer".
     */
    static CommandChannel start(List<String> argv) {
        String program = argv.get(0);
        if (program.indexOf('/') < 0 && findInPath(program) == null) {
            throw RemoteFailures.system(ErrorDomain.NONE, "Cannot find '" + program + "' in path",
                    "No such file or directory");
        }
        try {
            return new CommandChannel(new ProcessBuilder(argv).start());
        } catch (IOException e) {
            String why = Files.exists(Path.of(program)) ? "Permission denied" : "No such file or directory";
            throw RemoteFailures.recvFailed("libvirt:  error : cannot execute binary " + program + ": " + why,
                    "Connection reset by peer");
        }
    }

    private static Path findInPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    private void drainStderr() {
        byte[] buf = new byte[4096];
        try (InputStream err = process.getErrorStream()) {
            int n;
            while ((n = err.read(buf)) > 0) {
                synchronized (errout) {
                    if (errout.size() < ERROUT_MAX) {
                        errout.write(buf, 0, Math.min(n, ERROUT_MAX - errout.size()));
                    }
                }
            }
        } catch (IOException e) {
            // the child went away; what it said so far stays
        }
    }

    /** The child's stderr so far, without trailing newlines (libvirt trims them). */
    String errout() {
        String s;
        synchronized (errout) {
            s = errout.toString(StandardCharsets.UTF_8);
        }
        return s.stripTrailing();
    }

    @Override
    public InputStream input() {
        return process.getInputStream();
    }

    @Override
    public OutputStream output() {
        return process.getOutputStream();
    }

    /**
     * libvirt talks to the child over a socketpair: when the child dies without reading what was sent, the read
     * fails with a reset. Over pipes the JDK sees an end of file, so a dead child is reported as libvirt sees it.
     */
    @Override
    public VirtException eof() {
        boolean exited;
        try {
            exited = process.waitFor(200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exited = !process.isAlive();
        }
        settleStderr();
        if (exited) {
            return RemoteFailures.recvFailed(errout(), "Connection reset by peer");
        }
        return RemoteFailures.endOfFile(errout());
    }

    @Override
    public VirtException readFailed(IOException e) {
        settleStderr();
        return RemoteFailures.recvFailed(errout(), RemoteFailures.strerror(e));
    }

    @Override
    public VirtException writeFailed(IOException e) {
        settleStderr();
        return RemoteFailures.writeFailed(errout(), RemoteFailures.strerror(e));
    }

    /** Gives the stderr reader a moment to collect the child's last words before they go into a message. */
    private void settleStderr() {
        try {
            if (process.waitFor(100, TimeUnit.MILLISECONDS)) {
                stderrReader.join(java.time.Duration.ofMillis(500));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        RemoteChannels.closeQuietly(process.getOutputStream());
        RemoteChannels.closeQuietly(process.getInputStream());
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
