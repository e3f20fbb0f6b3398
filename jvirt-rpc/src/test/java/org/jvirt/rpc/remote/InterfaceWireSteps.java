package org.jvirt.rpc.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.rpc.remote.InterfaceProcedures.*;

import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The host interface procedures against the real libvirtd (LibvirtdProceduresWireTest runs these steps, so
 * its every-procedure check covers them). Only an interface named after {@code unique} is defined, and removed
 * again; the transaction is begun and committed, never rolled back (a rollback leaves every interface of the
 * shared test:///default inactive), so the rollback is proven by its refusal.
 */
final class InterfaceWireSteps {

    static final int NO_INTERFACE = 57;
    static final int OPERATION_INVALID = 55;

    private InterfaceWireSteps() {
    }

    static void run(LibvirtdSession s, String unique) throws Exception {
        NonnullInterface eth1 = s.call(INTERFACE_LOOKUP_BY_NAME, new InterfaceLookupByNameArgs("eth1")).iface();
        assertThat(eth1).isEqualTo(new NonnullInterface("eth1", "aa:bb:cc:dd:ee:ff"));
        assertThat(s.call(INTERFACE_LOOKUP_BY_MAC_STRING, new InterfaceLookupByMacStringArgs("AA:BB:CC:DD:EE:FF")).iface())
                .isEqualTo(new NonnullInterface("eth1", "AA:BB:CC:DD:EE:FF"));
        assertThat(s.call(INTERFACE_GET_XML_DESC, new InterfaceGetXmlDescArgs(eth1, 0)).xml())
                .startsWith("<interface type='ethernet' name='eth1'>");
        assertThat(s.error(INTERFACE_LOOKUP_BY_NAME, new InterfaceLookupByNameArgs(unique)).code()).isEqualTo(NO_INTERFACE);

        String mac = "52:54:00:" + unique.substring(unique.length() - 6, unique.length() - 4) + ":"
                + unique.substring(unique.length() - 4, unique.length() - 2) + ":" + unique.substring(unique.length() - 2);
        String xml = "<interface type='ethernet' name='" + unique + "'><mac address='" + mac + "'/></interface>";
        NonnullInterface mine = s.call(INTERFACE_DEFINE_XML, new InterfaceDefineXmlArgs(xml, 0)).iface();
        try {
            assertThat(mine).isEqualTo(new NonnullInterface(unique, mac));
            assertThat(s.call(INTERFACE_IS_ACTIVE, new InterfaceIsActiveArgs(mine)).active()).isZero();
            int defined = s.call(CONNECT_NUM_OF_DEFINED_INTERFACES, XdrVoid.VOID).num();
            assertThat(s.call(CONNECT_LIST_DEFINED_INTERFACES, new ConnectListDefinedInterfacesArgs(defined + 8)).names())
                    .contains(unique);
            s.call(INTERFACE_CREATE, new InterfaceCreateArgs(mine, 0));
            assertThat(s.call(INTERFACE_IS_ACTIVE, new InterfaceIsActiveArgs(mine)).active()).isOne();
            int active = s.call(CONNECT_NUM_OF_INTERFACES, XdrVoid.VOID).num();
            assertThat(s.call(CONNECT_LIST_INTERFACES, new ConnectListInterfacesArgs(active + 8)).names())
                    .contains(unique, "eth1");
            ConnectListAllInterfacesRet all = s.call(CONNECT_LIST_ALL_INTERFACES, new ConnectListAllInterfacesArgs(1, 2));
            assertThat(all.ifaces()).contains(mine, eth1);
            assertThat(all.ret()).isEqualTo(all.ifaces().size());
            ConnectListAllInterfacesRet counted = s.call(CONNECT_LIST_ALL_INTERFACES, new ConnectListAllInterfacesArgs(0, 0));
            assertThat(counted.ifaces()).isEmpty();
            assertThat(counted.ret()).isPositive();
            assertThat(s.error(INTERFACE_CREATE, new InterfaceCreateArgs(mine, 0)).code()).isEqualTo(OPERATION_INVALID);
            s.call(INTERFACE_DESTROY, new InterfaceDestroyArgs(mine, 0));
            s.call(INTERFACE_CHANGE_BEGIN, new InterfaceChangeBeginArgs(0));
            s.call(INTERFACE_CHANGE_COMMIT, new InterfaceChangeCommitArgs(0));
            RemoteError e = s.error(INTERFACE_CHANGE_ROLLBACK, new InterfaceChangeRollbackArgs(0));
            assertThat(e.code()).isEqualTo(OPERATION_INVALID);
        } finally {
            s.call(INTERFACE_UNDEFINE, new InterfaceUndefineArgs(mine));
        }
        assertThat(s.error(INTERFACE_UNDEFINE, new InterfaceUndefineArgs(mine)).code()).isEqualTo(NO_INTERFACE);
    }
}
