package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.NwfilterProcedures.*;
import static org.jvirt.rpc.remote.SecretProcedures.*;

import java.util.List;
import org.jvirt.NWFilter;
import org.jvirt.NWFilterBinding;
import org.jvirt.Secret;
import org.jvirt.rpc.remote.ConnectListAllNwfilterBindingsRet;
import org.jvirt.rpc.remote.ConnectListAllNwfiltersRet;
import org.jvirt.rpc.remote.ConnectListAllSecretsRet;
import org.jvirt.rpc.remote.ConnectListNwfiltersRet;
import org.jvirt.rpc.remote.ConnectListSecretsRet;
import org.jvirt.rpc.remote.ConnectNumOfNwfiltersRet;
import org.jvirt.rpc.remote.ConnectNumOfSecretsRet;
import org.jvirt.rpc.remote.ConnectSecretEventRegisterAnyRet;
import org.jvirt.rpc.remote.NonnullNwfilter;
import org.jvirt.rpc.remote.NonnullNwfilterBinding;
import org.jvirt.rpc.remote.NonnullSecret;
import org.jvirt.rpc.remote.NwfilterBindingCreateXmlRet;
import org.jvirt.rpc.remote.NwfilterBindingGetXmlDescRet;
import org.jvirt.rpc.remote.NwfilterBindingLookupByPortDevRet;
import org.jvirt.rpc.remote.NwfilterDefineXmlRet;
import org.jvirt.rpc.remote.NwfilterGetXmlDescRet;
import org.jvirt.rpc.remote.NwfilterLookupByNameRet;
import org.jvirt.rpc.remote.NwfilterLookupByUuidRet;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.rpc.remote.SecretDefineXmlRet;
import org.jvirt.rpc.remote.SecretGetValueRet;
import org.jvirt.rpc.remote.SecretGetXmlDescRet;
import org.jvirt.rpc.remote.SecretLookupByUsageRet;
import org.jvirt.rpc.remote.SecretLookupByUuidRet;
import org.jvirt.rpc.xdr.XdrVoid;
import org.jvirt.spi.NWFilterBindingRef;
import org.jvirt.spi.NWFilterRef;
import org.jvirt.spi.SecretRef;

/**
 * The secret and network filter procedures, each one call on the client's Connect (or on the handle the call names).
 */
final class SecretFilterHandlers {

