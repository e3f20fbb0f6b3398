package org.jvirt.driver.qemu;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jvirt.driver.qemu.monitor.QmpMigration;
import org.jvirt.driver.qemu.monitor.QmpMonitor;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * The incoming side of a restore (qemuSaveImageStartVM): QEMU was started with {@code -incoming defer}; once its
 * monitor is up, migrate-incoming makes it listen on a unix socket in the run directory, the JVM sends the image's
 * migration stream into it ({@link QemuMigrationPump}), and the load is complete when query-migrate says so.
 *
 * @param image the save image
 * @param offset where QEMU's stream starts in it (after header and XML)
 */
record QemuIncoming(Path image, long offset) {

    private static final long TIMEOUT_SECONDS = 600;

    void load(QmpMonitor mon, Path runDir) {
        Path socket = runDir.resolve("incoming.sock");
        try (FileChannel in = FileChannel.open(image, StandardOpenOption.READ)) {
            mon.migrateIncoming("unix:" + socket);
            CompletableFuture<Long> sent = QemuMigrationPump.send(socket, in, offset);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (true) {
                QmpMigration m = mon.queryMigrate();
                if ("completed".equals(m.status())) {
                    break;
                }
                if ("failed".equals(m.status()) || "cancelled".equals(m.status())) {
                    throw VirtException.of(ErrorCode.OPERATION_FAILED, ErrorDomain.QEMU,
                            "job 'restore' failed: %s", m.errorDesc() != null ? m.errorDesc() : m.status());
                }
                if (sent.isCompletedExceptionally()) {
                    sent.get(); // throws the pump's error
                }
                if (System.nanoTime() > deadline) {
                    throw VirtException.of(ErrorCode.OPERATION_TIMEOUT, ErrorDomain.QEMU,
                            "job 'restore' did not finish within %d s", TIMEOUT_SECONDS);
                }
                Thread.sleep(5);
            }
            sent.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU,
                    "cannot read save image '%s': %s", image, e.getMessage());
        } catch (ExecutionException | TimeoutException e) {
            throw VirtException.of(ErrorCode.OPERATION_FAILED, ErrorDomain.QEMU,
                    "cannot send save image '%s' to QEMU: %s", image, e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw VirtException.of(ErrorCode.OPERATION_ABORTED, ErrorDomain.QEMU, "restore interrupted");
        }
    }
}
