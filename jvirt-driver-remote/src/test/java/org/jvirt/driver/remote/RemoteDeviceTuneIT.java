package org.jvirt.driver.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.UUID;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.TypedParameter;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Interface bandwidth and disk I/O throttling through the remote driver on a real libvirtd 9.0 (its test driver),
 * on a domain of this test's own: values set come back from the getters and the XML, libvirt's errors arrive
 * unchanged, and the count-only block I/O call (no disk) works as virsh uses it.
 */
class RemoteDeviceTuneIT {

    private static String socket;

    private final String u = "jvirt-dt-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void daemon() throws Exception {
        socket = LibvirtdScratch.socket();
    }

    @Test
    void bandwidthAndIoTuneRoundTrip() {
        String xml = "<domain type='test'><name>" + u + "</name><memory>1048576</memory><os><type>hvm</type></os>"
                + "<devices><disk type='file' device='disk'><source file='/x.img'/><target dev='vda'/></disk>"
                + "<interface type='network'><mac address='52:54:00:77:66:51'/><source network='default'/></interface>"
                + "</devices></domain>";
        try (Connect c = Connect.open(RemoteLibvirtdIT.uri(socket))) {
            Domain d = c.domainDefineXML(xml, 0);
            try {
                d.setInterfaceParameters("52:54:00:77:66:51", List.of(new TypedParameter.UInt("inbound.average", 100),
                        new TypedParameter.UInt("inbound.floor", 5)), 0);
                assertThat(d.getInterfaceParameters("52:54:00:77:66:51", 0)).hasSize(7)
                        .contains(new TypedParameter.UInt("inbound.average", 100), new TypedParameter.UInt("inbound.floor", 5));
                assertThat(d.getBlockIoTune(null, 0)).isEmpty();
                d.setBlockIoTune("vda", List.of(new TypedParameter.ULLong("read_iops_sec", 3),
                        new TypedParameter.ULLong("read_iops_sec_max", 4), new TypedParameter.Str("group_name", "g")), 0);
                assertThat(d.getBlockIoTune("vda", 0)).hasSize(20)
                        .contains(new TypedParameter.ULLong("read_iops_sec", 3), new TypedParameter.Str("group_name", "g"));
                assertThat(d.getXMLDesc(0)).contains("<inbound average='100' floor='5'/>",
                        "<read_iops_sec_max>4</read_iops_sec_max>");
                VirtException e = catchThrowableOfType(VirtException.class, () -> d.setBlockIoTune("vdz",
                        List.of(new TypedParameter.ULLong("read_iops_sec", 1)), 0));
                assertThat(e.getMessage()).isEqualTo("invalid argument: missing persistent configuration for disk 'vdz'");
            } finally {
                d.undefine(0);
            }
        }
    }
}
