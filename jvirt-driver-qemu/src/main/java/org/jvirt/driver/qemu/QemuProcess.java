package org.jvirt.driver.qemu;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jvirt.DomainState;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.core.DomainObj;
import org.jvirt.core.Rollback;
import org.jvirt.driver.qemu.caps.QemuBinaryCaps;
import org.jvirt.driver.qemu.command.QemuAliases;
import org.jvirt.driver.qemu.command.QemuCommandBuilder;
import org.jvirt.driver.qemu.monitor.QmpMonitor;
import org.jvirt.driver.qemu.net.QemuInterfaces;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEventDetail;

/**
 * Starting and stopping QEMU for a domain (libvirt's qemu_process.c). Start builds the argv with the pure
 * {@link QemuCommandBuilder}, spawns QEMU directly (no shell) in a session of its own so that it outlives this
 * process and ignores the terminal's signals, connects QMP and resumes the vCPUs; every side effect is
 * registered in a {@link Rollback}, so a failed start leaves no process, socket, lock or file, and its error
 * quotes what QEMU printed. Callers hold the domain's job, never its lock, while these run.
 */
final class QemuProcess {

    static final int RUNNING_BOOTED = 1;
    static final int RUNNING_RESTORED = 3;
    static final int RUNNING_UNPAUSED = 5;
    static final int PAUSED_USER = 1;
    static final int PAUSED_MIGRATION = 2;
    static final int PAUSED_SAVE = 3;
    static final int RUNNING_SAVE_CANCELED = 7;
    static final int SHUTDOWN_UNKNOWN = 0;
    static final int SHUTOFF_UNKNOWN = 0;
    static final int SHUTOFF_SHUTDOWN = 1;
    static final int SHUTOFF_DESTROYED = 2;
    static final int SHUTOFF_CRASHED = 3;
    static final int SHUTOFF_SAVED = 5;
    static final int SHUTOFF_FAILED = 6;

    private static final Duration MONITOR_TIMEOUT = Duration.ofSeconds(30);
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private QemuProcess() {
    }

    /**
     * Starts {@code obj}'s QEMU and leaves the domain running with a new id (qemuProcessStart). The caller holds
     * the job; this takes the object lock only to publish the result.
     */
    static void start(QemuDriver d, DomainObj obj, boolean paused) {
        start(d, obj, paused, null);
    }

    /**
     * As {@link #start(QemuDriver, DomainObj, boolean)}; with {@code incoming}, QEMU starts with
     * {@code -incoming defer} and loads the guest state from a save image before the vCPUs run (restore): the
     * domain ends up running with reason "restored" (paused with reason "migration" when {@code paused}).
     */
    static void start(QemuDriver d, DomainObj obj, boolean paused, QemuIncoming incoming) {
        DomainDef def = obj.def();
        QemuBinaryCaps caps = d.defs.capsOf(def);
        d.defs.validate(def);
        int id = d.allocateId();
        QemuDriverConfig cfg = d.config;
        List<Integer> displayPorts = new ArrayList<>();
        try (Rollback rb = new Rollback()) {
            QemuDomainLock lock;
            try {
                lock = QemuDomainLock.tryAcquire(cfg.lockFile(def.name()));
            } catch (IOException e) {
                throw sysError("cannot create lock file for domain '%s': %s", def.name(), e.getMessage());
            }
            if (lock == null) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU,
                        "domain '%s' is managed by another process (pid %d)", def.name(), QemuDomainLock.holder(cfg.lockFile(def.name())));
            }
            rb.add("release lock", lock::releaseAndDelete);

            Path runDir = cfg.domainDir(id, def.name());
            try {
                Files.createDirectories(runDir);
            } catch (IOException e) {
                throw sysError("cannot create directory '%s': %s", runDir, e.getMessage());
            }
            rb.add("remove " + runDir, () -> QemuFiles.deleteTree(runDir));
            Path socket = runDir.resolve("monitor.sock");

