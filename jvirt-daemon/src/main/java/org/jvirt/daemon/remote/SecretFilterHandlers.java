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
import org.jvirt.rpc.remote.ConnectNumOfNwfiltersRet;
import org.jvirt.rpc.remote.ConnectNumOfSecretsRet;
import org.jvirt.rpc.remote.ConnectSecretEventRegisterAnyRet;
import org.jvirt.rpc.remote.NonnullNwfilter;
import org.jvirt.rpc.remote.NonnullNwfilterBinding;
import org.jvirt.rpc.remote.NonnullSecret;
import org.jvirt.rpc.remote.NwfilterBindingCreateXmlRet;
import org.jvirt.rpc.remote.NwfilterBindingLookupByPortDevRet;
import org.jvirt.rpc.remote.NwfilterDefineXmlRet;
import org.jvirt.rpc.remote.NwfilterLookupByNameRet;
import org.jvirt.rpc.remote.NwfilterLookupByUuidRet;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.rpc.remote.SecretDefineXmlRet;
import org.jvirt.rpc.remote.SecretLookupByUuidRet;
import org.jvirt.spi.SecretRef;

/** The secret and network filter procedures, each one call on the client's Connect. */
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
        t.on(SECRET_DEFINE_XML, (c, a) -> new SecretDefineXmlRet(secret(c.conn().secretDefineXML(a.xml(), a.flags()))));
        t.on(CONNECT_SECRET_EVENT_REGISTER_ANY, (c, a) -> new ConnectSecretEventRegisterAnyRet(c.conn().secretEventRegisterAny(
                a.secret() == null ? null : c.conn().secret(ref(a.secret())), a.eventID())));
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
