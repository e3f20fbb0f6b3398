package org.jvirt.daemon.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jvirt.daemon.RawClient;
import org.jvirt.daemon.TestDaemon;
import org.jvirt.daemon.conf.HostPaths;
import org.jvirt.rpc.RpcHeader;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcPrograms;
import org.jvirt.rpc.remote.ConnectListDefinedDomainsArgs;
import org.jvirt.rpc.remote.ConnectListDefinedInterfacesArgs;
import org.jvirt.rpc.remote.ConnectListDefinedNetworksArgs;
import org.jvirt.rpc.remote.ConnectListDefinedStoragePoolsArgs;
import org.jvirt.rpc.remote.ConnectListDomainsArgs;
import org.jvirt.rpc.remote.ConnectListInterfacesArgs;
import org.jvirt.rpc.remote.ConnectListNetworksArgs;
import org.jvirt.rpc.remote.ConnectListNwfiltersArgs;
import org.jvirt.rpc.remote.ConnectListSecretsArgs;
import org.jvirt.rpc.remote.ConnectListStoragePoolsArgs;
import org.jvirt.rpc.remote.ConnectOpenArgs;
import org.jvirt.rpc.remote.ConnectProcedures;
import org.jvirt.rpc.remote.ConnectSecretEventDeregisterAnyArgs;
import org.jvirt.rpc.remote.ConnectSecretEventRegisterAnyArgs;
import org.jvirt.rpc.remote.DomainProcedures;
import org.jvirt.rpc.remote.DomainSnapshotListNamesArgs;
import org.jvirt.rpc.remote.DomainSnapshotProcedures;
import org.jvirt.rpc.remote.InterfaceProcedures;
import org.jvirt.rpc.remote.NetworkPortDeleteArgs;
import org.jvirt.rpc.remote.NetworkPortGetXmlDescArgs;
import org.jvirt.rpc.remote.NetworkProcedures;
import org.jvirt.rpc.remote.NodeDeviceListCapsArgs;
import org.jvirt.rpc.remote.NodeDeviceProcedures;
import org.jvirt.rpc.remote.NodeListDevicesArgs;
import org.jvirt.rpc.remote.NonnullDomain;
import org.jvirt.rpc.remote.NonnullNetwork;
import org.jvirt.rpc.remote.NonnullNetworkPort;
import org.jvirt.rpc.remote.NonnullNwfilter;
import org.jvirt.rpc.remote.NonnullNwfilterBinding;
import org.jvirt.rpc.remote.NonnullSecret;
import org.jvirt.rpc.remote.NonnullStoragePool;
import org.jvirt.rpc.remote.NwfilterBindingDeleteArgs;
import org.jvirt.rpc.remote.NwfilterBindingGetXmlDescArgs;
import org.jvirt.rpc.remote.NwfilterGetXmlDescArgs;
import org.jvirt.rpc.remote.NwfilterProcedures;
import org.jvirt.rpc.remote.NwfilterUndefineArgs;
import org.jvirt.rpc.remote.RemoteError;
import org.jvirt.rpc.remote.RemoteProcedure;
import org.jvirt.rpc.remote.SecretGetValueArgs;
import org.jvirt.rpc.remote.SecretGetXmlDescArgs;
import org.jvirt.rpc.remote.SecretLookupByUsageArgs;
import org.jvirt.rpc.remote.SecretProcedures;
import org.jvirt.rpc.remote.SecretSetValueArgs;
import org.jvirt.rpc.remote.SecretUndefineArgs;
import org.jvirt.rpc.remote.StoragePoolListVolumesArgs;
import org.jvirt.rpc.remote.StorageProcedures;
import org.jvirt.rpc.xdr.XdrCodecs;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The secret, network filter, filter binding and network port calls on test:///default (no such drivers), byte for byte the
 * same packets to libvirtd and to jvirtd: the same refusals back (code, domain, message, str1..3), including the
 * daemon's own checks that come before the driver (list bounds, negative counts, also those of every legacy list
 * call, unknown event callbacks) and the
 * read-only socket's refusals.
 */