    private SecretFilterHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(CONNECT_LIST_ALL_SECRETS, (c, a) -> {
            List<Secret> all = c.conn().listAllSecrets(a.flags());
            return new ConnectListAllSecretsRet(a.needResults() != 0 ? all.stream().map(SecretFilterHandlers::secret).toList()
                    : List.of(), all.size());
        });
        t.on(CONNECT_NUM_OF_SECRETS, (c, a) -> new ConnectNumOfSecretsRet(c.conn().numOfSecrets()));
        t.on(SECRET_LOOKUP_BY_UUID, (c, a) -> new SecretLookupByUuidRet(
                secret(c.conn().secretLookupByUUID(RemoteTypes.uuid(a.uuid())))));
        t.on(CONNECT_LIST_SECRETS, (c, a) -> {
            Wire.checkMax(a.maxuuids(), RemoteLimits.SECRET_LIST_MAX, "maxuuids > REMOTE_SECRET_LIST_MAX");
            Wire.nonNegative(a.maxuuids(), "maxuuids");
            return new ConnectListSecretsRet(Wire.first(c.conn().listSecrets(), a.maxuuids()));
        });
        t.on(SECRET_LOOKUP_BY_USAGE, (c, a) -> new SecretLookupByUsageRet(
                secret(c.conn().secretLookupByUsage(a.usageType(), a.usageID()))));
        t.on(SECRET_GET_XML_DESC, (c, a) -> new SecretGetXmlDescRet(handle(c, a.secret()).getXMLDesc(a.flags())));
        t.on(SECRET_GET_VALUE, (c, a) -> new SecretGetValueRet(handle(c, a.secret()).getValue(a.flags())));
        t.on(SECRET_SET_VALUE, (c, a) -> {
            handle(c, a.secret()).setValue(a.value(), a.flags());
            return XdrVoid.VOID;
        });
        t.on(SECRET_UNDEFINE, (c, a) -> {
            handle(c, a.secret()).undefine();
            return XdrVoid.VOID;
        });
        t.on(SECRET_DEFINE_XML, (c, a) -> new SecretDefineXmlRet(secret(c.conn().secretDefineXML(a.xml(), a.flags()))));
        t.on(CONNECT_SECRET_EVENT_REGISTER_ANY, (c, a) -> new ConnectSecretEventRegisterAnyRet(c.conn().secretEventRegisterAny(
                a.secret() == null ? null : c.conn().secret(ref(a.secret())), a.eventID())));
        // no secret registration is ever kept (no hosted driver has secrets, and Connect cannot deregister one yet),
        // so every deregistration gets libvirtd's answer for an id this client never registered: libvirtd 9.0 says
        // "node device" there (its secret dispatcher reuses the node device wording), and so does jvirtd
        t.on(CONNECT_SECRET_EVENT_DEREGISTER_ANY, (c, a) -> {
            throw Wire.internal("node device event callback " + a.callbackID() + " not registered");
        });
        t.on(CONNECT_LIST_NWFILTERS, (c, a) -> {
            Wire.checkMax(a.maxnames(), RemoteLimits.NWFILTER_LIST_MAX, "maxnames > REMOTE_NWFILTER_LIST_MAX");
            Wire.nonNegative(a.maxnames(), "maxnames");
            return new ConnectListNwfiltersRet(Wire.first(c.conn().listNWFilters(), a.maxnames()));
        });
        t.on(NWFILTER_GET_XML_DESC, (c, a) -> new NwfilterGetXmlDescRet(handle(c, a.nwfilter()).getXMLDesc(a.flags())));
        t.on(NWFILTER_UNDEFINE, (c, a) -> {
            handle(c, a.nwfilter()).undefine();
            return XdrVoid.VOID;
        });
        t.on(NWFILTER_BINDING_GET_XML_DESC, (c, a) -> new NwfilterBindingGetXmlDescRet(
                handle(c, a.nwfilter()).getXMLDesc(a.flags())));
        t.on(NWFILTER_BINDING_DELETE, (c, a) -> {
            handle(c, a.nwfilter()).delete();
            return XdrVoid.VOID;
        });
        t.on(CONNECT_LIST_ALL_NWFILTERS, (c, a) -> {
            List<NWFilter> all = c.conn().listAllNWFilters(a.flags());
            return new ConnectListAllNwfiltersRet(a.needResults() != 0 ? all.stream().map(SecretFilterHandlers::filter).toList()
                    : List.of(), all.size());
        });
        t.on(CONNECT_NUM_OF_NWFILTERS, (c, a) -> new ConnectNumOfNwfiltersRet(c.conn().numOfNWFilters()));
        t.on(NWFILTER_LOOKUP_BY_NAME, (c, a) -> new NwfilterLookupByNameRet(filter(c.conn().nwfilterLookupByName(a.name()))));
        t.on(NWFILTER_LOOKUP_BY_UUID, (c, a) -> new NwfilterLookupByUuidRet(
                filter(c.conn().nwfilterLookupByUUID(RemoteTypes.uuid(a.uuid())))));
        t.on(NWFILTER_DEFINE_XML, (c, a) -> new NwfilterDefineXmlRet(filter(c.conn().nwfilterDefineXML(a.xml()))));
        t.on(NWFILTER_DEFINE_XML_FLAGS, (c, a) -> new org.jvirt.rpc.remote.NwfilterDefineXmlFlagsRet(
                filter(c.conn().nwfilterDefineXMLFlags(a.xml(), a.flags()))));
        t.on(CONNECT_LIST_ALL_NWFILTER_BINDINGS, (c, a) -> {
            List<NWFilterBinding> all = c.conn().listAllNWFilterBindings(a.flags());
            return new ConnectListAllNwfilterBindingsRet(a.needResults() != 0
                    ? all.stream().map(SecretFilterHandlers::binding).toList() : List.of(), all.size());
        });
        t.on(NWFILTER_BINDING_LOOKUP_BY_PORT_DEV, (c, a) -> new NwfilterBindingLookupByPortDevRet(
                binding(c.conn().nwfilterBindingLookupByPortDev(a.name()))));
        t.on(NWFILTER_BINDING_CREATE_XML, (c, a) -> new NwfilterBindingCreateXmlRet(
                binding(c.conn().nwfilterBindingCreateXML(a.xml(), a.flags()))));
    }

    private static Secret handle(RemoteClient c, NonnullSecret s) {
        return c.conn().secret(ref(s));
    }

    private static NWFilter handle(RemoteClient c, NonnullNwfilter f) {
        return c.conn().nwfilter(new NWFilterRef(f.name(), RemoteTypes.uuid(f.uuid())));
    }

    private static NWFilterBinding handle(RemoteClient c, NonnullNwfilterBinding b) {
        return c.conn().nwfilterBinding(new NWFilterBindingRef(b.portdev(), b.filtername()));
    }

    static NonnullSecret secret(Secret s) {
        return new NonnullSecret(RemoteTypes.uuid(s.getUUID()), s.getUsageType(), s.getUsageID());
    }

    static SecretRef ref(NonnullSecret s) {
        return new SecretRef(RemoteTypes.uuid(s.uuid()), s.usageType(), s.usageID());
    }

    static NonnullNwfilter filter(NWFilter f) {
        return new NonnullNwfilter(f.getName(), RemoteTypes.uuid(f.getUUID()));
    }

    static NonnullNwfilterBinding binding(NWFilterBinding b) {
        return new NonnullNwfilterBinding(b.getPortDev(), b.getFilterName());
    }
}
