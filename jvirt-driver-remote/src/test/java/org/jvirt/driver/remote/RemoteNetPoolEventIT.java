package org.jvirt.driver.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jvirt.Connect;
import org.jvirt.Network;
import org.jvirt.StoragePool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Network and storage pool events through the remote driver from a real libvirtd 9.0: the events libvirtd's test
 * driver raises for a network and a pool of this test's own (others' objects on the shared daemon are ignored),
 * a pool-filtered refresh registration, in libvirt's order.
 */
class RemoteNetPoolEventIT {

    private static String socket;

    private final String u = "jvirt-ev-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void daemon() throws Exception {
        socket = LibvirtdScratch.socket();
    }

    @Test
    void networkAndPoolEventsArrive() throws Exception {
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();
        try (Connect c = Connect.open(RemoteLibvirtdIT.uri(socket))) {
            int net = c.networkEventRegisterAny(null, 0, (n, id, ev, d) -> {
                if (n.getName().equals(u)) {
                    seen.add("net " + ev);
                }
            });
            int pools = c.storagePoolEventRegisterAny(null, 0, (p, id, ev, d) -> {
                if (p.getName().equals(u)) {
                    seen.add("pool " + ev);
                }
            });
            Network n = c.networkDefineXML("<network><name>" + u + "</name><bridge name='v" + u.substring(9) + "'/></network>");
            n.create();
            n.destroy();
            n.undefine();
            StoragePool p = c.storagePoolDefineXML("<pool type='dir'><name>" + u + "</name><target><path>/" + u
                    + "</path></target></pool>", 0);
            int refresh = c.storagePoolEventRegisterAny(p, 1, (pl, id, ev, d) -> seen.add("refresh " + pl.getName().equals(u)));
            p.create(0);
            p.refresh(0);
            p.destroy();
            p.undefine();
            List<String> got = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                String e = seen.poll(10, TimeUnit.SECONDS);
                assertThat(e).as("event %d after %s", i, got).isNotNull();
                got.add(e);
            }
            assertThat(got).containsExactly("net 0", "net 2", "net 3", "net 1", "pool 0", "pool 2", "refresh true",
                    "pool 3", "pool 1");
            c.networkEventDeregisterAny(net);
            c.storagePoolEventDeregisterAny(pools);
            c.storagePoolEventDeregisterAny(refresh);
        }
    }
}
