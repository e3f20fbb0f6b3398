package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.DomainProcedures.*;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.rpc.remote.ConnectListAllDomainsRet;
import org.jvirt.rpc.remote.ConnectListDefinedDomainsRet;
import org.jvirt.rpc.remote.ConnectListDomainsRet;
import org.jvirt.rpc.remote.ConnectNumOfDefinedDomainsRet;
import org.jvirt.rpc.remote.ConnectNumOfDomainsRet;
import org.jvirt.rpc.remote.DomainCreateWithFlagsRet;
import org.jvirt.rpc.remote.DomainCreateXmlRet;
import org.jvirt.rpc.remote.DomainDefineXmlFlagsRet;
import org.jvirt.rpc.remote.DomainDefineXmlRet;
import org.jvirt.rpc.remote.DomainGetAutostartRet;
import org.jvirt.rpc.remote.DomainGetXmlDescRet;
import org.jvirt.rpc.remote.DomainHasManagedSaveImageRet;
import org.jvirt.rpc.remote.DomainIsActiveRet;
import org.jvirt.rpc.remote.DomainIsPersistentRet;
import org.jvirt.rpc.remote.DomainIsUpdatedRet;
import org.jvirt.rpc.remote.DomainLookupByIdRet;
import org.jvirt.rpc.remote.DomainLookupByNameRet;
import org.jvirt.rpc.remote.DomainLookupByUuidRet;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.rpc.xdr.XdrVoid;

/** Domain listing, lookup, definition and lifecycle: each one call on the client's Connect or Domain. */
final class DomainHandlers {

    private static final XdrVoid VOID = XdrVoid.VOID;

    private DomainHandlers() {
    }

    static void register(HandlerTable t) {
        lists(t);
        lookups(t);
        lifecycle(t);
        saves(t);
        config(t);
    }

    private static void lists(HandlerTable t) {
        t.on(CONNECT_LIST_DOMAINS, (c, a) -> {
            Wire.checkMax(a.maxids(), RemoteLimits.DOMAIN_LIST_MAX, "maxids > REMOTE_DOMAIN_LIST_MAX");
            Wire.nonNegative(a.maxids(), "maxids");
            int[] ids = c.conn().listDomainsID();
            return new ConnectListDomainsRet(ids.length > a.maxids() ? java.util.Arrays.copyOf(ids, a.maxids()) : ids);
        });
        t.on(CONNECT_NUM_OF_DOMAINS, (c, a) -> new ConnectNumOfDomainsRet(c.conn().numOfDomains()));
        t.on(CONNECT_LIST_DEFINED_DOMAINS, (c, a) -> {
            Wire.checkMax(a.maxnames(), RemoteLimits.DOMAIN_LIST_MAX, "maxnames > REMOTE_DOMAIN_LIST_MAX");
            Wire.nonNegative(a.maxnames(), "maxnames");
            return new ConnectListDefinedDomainsRet(Wire.first(c.conn().listDefinedDomains(), a.maxnames()));
        });
        t.on(CONNECT_NUM_OF_DEFINED_DOMAINS, (c, a) -> new ConnectNumOfDefinedDomainsRet(c.conn().numOfDefinedDomains()));
        t.on(CONNECT_LIST_ALL_DOMAINS, (c, a) -> {
            List<Domain> all = c.conn().listAllDomains(a.flags());
            if (all.size() > RemoteLimits.DOMAIN_LIST_MAX) {
                throw Wire.internal("Too many domains '" + all.size() + "' for limit '" + RemoteLimits.DOMAIN_LIST_MAX + "'");
            }
            return new ConnectListAllDomainsRet(a.needResults() != 0 ? Wire.doms(all) : List.of(), all.size());
        });
    }

    private static void lookups(HandlerTable t) {
        t.on(DOMAIN_LOOKUP_BY_ID, (c, a) -> new DomainLookupByIdRet(Wire.dom(c.conn().domainLookupByID(a.id()))));
        t.on(DOMAIN_LOOKUP_BY_NAME, (c, a) -> new DomainLookupByNameRet(Wire.dom(c.conn().domainLookupByName(a.name()))));
        t.on(DOMAIN_LOOKUP_BY_UUID, (c, a) -> new DomainLookupByUuidRet(
                Wire.dom(c.conn().domainLookupByUUID(RemoteTypes.uuid(a.uuid())))));
    }

    private static void lifecycle(HandlerTable t) {
        t.on(DOMAIN_CREATE_XML, (c, a) -> new DomainCreateXmlRet(Wire.dom(c.conn().domainCreateXML(a.xmlDesc(), a.flags()))));
        t.on(DOMAIN_CREATE, (c, a) -> {
            c.domain(a.dom()).create();
            return VOID;
        });
        t.on(DOMAIN_CREATE_WITH_FLAGS, (c, a) -> {
            Domain d = c.domain(a.dom());
            d.create(a.flags());
            // libvirt answers with the handle the driver updated: the running domain's new id
            return new DomainCreateWithFlagsRet(Wire.dom(refreshed(c, d)));
        });
        t.on(DOMAIN_DESTROY, (c, a) -> {
            c.domain(a.dom()).destroy();
            return VOID;
        });
        t.on(DOMAIN_DESTROY_FLAGS, (c, a) -> {
            c.domain(a.dom()).destroy(a.flags());
            return VOID;
        });
        t.on(DOMAIN_SHUTDOWN, (c, a) -> {
            c.domain(a.dom()).shutdown();
            return VOID;
        });
        t.on(DOMAIN_SHUTDOWN_FLAGS, (c, a) -> {
            c.domain(a.dom()).shutdown(a.flags());
            return VOID;
        });
        t.on(DOMAIN_REBOOT, (c, a) -> {
            c.domain(a.dom()).reboot(a.flags());
            return VOID;
        });
        t.on(DOMAIN_RESET, (c, a) -> {
            c.domain(a.dom()).reset(a.flags());
            return VOID;
        });
        t.on(DOMAIN_SUSPEND, (c, a) -> {
            c.domain(a.dom()).suspend();
            return VOID;
        });
        t.on(DOMAIN_RESUME, (c, a) -> {
            c.domain(a.dom()).resume();
            return VOID;
        });
    }

