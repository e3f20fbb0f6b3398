package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jvirt.conf.iface.InterfaceDef;
import org.jvirt.conf.iface.InterfaceXml;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.ConnectListAllInterfacesFlag;
import org.jvirt.flags.InterfaceDefineFlag;
import org.jvirt.spi.InterfaceDriver;
import org.jvirt.spi.InterfaceRef;

/**
 * The test driver's host interface table (testInterface*, testConnect*Interfaces), quirks included: undefine
 * removes an active interface too, starting an active one or stopping an inactive one is a bare "Requested
 * operation is not valid", getXMLDesc takes no flags (so virsh's iface-bridge fails), and a rollback restores
 * the saved definitions all inactive.
 */
final class TestInterfaceDriver implements InterfaceDriver {

    private static final ErrorDomain D = ErrorDomain.TEST;

    private final TestInterfaces ifaces;

    TestInterfaceDriver(TestDriver driver) {
        this.ifaces = driver.interfaces;
    }

    private <T> T locked(Supplier<T> body) {
        ifaces.lock.lock();
        try {
            return body.get();
        } finally {
            ifaces.lock.unlock();
        }
    }

    private void run(Runnable body) {
        locked(() -> {
            body.run();
            return null;
        });
    }

    /** testInterfaceObjFindByName. */
    private TestInterfaces.Iface byName(String name) {
        TestInterfaces.Iface i = ifaces.byName.get(name);
        if (i == null) {
            throw VirtException.of(ErrorCode.NO_INTERFACE, D, "no interface with matching name '%s'", name);
        }
        return i;
    }

    private static InterfaceRef ref(InterfaceDef def) {
        return new InterfaceRef(def.name(), def.mac());
    }

    private List<String> names(boolean active, int max) {
        return locked(() -> {
            List<String> out = new ArrayList<>();
            for (TestInterfaces.Iface i : ifaces.byName.values()) {
                if (i.active == active && out.size() < max) {
                    out.add(i.def.name());
                }
            }
            return out;
        });
    }

    @Override
    public int connectNumOfInterfaces() {
        return names(true, Integer.MAX_VALUE).size();
    }

    @Override
    public List<String> connectListInterfaces(int maxnames) {
        return names(true, maxnames);
    }

    @Override
    public int connectNumOfDefinedInterfaces() {
        return names(false, Integer.MAX_VALUE).size();
    }

    @Override
    public List<String> connectListDefinedInterfaces(int maxnames) {
        return names(false, maxnames);
    }

    @Override
    public List<InterfaceRef> connectListAllInterfaces(int flags) {
        int inactive = ConnectListAllInterfacesFlag.INACTIVE.value();
        int active = ConnectListAllInterfacesFlag.ACTIVE.value();
        VirErrors.checkFlags(flags, inactive | active, D, "testConnectListAllInterfaces");
        return locked(() -> {
            List<InterfaceRef> out = new ArrayList<>();
            for (TestInterfaces.Iface i : ifaces.byName.values()) {
                boolean both = (flags & (inactive | active)) == 0 || (flags & (inactive | active)) == (inactive | active);
                if (both || ((flags & active) != 0) == i.active) {
                    out.add(ref(i.def));
                }
            }
            return out;
        });
    }

    @Override
    public InterfaceRef interfaceLookupByName(String name) {
        return locked(() -> ref(byName(name).def));
    }

    /** virInterfaceObjListFindByMACString: compared ignoring case; two matches are MULTIPLE_INTERFACES. */
    @Override
    public InterfaceRef interfaceLookupByMACString(String mac) {
        return locked(() -> {
            List<String> found = new ArrayList<>();
            for (TestInterfaces.Iface i : ifaces.byName.values()) {
                if (i.def.mac() != null && i.def.mac().toLowerCase(Locale.ROOT).equals(mac.toLowerCase(Locale.ROOT))) {
                    found.add(i.def.name());
                }
            }
            if (found.isEmpty()) {
                throw VirtException.of(ErrorCode.NO_INTERFACE, D, "no interface with matching mac '%s'", mac);
            }
            if (found.size() > 1) {
                throw VirtException.of(ErrorCode.MULTIPLE_INTERFACES, D, (String) null);
            }
            return new InterfaceRef(found.get(0), mac);
        });
    }

    @Override
    public String interfaceGetXMLDesc(InterfaceRef iface, int flags) {
        VirErrors.checkFlags(flags, 0, D, "testInterfaceGetXMLDesc");
        return locked(() -> InterfaceXml.format(byName(iface.name()).def));
    }

    @Override
    public InterfaceRef interfaceDefineXML(String xml, int flags) {
        VirErrors.checkFlags(flags, InterfaceDefineFlag.VALIDATE.value(), D, "testInterfaceDefineXML");
        return locked(() -> {
            InterfaceDef def = InterfaceXml.parse(xml, (flags & InterfaceDefineFlag.VALIDATE.value()) != 0);
            return ref(ifaces.assign(def).def);
        });
    }

    @Override
    public void interfaceUndefine(InterfaceRef iface) {
        run(() -> ifaces.byName.remove(byName(iface.name()).def.name()));
    }

    @Override
    public void interfaceCreate(InterfaceRef iface, int flags) {
        VirErrors.checkFlags(flags, 0, D, "testInterfaceCreate");
        run(() -> {
            TestInterfaces.Iface i = byName(iface.name());
            if (i.active) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, D, (String) null);
            }
            i.active = true;
        });
    }

    @Override
    public void interfaceDestroy(InterfaceRef iface, int flags) {
        VirErrors.checkFlags(flags, 0, D, "testInterfaceDestroy");
        run(() -> {
            TestInterfaces.Iface i = byName(iface.name());
            if (!i.active) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, D, (String) null);
            }
            i.active = false;
        });
    }

    @Override
    public boolean interfaceIsActive(InterfaceRef iface) {
        return locked(() -> byName(iface.name()).active);
    }

    @Override
    public void interfaceChangeBegin(int flags) {
        VirErrors.checkFlags(flags, 0, D, "testInterfaceChangeBegin");
        run(() -> {
            if (ifaces.backup != null) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, D, "there is another transaction running.");
            }
            ifaces.backup = ifaces.cloneInactive();
        });
    }

    @Override
    public void interfaceChangeCommit(int flags) {
        VirErrors.checkFlags(flags, 0, D, "testInterfaceChangeCommit");
        run(() -> {
            if (ifaces.backup == null) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, D, "no transaction running, nothing to be committed.");
            }
            ifaces.backup = null;
        });
    }

    @Override
    public void interfaceChangeRollback(int flags) {
        VirErrors.checkFlags(flags, 0, D, "testInterfaceChangeRollback");
        run(() -> {
            if (ifaces.backup == null) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, D, "no transaction running, nothing to rollback.");
            }
            ifaces.byName = ifaces.backup;
            ifaces.backup = null;
        });
    }
}
