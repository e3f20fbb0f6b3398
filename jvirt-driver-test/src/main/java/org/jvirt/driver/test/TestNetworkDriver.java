package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jvirt.core.NetworkObj;
import org.jvirt.core.NetworkObjList;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.NetworkDriver;
import org.jvirt.spi.NetworkRef;

/** The test driver's network table (testNetwork*), quirks included: destroying an inactive network succeeds. */
final class TestNetworkDriver implements NetworkDriver {

    private final TestDriver driver;

    TestNetworkDriver(TestDriver driver) {
        this.driver = driver;
    }

    private NetworkObjList<TestNetworks.Net> nets() {
        return driver.networks;
    }

    /** testNetworkObjFindByName: most entries look the network up by the handle's name. */
    private <T> T byName(NetworkRef ref, Function<NetworkObj<TestNetworks.Net>, T> body) {
        return locked(nets().findByName(ref.name()), body,
                () -> VirtException.of(ErrorCode.NO_NETWORK, ErrorDomain.TEST,
                        "no network with matching name '%s'", ref.name()));
    }

    /** testNetworkObjFindByUUID: isActive / isPersistent use the UUID. */
    private <T> T byUuid(NetworkRef ref, Function<NetworkObj<TestNetworks.Net>, T> body) {
        return locked(nets().findByUUID(ref.uuid()), body, () -> noUuid(ref.uuid()));
    }

    private static VirtException noUuid(UUID uuid) {
        return VirtException.of(ErrorCode.NO_NETWORK, ErrorDomain.TEST, "no network with matching uuid '%s'", uuid);
    }

    private static <T> T locked(NetworkObj<TestNetworks.Net> obj, Function<NetworkObj<TestNetworks.Net>, T> body,
            java.util.function.Supplier<VirtException> missing) {
        if (obj != null) {
            obj.lock();
            if (obj.isRemoved()) {
                obj.unlock();
                obj = null;
            }
        }
        if (obj == null) {
            throw missing.get();
        }
        try {
            return body.apply(obj);
        } finally {
            obj.unlock();
        }
    }

    private List<String> names(boolean active, int max) {
        List<String> out = new ArrayList<>();
        for (NetworkObj<TestNetworks.Net> n : nets().list()) {
            if (n.isActive() == active && out.size() < max) {
                out.add(n.name());
            }
        }
        return out;
    }

    @Override
    public List<String> connectListNetworks(int maxnames) {
        return names(true, maxnames);
    }

    @Override
    public int connectNumOfNetworks() {
        return names(true, Integer.MAX_VALUE).size();
    }

    @Override
    public List<String> connectListDefinedNetworks(int maxnames) {
        return names(false, maxnames);
    }

    @Override
    public int connectNumOfDefinedNetworks() {
        return names(false, Integer.MAX_VALUE).size();
    }

    @Override
    public List<NetworkRef> connectListAllNetworks(int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0x3f, ErrorDomain.TEST, "testConnectListAllNetworks");
        List<NetworkRef> out = new ArrayList<>();
        for (NetworkObj<TestNetworks.Net> n : nets().listAll(flags)) {
            out.add(n.ref());
        }
        return out;
    }

    @Override
    public NetworkRef networkLookupByName(String name) {
        return byName(new NetworkRef(name, null), NetworkObj::ref);
    }

    @Override
    public NetworkRef networkLookupByUUID(UUID uuid) {
        return byUuid(new NetworkRef(null, uuid), NetworkObj::ref);
    }

    @Override
    public NetworkRef networkDefineXMLFlags(String xml, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 1, ErrorDomain.TEST, "testNetworkDefineXMLFlags");
        TestNetworks.Net net = TestNetworks.parse(xml, (flags & 1) != 0);
        NetworkObj<TestNetworks.Net> obj = nets().assignDef(net.def().name(), net.def().uuid(), net, 0);
        try {
            driver.networkEvents.lifecycle(obj.ref(), TestObjectEvents.DEFINED);
            return obj.ref();
        } finally {
            obj.unlock();
        }
    }

    @Override
    public NetworkRef networkCreateXMLFlags(String xml, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 1, ErrorDomain.TEST, "testNetworkCreateXMLFlags");
        TestNetworks.Net net = TestNetworks.parse(xml, (flags & 1) != 0);
        NetworkObj<TestNetworks.Net> obj = nets().assignDef(net.def().name(), net.def().uuid(), net,
                NetworkObjList.ADD_LIVE | NetworkObjList.ADD_CHECK_LIVE);
        try {
            obj.setActive(true);
            driver.networkEvents.lifecycle(obj.ref(), TestObjectEvents.STARTED);
            return obj.ref();
        } finally {
            obj.unlock();
        }
    }

    @Override
    public void networkCreate(NetworkRef ref) {
        byName(ref, obj -> {
            if (obj.isActive()) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.TEST,
                        "Network '%s' is already running", ref.name());
            }
            obj.setActive(true);
            driver.networkEvents.lifecycle(obj.ref(), TestObjectEvents.STARTED);
            return null;
        });
    }

    @Override
    public void networkDestroy(NetworkRef ref) {
        byName(ref, obj -> {
            obj.setActive(false);
            driver.networkEvents.lifecycle(obj.ref(), TestObjectEvents.STOPPED);
            if (!obj.isPersistent()) {
                nets().remove(obj);
            }
            return null;
        });
    }

    @Override
    public void networkUndefine(NetworkRef ref) {
        byName(ref, obj -> {
            if (obj.isActive()) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.TEST,
                        "Network '%s' is still running", ref.name());
            }
            nets().remove(obj);
            driver.networkEvents.lifecycle(obj.ref(), TestObjectEvents.UNDEFINED);
            return null;
        });
    }

    @Override
    public String networkGetXMLDesc(NetworkRef ref, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testNetworkGetXMLDesc");
        return byName(ref, obj -> TestNetworks.format(obj.def()));
    }

    @Override
    public String networkGetBridgeName(NetworkRef ref) {
        return byName(ref, obj -> {
            String b = obj.def().bridge();
            if (b == null) {
                throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.TEST,
                        "network '%s' does not have a bridge name.", obj.name());
            }
            return b;
        });
    }

    @Override
    public boolean networkGetAutostart(NetworkRef ref) {
        return byName(ref, NetworkObj::isAutostart);
    }

    @Override
    public void networkSetAutostart(NetworkRef ref, boolean autostart) {
        byName(ref, obj -> {
            obj.setAutostart(autostart);
            return null;
        });
    }

    @Override
    public boolean networkIsActive(NetworkRef ref) {
        return byUuid(ref, NetworkObj::isActive);
    }

    @Override
    public boolean networkIsPersistent(NetworkRef ref) {
        return byUuid(ref, NetworkObj::isPersistent);
    }

    /** testNetworkUpdate: no flags means the live state of a running network, else its config. */
    @Override
    public void networkUpdate(NetworkRef ref, int command, int section, int parentIndex, String xml, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 1 | 2, ErrorDomain.TEST, "testNetworkUpdate");
        byUuid(ref, obj -> {
            TestNetworkUpdate.apply(obj, command, section, parentIndex, xml, flags);
            return null;
        });
    }

    @Override
    public int connectNetworkEventRegisterAny(NetworkRef net, int eventID,
                                              org.jvirt.spi.ObjectEventCallback<NetworkRef> cb) {
        return driver.networkEvents.register(this, net, eventID, cb);
    }

    @Override
    public void connectNetworkEventDeregisterAny(int callbackID) {
        driver.networkEvents.deregister(this, callbackID);
    }
}
