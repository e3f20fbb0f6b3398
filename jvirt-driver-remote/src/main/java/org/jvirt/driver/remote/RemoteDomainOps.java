package org.jvirt.driver.remote;

import java.util.UUID;
import org.jvirt.rpc.remote.DomainAttachDeviceArgs;
import org.jvirt.rpc.remote.DomainAttachDeviceFlagsArgs;
import org.jvirt.rpc.remote.DomainCoreDumpWithFormatArgs;
import org.jvirt.rpc.remote.DomainCreateWithFlagsArgs;
import org.jvirt.rpc.remote.DomainCreateXmlArgs;
import org.jvirt.rpc.remote.DomainDefineXmlArgs;
import org.jvirt.rpc.remote.DomainDefineXmlFlagsArgs;
import org.jvirt.rpc.remote.DomainDestroyArgs;
import org.jvirt.rpc.remote.DomainDestroyFlagsArgs;
import org.jvirt.rpc.remote.DomainDetachDeviceArgs;
import org.jvirt.rpc.remote.DomainDetachDeviceFlagsArgs;
import org.jvirt.rpc.remote.DomainGetAutostartArgs;
import org.jvirt.rpc.remote.DomainHasManagedSaveImageArgs;
import org.jvirt.rpc.remote.DomainLookupByIdArgs;
import org.jvirt.rpc.remote.DomainLookupByNameArgs;
import org.jvirt.rpc.remote.DomainLookupByUuidArgs;
import org.jvirt.rpc.remote.DomainManagedSaveArgs;
import org.jvirt.rpc.remote.DomainManagedSaveRemoveArgs;
import org.jvirt.rpc.remote.DomainRebootArgs;
import org.jvirt.rpc.remote.DomainResetArgs;
import org.jvirt.rpc.remote.DomainRestoreFlagsArgs;
import org.jvirt.rpc.remote.DomainResumeArgs;
import org.jvirt.rpc.remote.DomainSaveFlagsArgs;
import org.jvirt.rpc.remote.DomainSetAutostartArgs;
import org.jvirt.rpc.remote.DomainShutdownFlagsArgs;
import org.jvirt.rpc.remote.DomainSuspendArgs;
import org.jvirt.rpc.remote.DomainUndefineFlagsArgs;
import org.jvirt.rpc.remote.DomainUpdateDeviceFlagsArgs;
import org.jvirt.rpc.remote.DomainProcedures;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.spi.DomainRef;

/** Domain lookup, definition, lifecycle, save and device entries of the remote hypervisor table. */
interface RemoteDomainOps extends RemoteTable {

    @Override
    default DomainRef domainLookupByID(int id) {
        return RemoteWire.ref(rpc().call(DomainProcedures.DOMAIN_LOOKUP_BY_ID, new DomainLookupByIdArgs(id)).dom());
    }

    @Override
    default DomainRef domainLookupByName(String name) {
        return RemoteWire.ref(rpc().call(DomainProcedures.DOMAIN_LOOKUP_BY_NAME, new DomainLookupByNameArgs(name)).dom());
    }

    @Override
    default DomainRef domainLookupByUUID(UUID uuid) {
        return RemoteWire.ref(rpc().call(DomainProcedures.DOMAIN_LOOKUP_BY_UUID,
                new DomainLookupByUuidArgs(RemoteTypes.uuid(uuid))).dom());
    }

    /**
     * Without flags this is virDomainDefineXML, and libvirt's client sends that procedure: the daemon's errors
     * (a read-only refusal) then name the function the public layer names.
     */
    @Override
    default DomainRef domainDefineXMLFlags(String xml, int flags) {
        if (flags == 0) {
            return RemoteWire.ref(rpc().call(DomainProcedures.DOMAIN_DEFINE_XML, new DomainDefineXmlArgs(xml)).dom());
        }
        return RemoteWire.ref(rpc().call(DomainProcedures.DOMAIN_DEFINE_XML_FLAGS,
                new DomainDefineXmlFlagsArgs(xml, flags)).dom());
    }

    @Override
    default DomainRef domainCreateXML(String xml, int flags) {
        return RemoteWire.ref(rpc().call(DomainProcedures.DOMAIN_CREATE_XML, new DomainCreateXmlArgs(xml, flags)).dom());
    }

    /** The protocol returns no domain for a restore; the public layer does not need one. */
    @Override
    default DomainRef domainRestoreFlags(String path, String dxml, int flags) {
        rpc().call(DomainProcedures.DOMAIN_RESTORE_FLAGS, new DomainRestoreFlagsArgs(path, dxml, flags));
        return null;
    }

    @Override
    default DomainRef domainCreateWithFlags(DomainRef dom, int flags) {
        return RemoteWire.ref(rpc().call(DomainProcedures.DOMAIN_CREATE_WITH_FLAGS,
                new DomainCreateWithFlagsArgs(RemoteWire.dom(dom), flags)).dom());
    }

