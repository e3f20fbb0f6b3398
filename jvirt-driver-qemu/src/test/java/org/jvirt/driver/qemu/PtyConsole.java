package org.jvirt.driver.qemu;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A test's end of a guest's serial pty: everything the guest prints is collected by a reader thread; lines
 * typed are written to the pty. QEMU put the pty in raw mode, so bytes pass unchanged.
 */
final class PtyConsole implements AutoCloseable {

    private final FileInputStream in;
    private final FileOutputStream out;
    private final StringBuffer seen = new StringBuffer();

    PtyConsole(String tty) throws IOException {
        in = new FileInputStream(tty);
        out = new FileOutputStream(tty);
        Thread.ofVirtual().start(() -> {
            byte[] b = new byte[4096];
            try {
                for (int n; (n = in.read(b)) > 0; ) {
                    seen.append(new String(b, 0, n, StandardCharsets.ISO_8859_1));
                }
            } catch (IOException e) {
                // closed
            }
        });
    }

    void type(String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /**
     * Types a shell command that prints {@code expect} only when the shell evaluates it, again every 2 s until
     * it shows (the first lines may be lost while the guest is still starting its shell).
     */
    boolean run(String command, String expect, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            type(command + "\n");
            if (QemuDriverFixture.await(Duration.ofSeconds(2), () -> seen.indexOf(expect) >= 0)) {
                return true;
            }
        }
        return false;
    }

    String seen() {
        return seen.toString();
    }

    @Override
    public void close() throws IOException {
        out.close();
        in.close();
    }
}