class SecretFilterWireIT {

    private static final Duration T = Duration.ofSeconds(10);
    private static final NonnullSecret SECRET = new NonnullSecret(new byte[16], 1, "/var/lib/nope.img");
    private static final NonnullNwfilter FILTER = new NonnullNwfilter("nope", new byte[16]);
    private static final NonnullNwfilterBinding BINDING = new NonnullNwfilterBinding("vnet99", "nope");

    private static List<RpcMessage> script(boolean readOnly) {
        List<RpcMessage> s = new ArrayList<>();
        Calls c = new Calls(s);
        // VIR_CONNECT_RO on the read-only socket, as libvirt's client sends it there
        c.add(ConnectProcedures.CONNECT_OPEN, new ConnectOpenArgs("test:///default", readOnly ? 1 : 0));
        c.add(SecretProcedures.CONNECT_LIST_SECRETS, new ConnectListSecretsArgs(8));
        c.add(SecretProcedures.CONNECT_LIST_SECRETS, new ConnectListSecretsArgs(-1));
        c.add(SecretProcedures.CONNECT_LIST_SECRETS, new ConnectListSecretsArgs(16385));
        c.add(SecretProcedures.CONNECT_NUM_OF_SECRETS, XdrVoid.VOID);
        c.add(SecretProcedures.SECRET_LOOKUP_BY_USAGE, new SecretLookupByUsageArgs(1, "/var/lib/nope.img"));
        c.add(SecretProcedures.SECRET_GET_XML_DESC, new SecretGetXmlDescArgs(SECRET, 0));
        c.add(SecretProcedures.SECRET_SET_VALUE, new SecretSetValueArgs(SECRET, new byte[] {1, 2, 3}, 0));
        c.add(SecretProcedures.SECRET_GET_VALUE, new SecretGetValueArgs(SECRET, 0));
        c.add(SecretProcedures.SECRET_UNDEFINE, new SecretUndefineArgs(SECRET));
        c.add(SecretProcedures.CONNECT_SECRET_EVENT_REGISTER_ANY, new ConnectSecretEventRegisterAnyArgs(0, null));
        c.add(SecretProcedures.CONNECT_SECRET_EVENT_DEREGISTER_ANY, new ConnectSecretEventDeregisterAnyArgs(7));
        c.add(NwfilterProcedures.CONNECT_LIST_NWFILTERS, new ConnectListNwfiltersArgs(8));
        c.add(NwfilterProcedures.CONNECT_LIST_NWFILTERS, new ConnectListNwfiltersArgs(-2));
        c.add(NwfilterProcedures.CONNECT_LIST_NWFILTERS, new ConnectListNwfiltersArgs(16385));
        c.add(NwfilterProcedures.NWFILTER_GET_XML_DESC, new NwfilterGetXmlDescArgs(FILTER, 0));
        c.add(NwfilterProcedures.NWFILTER_UNDEFINE, new NwfilterUndefineArgs(FILTER));
        c.add(NwfilterProcedures.NWFILTER_BINDING_GET_XML_DESC, new NwfilterBindingGetXmlDescArgs(BINDING, 0));
        c.add(NwfilterProcedures.NWFILTER_BINDING_DELETE, new NwfilterBindingDeleteArgs(BINDING));
        // and the two network port calls added with them (libvirt's test driver has no ports)
        NonnullNetworkPort port = new NonnullNetworkPort(new NonnullNetwork("default", new byte[16]), new byte[16]);
        c.add(NetworkProcedures.NETWORK_PORT_GET_XML_DESC, new NetworkPortGetXmlDescArgs(port, 0));
        c.add(NetworkProcedures.NETWORK_PORT_DELETE, new NetworkPortDeleteArgs(port, 0));
        // the legacy list calls with a negative count: libvirtd's dispatcher refuses them itself (VIR_ERR_RPC)
        NonnullDomain dom = new NonnullDomain("test", new byte[16], 1);
        c.add(DomainProcedures.CONNECT_LIST_DOMAINS, new ConnectListDomainsArgs(-1));
        c.add(DomainProcedures.CONNECT_LIST_DEFINED_DOMAINS, new ConnectListDefinedDomainsArgs(-1));
        c.add(NetworkProcedures.CONNECT_LIST_NETWORKS, new ConnectListNetworksArgs(-1));
        c.add(NetworkProcedures.CONNECT_LIST_DEFINED_NETWORKS, new ConnectListDefinedNetworksArgs(-1));
        c.add(StorageProcedures.CONNECT_LIST_STORAGE_POOLS, new ConnectListStoragePoolsArgs(-1));
        c.add(StorageProcedures.CONNECT_LIST_DEFINED_STORAGE_POOLS, new ConnectListDefinedStoragePoolsArgs(-1));
        c.add(InterfaceProcedures.CONNECT_LIST_INTERFACES, new ConnectListInterfacesArgs(-1));
        c.add(InterfaceProcedures.CONNECT_LIST_DEFINED_INTERFACES, new ConnectListDefinedInterfacesArgs(-1));
        c.add(NodeDeviceProcedures.NODE_LIST_DEVICES, new NodeListDevicesArgs(null, -1, 0));
        c.add(NodeDeviceProcedures.NODE_DEVICE_LIST_CAPS, new NodeDeviceListCapsArgs("computer", -1));
        c.add(StorageProcedures.STORAGE_POOL_LIST_VOLUMES, new StoragePoolListVolumesArgs(new NonnullStoragePool("default-pool", new byte[16]), -1));
        c.add(DomainSnapshotProcedures.DOMAIN_SNAPSHOT_LIST_NAMES, new DomainSnapshotListNamesArgs(dom, -1, 0));
        return s;
    }

