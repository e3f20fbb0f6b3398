package org.jvirt.rpc.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.rpc.remote.DomainProcedures.*;

import java.util.List;
import org.jvirt.TypedParameter;

/**
 * Per-device tuning against libvirtd's test driver on a domain of this test's own with one NIC and one disk:
 * interface bandwidth by MAC and disk I/O throttling by target, each through the two-phase typed-parameter
 * protocol (nparams 0 asks for the count), and GET_BLOCK_IO_TUNE's optional disk absent for the count.
 */
final class DeviceTuneWireSteps {

    static final String MAC = "52:54:00:77:66:55";

    private DeviceTuneWireSteps() {
    }

    static String domainXml(String name) {
        return "<domain type='test'><name>" + name + "</name><memory>1048576</memory><os><type>hvm</type></os>"
                + "<devices><disk type='file' device='disk'><source file='/x.img'/><target dev='vda'/></disk>"
                + "<interface type='network'><mac address='" + MAC + "'/><source network='default'/></interface>"
                + "</devices></domain>";
    }

    static void run(LibvirtdSession s, NonnullDomain dom) throws Exception {
        assertThat(s.call(DOMAIN_GET_INTERFACE_PARAMETERS, new DomainGetInterfaceParametersArgs(dom, MAC, 0, 0)).nparams())
                .isEqualTo(7);
        s.call(DOMAIN_SET_INTERFACE_PARAMETERS, new DomainSetInterfaceParametersArgs(dom, MAC,
                RemoteTypedParams.toWire(List.of(new TypedParameter.UInt("inbound.average", 100),
                        new TypedParameter.UInt("outbound.burst", 7), new TypedParameter.UInt("outbound.average", 5))),
                0));
        List<TypedParameter> bw = RemoteTypedParams.fromWire(s.call(DOMAIN_GET_INTERFACE_PARAMETERS,
                new DomainGetInterfaceParametersArgs(dom, MAC, 7, 0)).params());
        assertThat(bw).hasSize(7).startsWith(new TypedParameter.UInt("inbound.average", 100))
                .contains(new TypedParameter.UInt("outbound.average", 5), new TypedParameter.UInt("outbound.burst", 7));
        RemoteError unknown = s.error(DOMAIN_GET_INTERFACE_PARAMETERS, new DomainGetInterfaceParametersArgs(dom, "vnet9", 7, 0));
        assertThat(unknown.message()).isEqualTo("invalid argument: 'vnet9' is not a known interface");

        int n = s.call(DOMAIN_GET_BLOCK_IO_TUNE, new DomainGetBlockIoTuneArgs(dom, null, 0, 0)).nparams();
        assertThat(n).isEqualTo(20);
        s.call(DOMAIN_SET_BLOCK_IO_TUNE, new DomainSetBlockIoTuneArgs(dom, "vda",
                RemoteTypedParams.toWire(List.of(new TypedParameter.ULLong("total_bytes_sec", 1000),
                        new TypedParameter.ULLong("total_bytes_sec_max", 2000),
                        new TypedParameter.Str("group_name", "g1"))), 0));
        List<TypedParameter> io = RemoteTypedParams.fromWire(s.call(DOMAIN_GET_BLOCK_IO_TUNE,
                new DomainGetBlockIoTuneArgs(dom, "vda", n, 4)).params());
        assertThat(io).hasSize(20).first().isEqualTo(new TypedParameter.ULLong("total_bytes_sec", 1000));
        assertThat(io).contains(new TypedParameter.Str("group_name", "g1"));
        assertThat(s.call(DOMAIN_GET_XML_DESC, new DomainGetXmlDescArgs(dom, 0)).xml())
                .contains("<total_bytes_sec>1000</total_bytes_sec>", "<group_name>g1</group_name>",
                        "<inbound average='100'/>");
    }
}
