package org.jvirt.driver.test;

import java.util.Optional;
import java.util.Set;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.ConnectFlag;
import org.jvirt.spi.ConnectDriver;
import org.jvirt.spi.ConnectDriverProvider;
import org.jvirt.spi.ConnectUri;

/**
 * Scheme "test": test:///default (one driver state shared by every open connection of the process, like
 * libvirt's defaultPrivconn) and test:///ABSOLUTE/PATH/node.xml (a private state per connection).
 */
public final class TestDriverProvider implements ConnectDriverProvider {

    private static final Object DEFAULT_LOCK = new Object();
    private static TestDriver defaultDriver;
    private static int defaultRefs;

    @Override
    public Set<String> uriSchemes() {
        return Set.of("test");
    }

    @Override
    public Optional<ConnectDriver> connectOpen(ConnectUri uri, int flags) {
        if (!uri.isLocal()) {
            // test://host/... is for the remote driver in libvirt
            return Optional.empty();
        }
        org.jvirt.core.VirErrors.checkFlags(flags, ConnectFlag.RO.value() | ConnectFlag.NO_ALIASES.value(), ErrorDomain.TEST, "testConnectOpen");
        String path = uri.path();
        if (path.isEmpty() || path.equals("/")) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                    "testOpen: supply a path or use test:///default");
        }
        if (path.equals("/default")) {
            return Optional.of(new TestConnection(acquireDefault(), true));
        }
        return Optional.of(new TestConnection(TestNodeFile.loadFile(path), false));
    }

    /** A fresh default state when no connection holds one, else the shared one. */
    private static TestDriver acquireDefault() {
        synchronized (DEFAULT_LOCK) {
            if (defaultDriver == null) {
                defaultDriver = TestDefaultNode.create();
            }
            defaultRefs++;
            return defaultDriver;
        }
    }

    /** Called once per closed default connection; the last one drops the state so the next open starts fresh. */
    static void releaseDefault(TestDriver driver) {
        synchronized (DEFAULT_LOCK) {
            if (driver == defaultDriver && --defaultRefs == 0) {
                defaultDriver = null;
            }
        }
    }
}