            // pure: refuses what it cannot express before anything runs
            // host side of tap NICs (taps, bridge ports, scripts), each registered in rb; names the taps
            // the ids QEMU gets are the live XML's aliases (and PCI addresses), as libvirt shows them
            DomainDef netDef = QemuGraphicsPorts.assign(QemuAliases.assign(QemuInterfaces.system().connect(def, rb)),
                    displayPorts);
            List<String> argv = QemuCommandBuilder.build(netDef, caps.toCaps(), socket, incoming != null);

            Path log = cfg.logFile(def.name());
            long logStart = QemuFiles.appendHeader(log, argv);
            List<String> cmd = new ArrayList<>();
            if (Files.isExecutable(SETSID)) {
                // setsid execs QEMU in place (same pid) in a new session: Ctrl-C in jvirsh's terminal and the
                // JVM's exit do not reach the guest
                cmd.add(SETSID.toString());
            }
            cmd.addAll(argv);
            Process p;
            try {
                p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            } catch (IOException e) {
                throw sysError("Cannot execute QEMU binary %s: %s", argv.getFirst(), e.getMessage());
            }
            long pid = p.pid();
            rb.add("kill QEMU " + pid, () -> killAndWait(p.toHandle(), Duration.ofSeconds(5)));

            QemuDomainRuntime rt = new QemuDomainRuntime(pid, runDir, socket, lock);
            QemuEventHandler handler = new QemuEventHandler(d, obj, rt);
            QmpMonitor mon;
            try {
                mon = QmpMonitor.open(socket, def.name(), MONITOR_TIMEOUT, p::isAlive, handler);
            } catch (VirtException e) {
                throw exitedError(p, log, logStart, "process exited while connecting to monitor", e);
            }
            rt.monitor = mon;
            rb.add("close monitor", () -> {
                rt.beingDestroyed = true;
                mon.close();
            });
            DomainDef live;
            try {
                // the ptys QEMU opened become the live XML's source paths (qemuProcessRefreshChannelPaths)
                live = QemuPtys.apply(netDef, mon);
                QemuVcpuThreads.applyAtStart(netDef, mon, pid);
                QemuBalloonStats.applyAtStart(netDef, mon);
                if (incoming != null) {
                    incoming.load(mon, runDir);
                }
                if (!paused) {
                    mon.cont();
                }
            } catch (VirtException e) {
                throw exitedError(p, log, logStart, "qemu unexpectedly closed the monitor", e);
            }

