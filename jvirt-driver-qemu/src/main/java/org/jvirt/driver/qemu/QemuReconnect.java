package org.jvirt.driver.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.jvirt.DomainState;
import org.jvirt.core.DomainObj;
import org.jvirt.core.DomainObjList;
import org.jvirt.driver.qemu.monitor.QmpMonitor;
import org.jvirt.driver.qemu.monitor.QmpStatus;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEventDetail;

/**
 * Finding running guests again when a driver instance opens (libvirt's qemuProcessReconnect after a daemon
 * restart): every status file names a pid and a monitor socket; a guest whose QEMU is still that process gets
 * its monitor back and reports its real run state; a guest whose QEMU is gone is cleaned up as shut off. A guest
 * whose lock another live process holds is listed as running but left alone.
 */
final class QemuReconnect {

    private static final System.Logger LOG = System.getLogger(QemuReconnect.class.getName());

    private QemuReconnect() {
    }

    static void all(QemuDriver d) {
        try (Stream<Path> s = Files.list(d.config.stateDir())) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList()) {
                try {
                    one(d, QemuStatusFile.parse(Files.readString(p), d.defs.parseOptions()), p);
                } catch (IOException | RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "cannot reconnect from " + p + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot list " + d.config.stateDir() + ": " + e.getMessage());
        }
    }

    private static void one(QemuDriver d, QemuStatusFile st, Path statusFile) throws IOException {
        String name = st.def().name();
        boolean alive = QemuProcs.aliveWith(st.pid(), st.monitor().toString());
        QemuDomainLock lock = alive ? QemuDomainLock.tryAcquire(d.config.lockFile(name)) : null;
        if (!alive) {
            // QEMU ended while no one watched: forget the run (the persistent config, if any, stays defined)
            LOG.log(System.Logger.Level.INFO, "domain " + name + " (pid " + st.pid() + ") is gone; cleaning up");
            cleanupDead(d, st, statusFile);
            return;
        }
        DomainObjList.Added added = d.domains.add(st.def(), DomainObjList.ADD_LIVE);
        DomainObj obj = added.obj();
        try {
            if (added.created()) {
                obj.setPersistent(false);
            }
            d.domains.setActive(obj, st.id());
            d.noteIdInUse(st.id());
            obj.setState(st.state(), st.reason());
            if (lock == null) {
                d.foreign.put(obj.uuid(), QemuDomainLock.holder(d.config.lockFile(name)));
                return;
            }
        } finally {
            obj.unlock();
        }
        QemuDomainRuntime rt = new QemuDomainRuntime(st.pid(), st.monitor().getParent(), st.monitor(), lock);
        rt.gotShutdown = st.gotShutdown();
        rt.fakeReboot = st.fakeReboot();
        QmpMonitor mon;
        QmpStatus status;
        java.util.OptionalLong balloon = java.util.OptionalLong.empty();
        try {
            mon = QmpMonitor.open(st.monitor(), name, Duration.ofSeconds(10), () -> QemuProcs.alive(st.pid()),
                    new QemuEventHandler(d, obj, rt));
            rt.monitor = mon;
            status = mon.queryStatus();
            if (QemuBalloon.present(st.def())) {
                // qemuProcessRefreshBalloonState: a setmem of an earlier process may have moved the balloon since
                balloon = mon.queryBalloon();
            }
        } catch (VirtException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot reconnect to domain " + name + ": " + e.getMessage());
            obj.lock();
            try {
                d.runtimes.put(obj.uuid(), rt);
                QemuProcess.stopLocked(d, obj, rt, QemuProcess.SHUTOFF_FAILED, DomainEventDetail.Stopped.FAILED);
            } finally {
                obj.unlock();
            }
            return;
        }
        boolean finishReboot = false;
        obj.lock();
        try {
            d.runtimes.put(obj.uuid(), rt);
            switch (status.status()) {
                case "running" -> {
                    if (obj.state() != DomainState.RUNNING) {
                        obj.setState(DomainState.RUNNING, QemuProcess.RUNNING_UNPAUSED);
                    }
                }
                case "paused", "prelaunch" -> {
                    if (obj.state() != DomainState.PAUSED) {
                        obj.setState(DomainState.PAUSED, 0);
                    }
                }
                case "shutdown" -> {
                    if (rt.fakeReboot) {
                        // reboot of an earlier process: the guest went down; finish it as a reboot, below
                        finishReboot = true;
                        break;
                    }
                    // the guest powered off while no one watched; -no-shutdown kept QEMU waiting for us. Finish
                    // it now rather than on the coming EOF: a one-shot jvirsh may close the driver before that.
                    rt.gotShutdown = true;
                    rt.beingDestroyed = true;
                    QemuProcess.kill(rt.pid, false);
                    QemuProcess.stopLocked(d, obj, rt, QemuProcess.SHUTOFF_SHUTDOWN, DomainEventDetail.Stopped.SHUTDOWN);
                    return;
                }
                default -> { }
            }
            if (balloon.isPresent()) {
                obj.setDef(obj.def().withCurrentMemory(balloon.getAsLong() / 1024));
            }
            d.saveStatus(obj, rt);
        } finally {
            obj.unlock();
        }
        if (finishReboot) {
            QemuFakeReboot.run(d, obj, rt);
        }
    }

    private static void cleanupDead(QemuDriver d, QemuStatusFile st, Path statusFile) throws IOException {
        QemuDomainLock lock = QemuDomainLock.tryAcquire(d.config.lockFile(st.def().name()));
        if (lock == null) {
            return; // another process is cleaning it up right now
        }
        QemuProcess.QemuFiles.deleteTree(st.monitor().getParent());
        Files.deleteIfExists(statusFile);
        // qemuProcessReconnect's verdict: after SHUTDOWN it was a shutdown; with -no-shutdown a QEMU that went
        // away on its own otherwise crashed
        DomainObj obj = d.domains.findByUUID(st.def().uuid());
        if (obj != null) {
            obj.lock();
            try {
                if (!obj.isActive() && obj.isPersistent()) {
                    obj.setState(DomainState.SHUTOFF, st.gotShutdown() ? QemuProcess.SHUTOFF_SHUTDOWN : QemuProcess.SHUTOFF_CRASHED);
                    d.saveShutoffReason(obj);
                }
            } finally {
                obj.unlock();
            }
        }
        lock.releaseAndDelete();
    }
}
