package org.jvirt.driver.remote;

import java.util.List;
import java.util.UUID;
import org.jvirt.rpc.remote.ConnectListAllSecretsArgs;
import org.jvirt.rpc.remote.ConnectSecretEventRegisterAnyArgs;
import org.jvirt.rpc.remote.NonnullSecret;
import org.jvirt.rpc.remote.SecretProcedures;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.rpc.remote.SecretDefineXmlArgs;
import org.jvirt.rpc.remote.SecretLookupByUuidArgs;
import org.jvirt.rpc.xdr.XdrVoid;
import org.jvirt.spi.SecretDriver;
import org.jvirt.spi.SecretRef;

/**
 * The secret table of a remote connection: the entries virsh reaches on a daemon whose driver has no secrets
 * (listing, lookup, define, event registration) forward to it; the rest are not declared on the wire yet.
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
    public SecretRef secretLookupByUUID(UUID uuid) {
        return ref(rpc().call(SecretProcedures.SECRET_LOOKUP_BY_UUID, new SecretLookupByUuidArgs(RemoteTypes.uuid(uuid)))
                .secret());
    }

    @Override
    public SecretRef secretDefineXML(String xml, int flags) {
        return ref(rpc().call(SecretProcedures.SECRET_DEFINE_XML, new SecretDefineXmlArgs(xml, flags)).secret());
    }

    @Override
    public int connectSecretEventRegisterAny(SecretRef secret, int eventID) {
        NonnullSecret s = secret == null ? null
                : new NonnullSecret(RemoteTypes.uuid(secret.uuid()), secret.usageType(), secret.usageID());
        return rpc().call(SecretProcedures.CONNECT_SECRET_EVENT_REGISTER_ANY, new ConnectSecretEventRegisterAnyArgs(eventID, s))
                .callbackID();
    }
}
