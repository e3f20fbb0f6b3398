package org.jvirt.rpc.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.rpc.remote.NodeDeviceProcedures.*;

import java.util.List;

/**
 * The node device procedures against the real libvirtd (LibvirtdProceduresWireTest runs these steps, so its
 * every-procedure check covers them). The default devices are only read; the one vHBA made (scsi_host12) is
 * destroyed again. The calls libvirt's test driver lacks are proven by their refusal (their arguments decoded).
 */
final class NodeDeviceWireSteps {

    static final int NO_SUPPORT = 3;
    static final int NO_NODE_DEVICE = 53;
    static final String FC = "<device><parent>scsi_host2</parent><capability type='scsi_host'><capability type='fc_host'>"
            + "<wwnn>2000000012345678</wwnn><wwpn>1000000012345678</wwpn></capability></capability></device>";

    private NodeDeviceWireSteps() {
    }

    static void run(LibvirtdSession s) throws Exception {
        int all = s.call(NODE_NUM_OF_DEVICES, new NodeNumOfDevicesArgs(null, 0)).num();
        assertThat(all).isGreaterThanOrEqualTo(4);
        assertThat(s.call(NODE_LIST_DEVICES, new NodeListDevicesArgs(null, all + 4, 0)).names())
                .contains("computer", "scsi_host1", "scsi_host2", "scsi_host11");
        assertThat(s.call(NODE_NUM_OF_DEVICES, new NodeNumOfDevicesArgs("vports", 0)).num()).isEqualTo(2);
        assertThat(s.call(NODE_LIST_DEVICES, new NodeListDevicesArgs("system", 8, 0)).names()).containsExactly("computer");
        ConnectListAllNodeDevicesRet listed = s.call(CONNECT_LIST_ALL_NODE_DEVICES, new ConnectListAllNodeDevicesArgs(1, 1));
        assertThat(listed.devices()).containsExactly(new NonnullNodeDevice("computer"));
        assertThat(listed.ret()).isOne();
        NonnullNodeDevice host1 = s.call(NODE_DEVICE_LOOKUP_BY_NAME, new NodeDeviceLookupByNameArgs("scsi_host1")).dev();
        assertThat(host1.name()).isEqualTo("scsi_host1");
        assertThat(s.call(NODE_DEVICE_GET_XML_DESC, new NodeDeviceGetXmlDescArgs("scsi_host1", 0)).xml())
                .startsWith("<device>\n  <name>scsi_host1</name>");
        assertThat(s.call(NODE_DEVICE_GET_PARENT, new NodeDeviceGetParentArgs("scsi_host1")).parentName()).isEqualTo("computer");
        assertThat(s.call(NODE_DEVICE_NUM_OF_CAPS, new NodeDeviceNumOfCapsArgs("scsi_host1")).num()).isOne();
        assertThat(s.call(NODE_DEVICE_LIST_CAPS, new NodeDeviceListCapsArgs("scsi_host1", 4)).names())
                .isEqualTo(List.of("scsi_host"));
        assertThat(s.error(NODE_DEVICE_LOOKUP_BY_NAME, new NodeDeviceLookupByNameArgs("nope")).code()).isEqualTo(NO_NODE_DEVICE);

        int cb = s.call(CONNECT_NODE_DEVICE_EVENT_REGISTER_ANY, new ConnectNodeDeviceEventRegisterAnyArgs(0, null)).callbackID();
        NonnullNodeDevice made = s.call(NODE_DEVICE_CREATE_XML, new NodeDeviceCreateXmlArgs(FC, 0)).dev();
        assertThat(made.name()).isEqualTo("scsi_host12");
        expectLifecycle(s, cb, "scsi_host12", 0);
        s.call(NODE_DEVICE_DESTROY, new NodeDeviceDestroyArgs("scsi_host12"));
        expectLifecycle(s, cb, "scsi_host12", 1);
        s.call(CONNECT_NODE_DEVICE_EVENT_DEREGISTER_ANY, new ConnectNodeDeviceEventDeregisterAnyArgs(cb));
        assertThat(s.error(NODE_DEVICE_LOOKUP_BY_NAME, new NodeDeviceLookupByNameArgs("scsi_host12")).code())
                .isEqualTo(NO_NODE_DEVICE);

        // what libvirt's test driver does not implement: the arguments decode, the call is refused
        refused(s, NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN,
                new NodeDeviceLookupScsiHostByWwnArgs("2000000012341234", "1000000012341234", 0));
        refused(s, NODE_DEVICE_DETTACH, new NodeDeviceDettachArgs("computer"));
        refused(s, NODE_DEVICE_DETACH_FLAGS, new NodeDeviceDetachFlagsArgs("computer", "vfio", 0));
        refused(s, NODE_DEVICE_RE_ATTACH, new NodeDeviceReAttachArgs("computer"));
        refused(s, NODE_DEVICE_RESET, new NodeDeviceResetArgs("computer"));
        refused(s, NODE_DEVICE_DEFINE_XML, new NodeDeviceDefineXmlArgs(FC, 0));
        refused(s, NODE_DEVICE_UNDEFINE, new NodeDeviceUndefineArgs("computer", 0));
        refused(s, NODE_DEVICE_CREATE, new NodeDeviceCreateArgs("computer", 0));
        refused(s, NODE_DEVICE_GET_AUTOSTART, new NodeDeviceGetAutostartArgs("computer"));
        refused(s, NODE_DEVICE_SET_AUTOSTART, new NodeDeviceSetAutostartArgs("computer", 1));
        refused(s, NODE_DEVICE_IS_PERSISTENT, new NodeDeviceIsPersistentArgs("computer"));
        refused(s, NODE_DEVICE_IS_ACTIVE, new NodeDeviceIsActiveArgs("computer"));
    }

    /** A lifecycle message of registration {@code cb}: 0 created, 1 deleted. */
    private static void expectLifecycle(LibvirtdSession s, int cb, String name, int event) throws Exception {
        NodeDeviceEventLifecycleMsg m = s.awaitEvent(NODE_DEVICE_EVENT_LIFECYCLE);
        assertThat(m.callbackID()).isEqualTo(cb);
        assertThat(m.dev().name()).isEqualTo(name);
        assertThat(m.event()).isEqualTo(event);
    }

    private static <A> void refused(LibvirtdSession s, RemoteProcedure<A, ?> proc, A args) throws Exception {
        RemoteError e = s.error(proc, args);
        assertThat(e.code()).as(proc.name()).isEqualTo(NO_SUPPORT);
    }
}
