package org.jvirt.driver.test;

import org.jvirt.conf.network.NetworkDef;
import org.jvirt.conf.network.NetworkUpdate;
import org.jvirt.core.NetworkObj;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** virNetworkObjUpdate for the test driver: which definitions an update touches, then the section change on each. */
final class TestNetworkUpdate {

    static final int AFFECT_LIVE = 1;
    static final int AFFECT_CONFIG = 2;

    private TestNetworkUpdate() {
    }

    static void apply(NetworkObj<TestNetworks.Net> obj, int command, int section, int parentIndex, String xml, int flags) {
        if ((flags & (AFFECT_LIVE | AFFECT_CONFIG)) == 0) {
            flags |= obj.isActive() ? AFFECT_LIVE : AFFECT_CONFIG;
        }
        // virNetworkObjConfigChangeSetup: both checks come before the fragment is looked at
        if ((flags & AFFECT_CONFIG) != 0 && !obj.isPersistent()) {
            throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.NETWORK,
                    "cannot change persistent config of a transient network");
        }
        if ((flags & AFFECT_LIVE) != 0 && !obj.isActive()) {
            throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.NETWORK, "network is not running");
        }
        // a live-only change of a network started without a pending config also changes what becomes its config
        // (libvirt's def is both then); a config change first sets the running definition aside
        NetworkDef live = null;
        if ((flags & AFFECT_LIVE) != 0) {
            live = NetworkUpdate.apply(obj.def().def(), command, section, parentIndex, xml);
            NetworkUpdate.copy(live, false);
        }
        NetworkDef config = null;
        if ((flags & AFFECT_CONFIG) != 0) {
            config = NetworkUpdate.apply(obj.persistentDef().def(), command, section, parentIndex, xml);
            NetworkUpdate.copy(config, true);
        }
        // both are computed before either is stored: a failure leaves the network as it was
        obj.replaceDefs(live == null ? null : new TestNetworks.Net(live), config == null ? null : new TestNetworks.Net(config));
    }
}