            obj.lock();
            try {
                d.domains.setActive(obj, id);
                obj.setDefTransient();
                obj.setDef(live);
                if (incoming == null) {
                    obj.setState(paused ? DomainState.PAUSED : DomainState.RUNNING, paused ? PAUSED_USER : RUNNING_BOOTED);
                } else {
                    obj.setState(paused ? DomainState.PAUSED : DomainState.RUNNING, paused ? PAUSED_MIGRATION : RUNNING_RESTORED);
                }
                d.runtimes.put(obj.uuid(), rt);
                try {
                    d.saveStatusOrThrow(obj, rt);
                } catch (VirtException e) {
                    d.runtimes.remove(obj.uuid());
                    obj.removeTransientDef();
                    d.domains.setInactive(obj);
                    obj.setState(DomainState.SHUTOFF, SHUTOFF_FAILED);
                    throw e;
                }
                d.deleteShutoffReason(obj.name());
                if (incoming == null && !paused) {
                    // libvirt 9.0 reports the start's cont through its RESUME handler first (RESUMED "Unpaused",
                    // then STARTED "Booted"), as python3-libvirt's callbacks show on libvirtd
                    d.events.lifecycle(obj, DomainEventDetail.Resumed.UNPAUSED);
                }
                d.events.lifecycle(obj, incoming == null ? DomainEventDetail.Started.BOOTED : DomainEventDetail.Started.RESTORED);
                if (paused) {
                    d.events.lifecycle(obj, DomainEventDetail.Suspended.PAUSED);
                }
            } finally {
                obj.unlock();
            }
            rb.commit();
        } finally {
            QemuGraphicsPorts.release(displayPorts); // bound by QEMU, or never used
        }
    }

    /** QEMU died (or misbehaved) during start: libvirt's "internal error: WHAT: <QEMU's output>". */
    private static VirtException exitedError(Process p, Path log, long logStart, String what, VirtException cause) {
        try {
            p.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String out = QemuFiles.readFrom(log, logStart);
        if (out.isEmpty() || p.isAlive()) {
            return cause;
        }
        VirtException e = VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.QEMU, "%s: %s", what, out);
        e.initCause(cause);
        return e;
    }

    /**
     * qemuProcessStop: everything of the run goes (monitor, process, run dir, status file, lock), the domain
     * becomes inactive with {@code reason}, the STOPPED event is raised and a transient domain is forgotten.
     * The caller holds the job and the object lock; the process must already be dead or dying.
     */
    static void stopLocked(QemuDriver d, DomainObj obj, QemuDomainRuntime rt, int reason, DomainEventDetail.Stopped event) {
        rt.beingDestroyed = true;
        if (rt.monitor != null) {
            rt.monitor.close();
        }
        ProcessHandle.of(rt.pid).ifPresent(h -> {
            if (QemuProcs.aliveWith(rt.pid, rt.monitorSocket.toString())) {
                killAndWait(h, Duration.ofSeconds(5));
            }
        });
        QemuInterfaces.system().disconnect(obj.def()); // the live XML names the taps of this run
        QemuFiles.deleteTree(rt.runDir);
        d.deleteStatus(obj.name());
        d.runtimes.remove(obj.uuid(), rt);
        rt.lock.releaseAndDelete();

        org.jvirt.spi.DomainRef live = obj.ref();
        obj.removeTransientDef();
        obj.setState(DomainState.SHUTOFF, reason);
        d.domains.setInactive(obj);
        d.saveShutoffReason(obj);
        d.events.raise(obj.isPersistent() ? obj.ref() : live, org.jvirt.spi.DomainEventBody.Lifecycle.of(event));
        if (!obj.isPersistent()) {
            d.domains.remove(obj);
        }
    }

    /**
     * qemuProcessKill: SIGTERM, up to 10 s, then (unless {@code graceful}) SIGKILL. True when the process is gone.
     */
    static boolean kill(long pid, boolean graceful) {
        ProcessHandle h = ProcessHandle.of(pid).orElse(null);
        if (h == null || !QemuProcs.alive(pid)) {
            return true;
        }
        h.destroy();
        if (waitGone(pid, Duration.ofSeconds(10))) {
            return true;
        }
        if (graceful) {
            return false;
        }
        h.destroyForcibly();
        return waitGone(pid, Duration.ofSeconds(5));
    }

    private static void killAndWait(ProcessHandle h, Duration wait) {
        h.destroyForcibly();
        waitGone(h.pid(), wait);
    }

    /** Polls /proc: QEMU is not always our child (reconnected guests), so onExit() cannot be relied on. */
    static boolean waitGone(long pid, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (QemuProcs.alive(pid)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static VirtException sysError(String fmt, Object... args) {
        return VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU, fmt, args);
    }

    /** Small file helpers of the start path. */
    static final class QemuFiles {

        private QemuFiles() {
        }

        /** Appends libvirt's style of log header (time and command line); returns where QEMU's output starts. */
        static long appendHeader(Path log, List<String> argv) {
            try {
                Files.createDirectories(log.getParent());
                String header = java.time.Instant.now() + ": starting up\n" + String.join(" ", argv) + "\n";
                Files.writeString(log, header, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
                return Files.size(log);
            } catch (IOException e) {
                throw sysError("cannot write log file '%s': %s", log, e.getMessage());
            }
        }

        /** The log from {@code offset} on, trimmed, at most 4 KiB from its end. */
        static String readFrom(Path log, long offset) {
            try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
                long start = Math.max(offset, f.length() - 4096);
                byte[] b = new byte[(int) (f.length() - start)];
                f.seek(start);
                f.readFully(b);
                return new String(b, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                return "";
            }
        }

        static void deleteTree(Path dir) {
            if (!Files.exists(dir)) {
                return;
            }
            try (var s = Files.walk(dir)) {
                for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(q);
                }
            } catch (IOException e) {
                // best effort
            }
        }
    }
}
