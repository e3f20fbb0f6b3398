package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jvirt.Connect;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;

/**
 * Node device lifecycle events of the test driver: a vHBA's create and destroy reach every matching
 * registration (all devices, or that device), in order; a deregistered id receives nothing more, and an unknown
 * one is libvirt's "could not find event callback". Two connections share one test:///default instance.
 */
class NodeDeviceEventTest {

    static final String VHBA = "<device><parent>scsi_host1</parent><capability type='scsi_host'>"
            + "<capability type='fc_host'><wwnn>2000000011112222</wwnn><wwpn>1000000011112222</wwpn></capability>"
            + "</capability></device>";

    @Test
    void createAndDestroyRaiseLifecycleEvents() throws Exception {
        try (Connect watcher = Connect.open("test:///default"); Connect actor = Connect.open("test:///default")) {
            BlockingQueue<String> seen = new LinkedBlockingQueue<>();
            int all = watcher.nodeDeviceEventRegisterAny(null, 0,
                    (dev, id, event, detail) -> seen.add("all " + dev.getName() + " " + event));
            int other = watcher.nodeDeviceEventRegisterAny(watcher.nodeDeviceLookupByName("computer"), 0,
                    (dev, id, event, detail) -> seen.add("computer " + dev.getName() + " " + event));
            actor.nodeDeviceCreateXML(VHBA, 0);
            assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo("all scsi_host12 0");
            actor.nodeDeviceLookupByName("scsi_host12").destroy();
            assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo("all scsi_host12 1");
            watcher.nodeDeviceEventDeregisterAny(all);
            actor.nodeDeviceCreateXML(VHBA, 0);
            actor.nodeDeviceLookupByName("scsi_host12").destroy();
            assertThat(seen.poll(300, TimeUnit.MILLISECONDS)).isNull();
            watcher.nodeDeviceEventDeregisterAny(other);
            VirtException e = catchThrowableOfType(VirtException.class, () -> watcher.nodeDeviceEventDeregisterAny(all));
            assertThat(e.getMessage()).isEqualTo("invalid argument: could not find event callback " + all + " for deletion");
        }
    }
}
