package org.jvirt.driver.qemu;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jvirt.DomainState;
import org.jvirt.core.DomainJob;
import org.jvirt.core.DomainObj;
import org.jvirt.core.JobGuard;
import org.jvirt.core.VirErrors;
import org.jvirt.driver.qemu.monitor.QmpMonitor;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEventDetail;
import org.jvirt.flags.DomainCoreDumpFlag;
import org.jvirt.spi.DomainRef;

/**
 * virDomainCoreDumpWithFormat on QEMU (libvirt's qemuDomainCoreDumpWithFormat and doCoreDump). With
 * MEMORY_ONLY, QEMU writes the guest's memory itself (dump-guest-memory: ELF, or a kdump format QEMU reports in
 * query-dump-guest-memory-capability); otherwise the guest's state goes through an outgoing migration into the
 * file, as libvirt streams it (here through {@link QemuMigrationPump}). Without LIVE the guest is paused
 * (reason "dump") for the dump; afterwards a guest that was running runs again, RESET resets it first, CRASH
 * ends it shut off with reason "crashed". A file this call created is removed again when the dump fails.
 */
final class QemuDump {

    /** qemuDumpFormat: VIR_DOMAIN_CORE_DUMP_FORMAT_* to QEMU's names (raw is QEMU's default, ELF). */
    static final List<String> FORMATS = List.of("elf", "kdump-zlib", "kdump-lzo", "kdump-snappy", "win-dmp");

    static final int PAUSED_DUMP = 4;
    private static final long POLL_MILLIS = 10;

    private QemuDump() {
    }

    /** The checks libvirt's public virDomainCoreDumpWithFormat makes before the driver (VIR_FROM_DOMAIN). */
    static void checkPublicArgs(int format, int flags) {
        if (format < 0 || format >= FORMATS.size()) {
            throw VirErrors.invalidArg(ErrorDomain.DOMAIN, "dumpformat '%d' is not supported", format);
        }
        exclusive(flags, DomainCoreDumpFlag.CRASH, "VIR_DUMP_CRASH", DomainCoreDumpFlag.LIVE, "VIR_DUMP_LIVE");
        exclusive(flags, DomainCoreDumpFlag.CRASH, "VIR_DUMP_CRASH", DomainCoreDumpFlag.RESET, "VIR_DUMP_RESET");
        exclusive(flags, DomainCoreDumpFlag.LIVE, "VIR_DUMP_LIVE", DomainCoreDumpFlag.RESET, "VIR_DUMP_RESET");
    }

    private static void exclusive(int flags, DomainCoreDumpFlag a, String an, DomainCoreDumpFlag b, String bn) {
        if ((flags & a.value()) != 0 && (flags & b.value()) != 0) {
            throw VirErrors.invalidArg(ErrorDomain.DOMAIN, "Flags '%s' and '%s' are mutually exclusive", an, bn);
        }
    }

    private static boolean has(int flags, DomainCoreDumpFlag f) {
        return (flags & f.value()) != 0;
    }

