package org.jvirt.driver.remote;

import java.util.List;
import java.util.UUID;
import org.jvirt.rpc.remote.ConnectListAllSecretsArgs;
import org.jvirt.rpc.remote.ConnectListSecretsArgs;
import org.jvirt.rpc.remote.ConnectSecretEventDeregisterAnyArgs;
import org.jvirt.rpc.remote.ConnectSecretEventRegisterAnyArgs;
import org.jvirt.rpc.remote.NonnullSecret;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.rpc.remote.SecretDefineXmlArgs;
import org.jvirt.rpc.remote.SecretGetValueArgs;
import org.jvirt.rpc.remote.SecretGetXmlDescArgs;
import org.jvirt.rpc.remote.SecretLookupByUsageArgs;
import org.jvirt.rpc.remote.SecretLookupByUuidArgs;
import org.jvirt.rpc.remote.SecretProcedures;
import org.jvirt.rpc.remote.SecretSetValueArgs;
import org.jvirt.rpc.remote.SecretUndefineArgs;
import org.jvirt.rpc.xdr.XdrVoid;
import org.jvirt.spi.SecretDriver;
import org.jvirt.spi.SecretRef;

/**
 * The secret table of a remote connection: every entry is one call to the daemon. Event registrations go
 * straight to the daemon too (there is no client-side secret callback yet, so no event is dispatched here).
 */
final class RemoteSecretDriver implements SecretDriver {

    private final RemoteConnection connection;

    RemoteSecretDriver(RemoteConnection connection) {
        this.connection = connection;
    }

    private RemoteClient rpc() {
        return connection.client();
    }

    static SecretRef ref(NonnullSecret s) {
        return new SecretRef(RemoteTypes.uuid(s.uuid()), s.usageType(), s.usageID());
    }

    static NonnullSecret wire(SecretRef s) {
        return new NonnullSecret(RemoteTypes.uuid(s.uuid()), s.usageType(), s.usageID());
    }

    @Override
    public List<SecretRef> connectListAllSecrets(int flags) {
        return rpc().call(SecretProcedures.CONNECT_LIST_ALL_SECRETS, new ConnectListAllSecretsArgs(1, flags)).secrets()
                .stream().map(RemoteSecretDriver::ref).toList();
    }

    @Override
    public int connectNumOfSecrets() {
        return rpc().call(SecretProcedures.CONNECT_NUM_OF_SECRETS, new XdrVoid()).num();
    }

    @Override
    public List<String> connectListSecrets(int maxuuids) {
        return rpc().call(SecretProcedures.CONNECT_LIST_SECRETS,
                new ConnectListSecretsArgs(Math.min(maxuuids, RemoteLimits.SECRET_LIST_MAX))).uuids();
    }

    @Override
    public SecretRef secretLookupByUUID(UUID uuid) {
        return ref(rpc().call(SecretProcedures.SECRET_LOOKUP_BY_UUID, new SecretLookupByUuidArgs(RemoteTypes.uuid(uuid)))
                .secret());
    }

    @Override
    public SecretRef secretLookupByUsage(int usageType, String usageID) {
        return ref(rpc().call(SecretProcedures.SECRET_LOOKUP_BY_USAGE, new SecretLookupByUsageArgs(usageType, usageID))
                .secret());
    }

    @Override
    public SecretRef secretDefineXML(String xml, int flags) {
        return ref(rpc().call(SecretProcedures.SECRET_DEFINE_XML, new SecretDefineXmlArgs(xml, flags)).secret());
    }

    @Override
    public String secretGetXMLDesc(SecretRef secret, int flags) {
        return rpc().call(SecretProcedures.SECRET_GET_XML_DESC, new SecretGetXmlDescArgs(wire(secret), flags)).xml();
    }

    @Override
    public byte[] secretGetValue(SecretRef secret, int flags) {
        return rpc().call(SecretProcedures.SECRET_GET_VALUE, new SecretGetValueArgs(wire(secret), flags)).value();
    }

    @Override
    public void secretSetValue(SecretRef secret, byte[] value, int flags) {
        rpc().call(SecretProcedures.SECRET_SET_VALUE, new SecretSetValueArgs(wire(secret), value, flags));
    }

    @Override
    public void secretUndefine(SecretRef secret) {
        rpc().call(SecretProcedures.SECRET_UNDEFINE, new SecretUndefineArgs(wire(secret)));
    }

    @Override
    public int connectSecretEventRegisterAny(SecretRef secret, int eventID) {
        NonnullSecret s = secret == null ? null : wire(secret);
        return rpc().call(SecretProcedures.CONNECT_SECRET_EVENT_REGISTER_ANY, new ConnectSecretEventRegisterAnyArgs(eventID, s))
                .callbackID();
    }

    @Override
    public void connectSecretEventDeregisterAny(int callbackID) {
        rpc().call(SecretProcedures.CONNECT_SECRET_EVENT_DEREGISTER_ANY, new ConnectSecretEventDeregisterAnyArgs(callbackID));
    }
}
