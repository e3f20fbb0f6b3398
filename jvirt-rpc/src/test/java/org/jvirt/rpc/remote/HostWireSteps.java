package org.jvirt.rpc.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.rpc.remote.ConnectProcedures.*;
import static org.jvirt.rpc.remote.DomainProcedures.*;
import static org.jvirt.rpc.remote.NetworkProcedures.*;
import static org.jvirt.rpc.remote.NwfilterProcedures.*;
import static org.jvirt.rpc.remote.SecretProcedures.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The host, save-image, network update/port, secret and nwfilter procedures against the real libvirtd's
 * test:///default (LibvirtdProceduresWireTest runs these, so its every-procedure check covers them). The test
 * driver fills few of them: the others are proven to decode on the server (any error but VIR_ERR_RPC) and
 * listed in {@link #REFUSED_BY_TEST_DRIVER}.
 */
final class HostWireSteps {

    static final int NO_SUPPORT = 3;
    static final int INVALID_ARG = 8;
    /** VIR_NETWORK_UPDATE_COMMAND_ADD_LAST, VIR_NETWORK_SECTION_IP_DHCP_HOST, VIR_NETWORK_UPDATE_AFFECT_LIVE. */
    static final int ADD_LAST = 3;
    static final int IP_DHCP_HOST = 4;
    static final int AFFECT_LIVE = 1;

    /** Results the test driver never returns, so only their arguments are proven here. */
    static final Set<String> REFUSED_BY_TEST_DRIVER = Set.of("NODE_GET_FREE_PAGES", "NODE_ALLOC_PAGES", "NODE_GET_MEMORY_PARAMETERS",
            "NODE_GET_SEV_INFO", "CONNECT_COMPARE_CPU", "CONNECT_COMPARE_HYPERVISOR_CPU", "CONNECT_BASELINE_HYPERVISOR_CPU",
            "CONNECT_DOMAIN_XML_FROM_NATIVE", "CONNECT_DOMAIN_XML_TO_NATIVE", "DOMAIN_MANAGED_SAVE_GET_XML_DESC",
            "NETWORK_GET_DHCP_LEASES", "NETWORK_LIST_ALL_PORTS", "NETWORK_PORT_LOOKUP_BY_UUID", "NETWORK_PORT_CREATE_XML", "NETWORK_PORT_GET_XML_DESC",
            "CONNECT_LIST_ALL_SECRETS", "CONNECT_NUM_OF_SECRETS", "SECRET_LOOKUP_BY_UUID", "SECRET_DEFINE_XML",
            "CONNECT_SECRET_EVENT_REGISTER_ANY", "CONNECT_LIST_ALL_NWFILTERS", "CONNECT_NUM_OF_NWFILTERS",
            "NWFILTER_LOOKUP_BY_NAME", "NWFILTER_LOOKUP_BY_UUID", "NWFILTER_DEFINE_XML", "NWFILTER_DEFINE_XML_FLAGS", "CONNECT_LIST_ALL_NWFILTER_BINDINGS",
            "NWFILTER_BINDING_LOOKUP_BY_PORT_DEV", "NWFILTER_BINDING_CREATE_XML", "STORAGE_VOL_GET_INFO_FLAGS");

    private HostWireSteps() {
    }

    static void node(LibvirtdSession s) throws Exception {
        // testNodeGetFreePages fills the counts but returns 0, which libvirtd's dispatcher takes for an unreported failure
        RemoteError none = s.error(NODE_GET_FREE_PAGES, new NodeGetFreePagesArgs(new int[] {4, 2048}, 0, 2, 0));
        assertThat(none.message()).isEqualTo("Library function returned error but did not set virError");
        assertThat(none.code()).isEqualTo(1);
        assertThat(s.error(NODE_ALLOC_PAGES, new NodeAllocPagesArgs(new int[] {4}, new long[] {10}, -1, 1, 0)).code())
                .isEqualTo(NO_SUPPORT);
        assertThat(s.error(NODE_GET_MEMORY_PARAMETERS, new NodeGetMemoryParametersArgs(0, 0)).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(NODE_SET_MEMORY_PARAMETERS, new NodeSetMemoryParametersArgs(
                List.of(RemoteTypedParams.toWire(new org.jvirt.TypedParameter.UInt("shm_pages_to_scan", 10))), 0)).code())
                .isEqualTo(NO_SUPPORT);
        assertThat(s.error(NODE_SUSPEND_FOR_DURATION, new NodeSuspendForDurationArgs(0, 60, 0)).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(NODE_GET_SEV_INFO, new NodeGetSevInfoArgs(0, 0)).code()).isEqualTo(NO_SUPPORT);
        ConnectGetCpuModelNamesRet models = s.call(CONNECT_GET_CPU_MODEL_NAMES, new ConnectGetCpuModelNamesArgs("x86_64", 1, 0));
        assertThat(models.models()).contains("486", "Haswell", "EPYC-Milan");
        assertThat(models.ret()).isEqualTo(models.models().size());
        assertThat(s.call(CONNECT_GET_CPU_MODEL_NAMES, new ConnectGetCpuModelNamesArgs("aarch64", 1, 0)).models()).isEmpty();
        assertThat(s.error(CONNECT_GET_CPU_MODEL_NAMES, new ConnectGetCpuModelNamesArgs("foo", 1, 0)).code())
                .isEqualTo(INVALID_ARG);
        String cpu = "<cpu><arch>x86_64</arch><model>Haswell</model><vendor>Intel</vendor></cpu>";
        assertThat(s.call(CONNECT_BASELINE_CPU, new ConnectBaselineCpuArgs(List.of(cpu), 0)).cpu()).contains("Haswell");
        assertThat(s.error(CONNECT_COMPARE_CPU, new ConnectCompareCpuArgs(cpu, 0)).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(CONNECT_COMPARE_HYPERVISOR_CPU,
                new ConnectCompareHypervisorCpuArgs(null, "x86_64", null, "kvm", cpu, 0)).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(CONNECT_BASELINE_HYPERVISOR_CPU,
                new ConnectBaselineHypervisorCpuArgs(null, null, null, null, List.of(cpu), 0)).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(CONNECT_DOMAIN_XML_FROM_NATIVE, new ConnectDomainXmlFromNativeArgs("qemu-argv", "x", 0)).code())
                .isEqualTo(NO_SUPPORT);
        assertThat(s.error(CONNECT_DOMAIN_XML_TO_NATIVE,
                new ConnectDomainXmlToNativeArgs("qemu-argv", LibvirtdProceduresWireTest.domainXml("x"), 0)).code())
                .isEqualTo(NO_SUPPORT);
    }

    /** The image of {@code dom} (running) saved by libvirtd, read back and redefined with other XML. */
    static void saveImages(LibvirtdSession s, NonnullDomain dom, Path dir) throws Exception {
        assertThat(s.error(DOMAIN_MANAGED_SAVE_GET_XML_DESC, new DomainManagedSaveGetXmlDescArgs(dom, 0)).code())
                .isEqualTo(NO_SUPPORT);
        assertThat(s.error(DOMAIN_MANAGED_SAVE_DEFINE_XML, new DomainManagedSaveDefineXmlArgs(dom, null, 0)).code())
                .isEqualTo(NO_SUPPORT);
        String image = dir.resolve("image.img").toString();
        s.call(DOMAIN_SAVE_FLAGS, new DomainSaveFlagsArgs(dom, image, null, 0));
        String xml = s.call(DOMAIN_SAVE_IMAGE_GET_XML_DESC, new DomainSaveImageGetXmlDescArgs(image, 1)).xml();
        assertThat(xml).contains("<name>" + dom.name() + "</name>").doesNotContain(" id=");
        s.call(DOMAIN_SAVE_IMAGE_DEFINE_XML, new DomainSaveImageDefineXmlArgs(image,
                xml.replace("<vcpu placement='static'>2</vcpu>", "<vcpu placement='static'>1</vcpu>"), 0));
        assertThat(s.call(DOMAIN_SAVE_IMAGE_GET_XML_DESC, new DomainSaveImageGetXmlDescArgs(image, 0)).xml())
                .contains("<vcpu placement='static'>1</vcpu>");
        Files.deleteIfExists(Path.of(image));
    }

    /** Update of a network of the test, and the port and lease calls the test driver refuses. */
    static void network(LibvirtdSession s, NonnullNetwork net) throws Exception {
        s.call(NETWORK_UPDATE, new NetworkUpdateArgs(net, ADD_LAST, IP_DHCP_HOST, -1,
                "<host mac='00:16:3e:77:e2:ed' name='jv' ip='192.168.201.10'/>", AFFECT_LIVE));
        assertThat(s.call(NETWORK_GET_XML_DESC, new NetworkGetXmlDescArgs(net, 0)).xml()).contains("00:16:3e:77:e2:ed");
        assertThat(s.error(NETWORK_GET_DHCP_LEASES, new NetworkGetDhcpLeasesArgs(net, null, 1, 0)).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(NETWORK_LIST_ALL_PORTS, new NetworkListAllPortsArgs(net, 1, 0)).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(NETWORK_PORT_LOOKUP_BY_UUID, new NetworkPortLookupByUuidArgs(net, new byte[16])).code())
                .isEqualTo(NO_SUPPORT);
        assertThat(s.error(NETWORK_PORT_CREATE_XML, new NetworkPortCreateXmlArgs(net, "<networkport/>", 0)).code())
                .isEqualTo(NO_SUPPORT);
        NonnullNetworkPort port = new NonnullNetworkPort(net, new byte[16]);
        assertThat(s.error(NETWORK_PORT_GET_XML_DESC, new NetworkPortGetXmlDescArgs(port, 0)).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(NETWORK_PORT_DELETE, new NetworkPortDeleteArgs(port, 0)).code()).isEqualTo(NO_SUPPORT);
    }

    static void secretsAndFilters(LibvirtdSession s) throws Exception {
        assertThat(s.error(CONNECT_LIST_ALL_SECRETS, new ConnectListAllSecretsArgs(1, 0)).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(CONNECT_NUM_OF_SECRETS, XdrVoid.VOID).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(SECRET_LOOKUP_BY_UUID, new SecretLookupByUuidArgs(new byte[16])).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(SECRET_DEFINE_XML, new SecretDefineXmlArgs("<secret/>", 0)).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(CONNECT_SECRET_EVENT_REGISTER_ANY, new ConnectSecretEventRegisterAnyArgs(0, null)).code())
                .isEqualTo(NO_SUPPORT);
        assertThat(s.error(CONNECT_LIST_ALL_NWFILTERS, new ConnectListAllNwfiltersArgs(1, 0)).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(CONNECT_NUM_OF_NWFILTERS, XdrVoid.VOID).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(NWFILTER_LOOKUP_BY_NAME, new NwfilterLookupByNameArgs("x")).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(NWFILTER_LOOKUP_BY_UUID, new NwfilterLookupByUuidArgs(new byte[16])).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(NWFILTER_DEFINE_XML, new NwfilterDefineXmlArgs("<filter/>")).code()).isEqualTo(NO_SUPPORT);
        assertThat(s.error(NWFILTER_DEFINE_XML_FLAGS, new NwfilterDefineXmlFlagsArgs("<filter/>", 1)).code())
                .isEqualTo(NO_SUPPORT);
        assertThat(s.error(CONNECT_LIST_ALL_NWFILTER_BINDINGS, new ConnectListAllNwfilterBindingsArgs(1, 0)).code())
                .isEqualTo(NO_SUPPORT);
        assertThat(s.error(NWFILTER_BINDING_LOOKUP_BY_PORT_DEV, new NwfilterBindingLookupByPortDevArgs("vnet0")).code())
                .isEqualTo(NO_SUPPORT);
        assertThat(s.error(NWFILTER_BINDING_CREATE_XML, new NwfilterBindingCreateXmlArgs("<filterbinding/>", 0)).code())
                .isEqualTo(NO_SUPPORT);
    }
}