    private record Calls(List<RpcMessage> out) {
        <A> void add(RemoteProcedure<A, ?> p, A args) {
            out.add(RpcMessage.of(RpcHeader.call(RpcPrograms.REMOTE, 1, p.number(), out.size() + 1), p.args(), args));
        }
    }

    private static List<String> converse(Path socket, boolean readOnly) throws Exception {
        List<String> out = new ArrayList<>();
        try (RawClient c = RawClient.connect(socket)) {
            for (RpcMessage m : script(readOnly)) {
                c.send(m);
                RpcMessage r = c.awaitSerial(m.header().serial(), T);
                String body = r.header().status() == 1
                        ? XdrCodecs.decode(RemoteError.class, r.payload()).toString()
                        : HexFormat.of().formatHex(r.payload());
                out.add(m.header().procedure() + ": " + r.header() + " " + body);
            }
        }
        return out;
    }

    @Test
    void sameAnswersAsLibvirtd() throws Exception {
        try (TestDaemon jvirtd = TestDaemon.start(Files.createTempDirectory("jvirtd-secret-wire"), "")) {
            List<String> want = converse(Libvirtd.socket(), false);
            List<String> got = converse(jvirtd.rwSocket(), false);
            assertThat(got).containsExactlyElementsOf(want);
            // every call after the open was refused (there is no secret or filter driver on either side)
            assertThat(want.subList(1, want.size())).allMatch(l -> l.contains("RemoteError["));
            if (HostPaths.current().privileged()) {
                List<String> wantRo = converse(Libvirtd.socket().resolveSibling("libvirt-sock-ro"), true);
                assertThat(converse(jvirtd.roSocket(), true)).containsExactlyElementsOf(wantRo);
                assertThat(wantRo).anyMatch(l -> l.contains("read only access prevents virSecretGetValue"));
            }
        }
    }
}