    @Override
    default void domainShutdownFlags(DomainRef dom, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SHUTDOWN_FLAGS, new DomainShutdownFlagsArgs(RemoteWire.dom(dom), flags));
    }

    @Override
    default void domainReboot(DomainRef dom, int flags) {
        rpc().call(DomainProcedures.DOMAIN_REBOOT, new DomainRebootArgs(RemoteWire.dom(dom), flags));
    }

    @Override
    default void domainReset(DomainRef dom, int flags) {
        rpc().call(DomainProcedures.DOMAIN_RESET, new DomainResetArgs(RemoteWire.dom(dom), flags));
    }

    /** Without flags this is virDomainDestroy (Domain.destroy()), sent as libvirt's client sends it. */
    @Override
    default void domainDestroyFlags(DomainRef dom, int flags) {
        if (flags == 0) {
            rpc().call(DomainProcedures.DOMAIN_DESTROY, new DomainDestroyArgs(RemoteWire.dom(dom)));
            return;
        }
        rpc().call(DomainProcedures.DOMAIN_DESTROY_FLAGS, new DomainDestroyFlagsArgs(RemoteWire.dom(dom), flags));
    }

    @Override
    default void domainSuspend(DomainRef dom) {
        rpc().call(DomainProcedures.DOMAIN_SUSPEND, new DomainSuspendArgs(RemoteWire.dom(dom)));
    }

    @Override
    default org.jvirt.spi.StreamDriver domainOpenConsole(DomainRef dom, String devName, int flags) {
        return rpc().openStream(DomainProcedures.DOMAIN_OPEN_CONSOLE,
                new org.jvirt.rpc.remote.DomainOpenConsoleArgs(RemoteWire.dom(dom), devName, flags));
    }

    @Override
    default void domainResume(DomainRef dom) {
        rpc().call(DomainProcedures.DOMAIN_RESUME, new DomainResumeArgs(RemoteWire.dom(dom)));
    }

    @Override
    default void domainSaveFlags(DomainRef dom, String path, String dxml, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SAVE_FLAGS, new DomainSaveFlagsArgs(RemoteWire.dom(dom), path, dxml, flags));
    }

    @Override
    default void domainManagedSave(DomainRef dom, int flags) {
        rpc().call(DomainProcedures.DOMAIN_MANAGED_SAVE, new DomainManagedSaveArgs(RemoteWire.dom(dom), flags));
    }

    @Override
    default boolean domainHasManagedSaveImage(DomainRef dom, int flags) {
        return rpc().call(DomainProcedures.DOMAIN_HAS_MANAGED_SAVE_IMAGE,
                new DomainHasManagedSaveImageArgs(RemoteWire.dom(dom), flags)).result() != 0;
    }

    @Override
    default void domainManagedSaveRemove(DomainRef dom, int flags) {
        rpc().call(DomainProcedures.DOMAIN_MANAGED_SAVE_REMOVE, new DomainManagedSaveRemoveArgs(RemoteWire.dom(dom), flags));
    }

    @Override
    default void domainCoreDumpWithFormat(DomainRef dom, String path, int format, int flags) {
        rpc().call(DomainProcedures.DOMAIN_CORE_DUMP_WITH_FORMAT,
                new DomainCoreDumpWithFormatArgs(RemoteWire.dom(dom), path, format, flags));
    }

    @Override
    default boolean domainGetAutostart(DomainRef dom) {
        return rpc().call(DomainProcedures.DOMAIN_GET_AUTOSTART, new DomainGetAutostartArgs(RemoteWire.dom(dom)))
                .autostart() != 0;
    }

    @Override
    default void domainSetAutostart(DomainRef dom, boolean autostart) {
        rpc().call(DomainProcedures.DOMAIN_SET_AUTOSTART, new DomainSetAutostartArgs(RemoteWire.dom(dom), autostart ? 1 : 0));
    }

    @Override
    default void domainAttachDevice(DomainRef dom, String xml) {
        rpc().call(DomainProcedures.DOMAIN_ATTACH_DEVICE, new DomainAttachDeviceArgs(RemoteWire.dom(dom), xml));
    }

    @Override
    default void domainDetachDevice(DomainRef dom, String xml) {
        rpc().call(DomainProcedures.DOMAIN_DETACH_DEVICE, new DomainDetachDeviceArgs(RemoteWire.dom(dom), xml));
    }

    @Override
    default void domainAttachDeviceFlags(DomainRef dom, String xml, int flags) {
        rpc().call(DomainProcedures.DOMAIN_ATTACH_DEVICE_FLAGS, new DomainAttachDeviceFlagsArgs(RemoteWire.dom(dom), xml, flags));
    }

    @Override
    default void domainDetachDeviceFlags(DomainRef dom, String xml, int flags) {
        rpc().call(DomainProcedures.DOMAIN_DETACH_DEVICE_FLAGS, new DomainDetachDeviceFlagsArgs(RemoteWire.dom(dom), xml, flags));
    }

    @Override
    default void domainUpdateDeviceFlags(DomainRef dom, String xml, int flags) {
        rpc().call(DomainProcedures.DOMAIN_UPDATE_DEVICE_FLAGS, new DomainUpdateDeviceFlagsArgs(RemoteWire.dom(dom), xml, flags));
    }

    @Override
    default void domainDetachDeviceAlias(DomainRef dom, String alias, int flags) {
        rpc().call(DomainProcedures.DOMAIN_DETACH_DEVICE_ALIAS,
                new org.jvirt.rpc.remote.DomainDetachDeviceAliasArgs(RemoteWire.dom(dom), alias, flags));
    }

    @Override
    default void domainUndefineFlags(DomainRef dom, int flags) {
        rpc().call(DomainProcedures.DOMAIN_UNDEFINE_FLAGS, new DomainUndefineFlagsArgs(RemoteWire.dom(dom), flags));
    }
}