    private static void saves(HandlerTable t) {
        t.on(DOMAIN_SAVE, (c, a) -> {
            c.domain(a.dom()).save(a.to());
            return VOID;
        });
        t.on(DOMAIN_SAVE_FLAGS, (c, a) -> {
            c.domain(a.dom()).save(a.to(), a.dxml(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_RESTORE, (c, a) -> {
            c.conn().restore(a.from());
            return VOID;
        });
        t.on(DOMAIN_RESTORE_FLAGS, (c, a) -> {
            c.conn().restore(a.from(), a.dxml(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_MANAGED_SAVE, (c, a) -> {
            c.domain(a.dom()).managedSave(a.flags());
            return VOID;
        });
        t.on(DOMAIN_HAS_MANAGED_SAVE_IMAGE, (c, a) -> new DomainHasManagedSaveImageRet(
                Wire.bool(c.domain(a.dom()).hasManagedSaveImage(a.flags()))));
        t.on(DOMAIN_MANAGED_SAVE_REMOVE, (c, a) -> {
            c.domain(a.dom()).managedSaveRemove(a.flags());
            return VOID;
        });
        t.on(DOMAIN_CORE_DUMP, (c, a) -> {
            c.domain(a.dom()).coreDump(a.to(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_CORE_DUMP_WITH_FORMAT, (c, a) -> {
            c.domain(a.dom()).coreDumpWithFormat(a.to(), a.dumpformat(), a.flags());
            return VOID;
        });
    }

    private static void config(HandlerTable t) {
        t.on(DOMAIN_DEFINE_XML, (c, a) -> new DomainDefineXmlRet(Wire.dom(c.conn().domainDefineXML(a.xml(), 0))));
        t.on(DOMAIN_DEFINE_XML_FLAGS, (c, a) -> new DomainDefineXmlFlagsRet(
                Wire.dom(c.conn().domainDefineXML(a.xml(), a.flags()))));
        t.on(DOMAIN_UNDEFINE, (c, a) -> {
            c.domain(a.dom()).undefine(0);
            return VOID;
        });
        t.on(DOMAIN_UNDEFINE_FLAGS, (c, a) -> {
            c.domain(a.dom()).undefine(a.flags());
            return VOID;
        });
        t.on(DOMAIN_GET_XML_DESC, (c, a) -> new DomainGetXmlDescRet(c.domain(a.dom()).getXMLDesc(a.flags())));
        t.on(DOMAIN_GET_AUTOSTART, (c, a) -> new DomainGetAutostartRet(Wire.bool(c.domain(a.dom()).getAutostart())));
        t.on(DOMAIN_SET_AUTOSTART, (c, a) -> {
            c.domain(a.dom()).setAutostart(a.autostart() != 0);
            return VOID;
        });
        t.on(DOMAIN_ATTACH_DEVICE, (c, a) -> {
            c.domain(a.dom()).attachDevice(a.xml());
            return VOID;
        });
        t.on(DOMAIN_DETACH_DEVICE, (c, a) -> {
            c.domain(a.dom()).detachDevice(a.xml());
            return VOID;
        });
        t.on(DOMAIN_ATTACH_DEVICE_FLAGS, (c, a) -> {
            c.domain(a.dom()).attachDevice(a.xml(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_DETACH_DEVICE_FLAGS, (c, a) -> {
            c.domain(a.dom()).detachDevice(a.xml(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_UPDATE_DEVICE_FLAGS, (c, a) -> {
            c.domain(a.dom()).updateDevice(a.xml(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_DETACH_DEVICE_ALIAS, (c, a) -> {
            c.domain(a.dom()).detachDeviceAlias(a.alias(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_IS_ACTIVE, (c, a) -> new DomainIsActiveRet(Wire.bool(c.domain(a.dom()).isActive())));
        t.on(DOMAIN_IS_PERSISTENT, (c, a) -> new DomainIsPersistentRet(Wire.bool(c.domain(a.dom()).isPersistent())));
        t.on(DOMAIN_IS_UPDATED, (c, a) -> new DomainIsUpdatedRet(Wire.bool(c.domain(a.dom()).isUpdated())));
        t.on(DOMAIN_SET_METADATA, (c, a) -> {
            c.domain(a.dom()).setMetadata(a.type(), a.metadata(), a.key(), a.uri(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_GET_METADATA, (c, a) -> new org.jvirt.rpc.remote.DomainGetMetadataRet(
                c.domain(a.dom()).getMetadata(a.type(), a.uri(), a.flags())));
    }

    /** The domain as the driver sees it now (its id changes when it starts); the old handle if it vanished. */
    private static Domain refreshed(RemoteClient c, Domain d) {
        try {
            return c.conn().domainLookupByUUID(d.getUUID());
        } catch (VirtException e) {
            return d;
        }
    }
}
