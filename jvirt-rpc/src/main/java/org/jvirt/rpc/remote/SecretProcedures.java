package org.jvirt.rpc.remote;

import static org.jvirt.rpc.remote.RemoteProcedure.VOID;
import static org.jvirt.rpc.remote.RemoteProcedure.define;

import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The REMOTE procedures of secrets, their values and events, by number (libvirt's remote_protocol.x numbers).
 * The type and the registry are {@link RemoteProcedure}; a number is declared in exactly one family.
 */
public final class SecretProcedures {

    private SecretProcedures() {
    }

    public static final RemoteProcedure<XdrVoid, ConnectNumOfSecretsRet> CONNECT_NUM_OF_SECRETS =
            define(139, "CONNECT_NUM_OF_SECRETS", VOID, ConnectNumOfSecretsRet.class);
    public static final RemoteProcedure<SecretLookupByUuidArgs, SecretLookupByUuidRet> SECRET_LOOKUP_BY_UUID =
            define(141, "SECRET_LOOKUP_BY_UUID", SecretLookupByUuidArgs.class, SecretLookupByUuidRet.class);
    public static final RemoteProcedure<SecretDefineXmlArgs, SecretDefineXmlRet> SECRET_DEFINE_XML =
            define(142, "SECRET_DEFINE_XML", SecretDefineXmlArgs.class, SecretDefineXmlRet.class);
    public static final RemoteProcedure<ConnectListAllSecretsArgs, ConnectListAllSecretsRet>
            CONNECT_LIST_ALL_SECRETS = define(287, "CONNECT_LIST_ALL_SECRETS",
                    ConnectListAllSecretsArgs.class, ConnectListAllSecretsRet.class);
    public static final RemoteProcedure<ConnectSecretEventRegisterAnyArgs, ConnectSecretEventRegisterAnyRet>
            CONNECT_SECRET_EVENT_REGISTER_ANY = define(380, "CONNECT_SECRET_EVENT_REGISTER_ANY",
                    ConnectSecretEventRegisterAnyArgs.class, ConnectSecretEventRegisterAnyRet.class);
}
