package org.jvirt.driver.qemu;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock that makes one process the manager of one running domain: an exclusive lock on
 * {@code <stateDir>/NAME.lock} held for as long as this process monitors the domain. Another process (or another
 * driver instance of this JVM, which the JDK reports as an overlapping lock) cannot take it, so two processes never
 * send commands to, or tear down, the same QEMU. The OS drops the lock when the holder dies.
 */
final class QemuDomainLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private QemuDomainLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or null when another process (or driver instance) holds it. */
    static QemuDomainLock tryAcquire(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null;
        }
        if (l == null) {
            ch.close();
            return null;
        }
        ch.truncate(0);
        ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        return new QemuDomainLock(file, ch, l);
    }

    /** The pid written by the holder, for error messages; -1 when unknown. */
    static long holder(Path file) {
        try {
            return Long.parseLong(Files.readString(file).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    Path file() {
        return file;
    }

    /** Releases the lock and removes the file (only the holder may remove it, so no one else is using it). */
    void releaseAndDelete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale lock file is harmless: locks are on the open file, not on its existence
        }
        close();
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            // closing releases the lock anyway
        }
    }
}
