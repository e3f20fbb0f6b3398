package org.jvirt.driver.qemu;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorDomain;
import org.jvirt.flags.ConnectFlag;
import org.jvirt.spi.ConnectDriver;
import org.jvirt.spi.ConnectDriverProvider;
import org.jvirt.spi.ConnectUri;

/**
 * Scheme "qemu": qemu:///system, qemu:///session and qemu:///embed?root=DIR. One driver instance per root per
 * process, shared by its connections and let go (guests keep running) when the last one closes; the next open
 * reconnects to the guests from their status files, as a new process would.
 */
public final class QemuDriverProvider implements ConnectDriverProvider {

    private record Entry(QemuDriver driver, int refs) {
    }

    private static final Map<String, Entry> INSTANCES = new HashMap<>(); // guarded by itself

    @Override
    public Set<String> uriSchemes() {
        return Set.of("qemu");
    }

    @Override
    public Optional<ConnectDriver> connectOpen(ConnectUri uri, int flags) {
        if (!uri.isLocal()) {
            return Optional.empty(); // qemu://host/system and qemu+ssh://... belong to the remote driver
        }
        VirErrors.checkFlags(flags, ConnectFlag.RO.value() | ConnectFlag.NO_ALIASES.value(), ErrorDomain.QEMU, "qemuConnectOpen");
        QemuDriverConfig config = QemuDriverConfig.of(uri, System.getenv(), uid());
        return Optional.of(new QemuConnection(acquire(config)));
    }

    private static QemuDriver acquire(QemuDriverConfig config) {
        synchronized (INSTANCES) {
            Entry e = INSTANCES.get(config.root());
            QemuDriver d = e != null ? e.driver : QemuDriver.open(config);
            INSTANCES.put(config.root(), new Entry(d, e == null ? 1 : e.refs + 1));
            return d;
        }
    }

    /** Called once per closed connection; the last one lets go of the instance. */
    static void release(QemuDriver driver) {
        synchronized (INSTANCES) {
            Entry e = INSTANCES.get(driver.config.root());
            if (e == null || e.driver != driver) {
                return;
            }
            if (e.refs > 1) {
                INSTANCES.put(driver.config.root(), new Entry(driver, e.refs - 1));
            } else {
                INSTANCES.remove(driver.config.root());
                driver.shutdown();
            }
        }
    }

    /** The effective uid, from /proc (the JDK has no call for it). */
    static long uid() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return Long.parseLong(line.split("\\s+")[2]);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // fall through
        }
        return "root".equals(System.getProperty("user.name")) ? 0 : 1000;
    }
}