    static void dump(QemuDriver d, DomainRef dom, Path path, int format, int flags) {
        DomainObj obj = d.find(dom);
        try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
            QemuDomainRuntime rt = d.withDom(dom, o -> QemuControl.runtime(d, o));
            boolean resume = d.withDom(dom, o -> o.state() == DomainState.RUNNING);
            boolean paused = false;
            if (!has(flags, DomainCoreDumpFlag.LIVE) && resume) {
                rt.monitor.stop();
                d.withDom(dom, o -> {
                    o.setState(DomainState.PAUSED, PAUSED_DUMP);
                    d.events.lifecycle(o, DomainEventDetail.Suspended.PAUSED);
                    d.saveStatus(o, rt);
                    return null;
                });
                paused = true;
            }
            VirtException failure = null;
            try {
                write(rt, path, format, flags);
                if (!paused && !has(flags, DomainCoreDumpFlag.MEMORY_ONLY) && resume) {
                    // the migration stopped the vCPUs at its end (libvirt's STOP handler reports it)
                    d.withDom(dom, o -> {
                        o.setState(DomainState.PAUSED, PAUSED_DUMP);
                        d.events.lifecycle(o, DomainEventDetail.Suspended.PAUSED);
                        return null;
                    });
                }
                paused = true; // resumed below, live or not, as libvirt does
            } catch (VirtException e) {
                failure = e;
            }
            finish(d, dom, rt, flags, failure == null, resume && paused);
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** The end of qemuDomainCoreDumpWithFormat: crash, or reset and resume, as the flags say. */
    private static void finish(QemuDriver d, DomainRef dom, QemuDomainRuntime rt, int flags, boolean ok, boolean resume) {
        if (ok && has(flags, DomainCoreDumpFlag.CRASH)) {
            rt.beingDestroyed = true;
            QemuProcess.kill(rt.pid, false);
            d.withDom(dom, o -> {
                if (d.runtimes.get(o.uuid()) == rt) {
                    QemuProcess.stopLocked(d, o, rt, QemuProcess.SHUTOFF_CRASHED, DomainEventDetail.Stopped.CRASHED);
                }
                return null;
            });
            return;
        }
        if (!resume && !has(flags, DomainCoreDumpFlag.RESET) || !d.withDom(dom, o -> d.runtimes.get(o.uuid()) == rt)) {
            return;
        }
        if (ok && has(flags, DomainCoreDumpFlag.RESET)) {
            rt.monitor.systemReset();
        }
        if (resume) {
            rt.monitor.cont();
            d.withDom(dom, o -> {
                boolean wasPaused = o.state() != DomainState.RUNNING;
                o.setState(DomainState.RUNNING, QemuProcess.RUNNING_UNPAUSED);
                if (wasPaused) {
                    d.events.lifecycle(o, DomainEventDetail.Resumed.UNPAUSED);
                }
                d.saveStatus(o, rt);
                return null;
            });
        }
    }

    /** doCoreDump: creates the file, then lets QEMU fill it; removes a file it created when that fails. */
    private static void write(QemuDomainRuntime rt, Path path, int format, int flags) {
        boolean created = !Files.exists(path);
        try (FileChannel f = open(path)) {
            if (has(flags, DomainCoreDumpFlag.MEMORY_ONLY)) {
                memoryOnly(rt, path, format);
            } else {
                if (format != 0) {
                    throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.QEMU,
                            "kdump-compressed format is only supported with memory-only dump");
                }
                try (QemuMigrationPump.Receiver rx = new QemuMigrationPump.Receiver(rt.runDir.resolve("dump.sock"), f, 0)) {
                    rt.monitor.migrate(rx.uri());
                    QemuSave.awaitMigration(rt.monitor, "domain core dump");
                    rx.await(QemuSave.MIGRATION_TIMEOUT_SECONDS);
                }
            }
        } catch (IOException e) {
            removeIf(created, path);
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU, "unable to write dump file %s: %s", path, e.getMessage());
        } catch (RuntimeException e) {
            removeIf(created, path);
            throw e;
        }
    }

    private static FileChannel open(Path path) {
        try {
            return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU, "Failed to create file '%s': %s", path,
                    QemuDump.reason(e));
        }
    }

    /**
     * qemuDumpToFd: the format checked against QEMU's list (ELF needs no check), then a detached dump; its end is
     * QEMU's DUMP_COMPLETED (with the reason of a failure), query-dump is polled in case the event is missed.
     */
    private static void memoryOnly(QemuDomainRuntime rt, Path path, int format) {
        QmpMonitor mon = rt.monitor;
        String name = FORMATS.get(format);
        String qemuFormat = "elf".equals(name) ? null : name;
        if (qemuFormat != null && !mon.queryDumpGuestMemoryFormats().contains(qemuFormat)) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU,
                    "unsupported dumpformat '%s' for this QEMU binary", qemuFormat);
        }
        CompletableFuture<String> done = new CompletableFuture<>();
        rt.dumpCompleted = done;
        mon.dumpGuestMemory("file:" + path, qemuFormat);
        String error;
        try {
            while (true) {
                try {
                    error = done.get(POLL_MILLIS * 10, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException e) {
                    String status = mon.queryDump();
                    if (!"active".equals(status) && !"none".equals(status)) {
                        // finished: the event with the reason follows the status at once
                        error = done.completeOnTimeout("", 2, TimeUnit.SECONDS).get();
                        break;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw VirtException.of(ErrorCode.OPERATION_ABORTED, ErrorDomain.QEMU, "domain core dump interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        if (!error.isEmpty()) {
            throw VirtException.of(ErrorCode.OPERATION_FAILED, ErrorDomain.QEMU, "memory-only dump failed: %s", error);
        }
        if (!"completed".equals(mon.queryDump())) {
            throw VirtException.of(ErrorCode.OPERATION_FAILED, ErrorDomain.QEMU, "memory-only dump failed for unknown reason");
        }
    }

    private static void removeIf(boolean created, Path path) {
        if (created) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // the dump's error is the one to report
            }
        }
    }

    /** strerror-like text of an I/O failure ("No such file or directory"). */
    static String reason(IOException e) {
        return switch (e) {
            case java.nio.file.NoSuchFileException n -> "No such file or directory";
            case java.nio.file.AccessDeniedException a -> "Permission denied";
            default -> e.getMessage();
        };
    }
}
