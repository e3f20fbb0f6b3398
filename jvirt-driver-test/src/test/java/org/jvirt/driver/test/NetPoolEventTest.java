package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jvirt.Connect;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;

/**
 * What python3-libvirt cannot show (its binding refuses unknown event ids itself): libvirt's checks of the
 * event id, events crossing connections of one instance (a read-only watcher), and the end of delivery after
 * deregistration.
 */
class NetPoolEventTest {

    @Test
    void eventIdsOutOfRangeAreInvalidArgs() {
        try (Connect c = Connect.open("test:///default")) {
            VirtException n = catchThrowableOfType(VirtException.class,
                    () -> c.networkEventRegisterAny(null, 1, (net, id, ev, d) -> { }));
            assertThat(n.code()).isEqualTo(ErrorCode.INVALID_ARG);
            assertThat(n.domain()).isEqualTo(ErrorDomain.NETWORK);
            assertThat(n.getMessage()).isEqualTo(
                    "eventID in virConnectNetworkEventRegisterAny must be less than 1");
            VirtException p = catchThrowableOfType(VirtException.class,
                    () -> c.storagePoolEventRegisterAny(null, 2, (pool, id, ev, d) -> { }));
            assertThat(p.domain()).isEqualTo(ErrorDomain.STORAGE);
            assertThat(p.getMessage()).isEqualTo(
                    "eventID in virConnectStoragePoolEventRegisterAny must be less than 2");
        }
    }

    @Test
    void readOnlyWatcherSeesAnotherConnectionsEventsUntilDeregistered() throws Exception {
        try (Connect watcher = Connect.openReadOnly("test:///default"); Connect actor = Connect.open("test:///default")) {
            BlockingQueue<String> seen = new LinkedBlockingQueue<>();
            int net = watcher.networkEventRegisterAny(null, 0, (n, id, ev, d) -> seen.add(n.getName() + " " + ev));
            int pool = watcher.storagePoolEventRegisterAny(null, 1, (p, id, ev, d) -> seen.add("refresh " + p.getName()));
            actor.networkLookupByName("default").destroy();
            assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo("default 3");
            actor.storagePoolLookupByName("default-pool").refresh(0);
            assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo("refresh default-pool");
            watcher.networkEventDeregisterAny(net);
            watcher.storagePoolEventDeregisterAny(pool);
            actor.networkLookupByName("default").create();
            actor.storagePoolLookupByName("default-pool").refresh(0);
            assertThat(seen.poll(300, TimeUnit.MILLISECONDS)).isNull();
            VirtException e = catchThrowableOfType(VirtException.class, () -> watcher.networkEventDeregisterAny(net));
            assertThat(e.getMessage()).isEqualTo("invalid argument: could not find event callback " + net + " for deletion");
        }
    }
}
