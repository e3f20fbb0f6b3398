package org.jvirt.rpc.remote;

import static org.jvirt.rpc.remote.RemoteProcedure.VOID;
import static org.jvirt.rpc.remote.RemoteProcedure.define;
import static org.jvirt.rpc.remote.RemoteProcedure.event;

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
    public static final RemoteProcedure<ConnectListSecretsArgs, ConnectListSecretsRet> CONNECT_LIST_SECRETS =
            define(140, "CONNECT_LIST_SECRETS", ConnectListSecretsArgs.class, ConnectListSecretsRet.class);
    public static final RemoteProcedure<SecretLookupByUuidArgs, SecretLookupByUuidRet> SECRET_LOOKUP_BY_UUID =
            define(141, "SECRET_LOOKUP_BY_UUID", SecretLookupByUuidArgs.class, SecretLookupByUuidRet.class);
    public static final RemoteProcedure<SecretDefineXmlArgs, SecretDefineXmlRet> SECRET_DEFINE_XML =
            define(142, "SECRET_DEFINE_XML", SecretDefineXmlArgs.class, SecretDefineXmlRet.class);
    public static final RemoteProcedure<SecretGetXmlDescArgs, SecretGetXmlDescRet> SECRET_GET_XML_DESC =
            define(143, "SECRET_GET_XML_DESC", SecretGetXmlDescArgs.class, SecretGetXmlDescRet.class);
    public static final RemoteProcedure<SecretSetValueArgs, XdrVoid> SECRET_SET_VALUE =
            define(144, "SECRET_SET_VALUE", SecretSetValueArgs.class, VOID);
    public static final RemoteProcedure<SecretGetValueArgs, SecretGetValueRet> SECRET_GET_VALUE =
            define(145, "SECRET_GET_VALUE", SecretGetValueArgs.class, SecretGetValueRet.class);
    public static final RemoteProcedure<SecretUndefineArgs, XdrVoid> SECRET_UNDEFINE =
            define(146, "SECRET_UNDEFINE", SecretUndefineArgs.class, VOID);
    public static final RemoteProcedure<SecretLookupByUsageArgs, SecretLookupByUsageRet> SECRET_LOOKUP_BY_USAGE =
            define(147, "SECRET_LOOKUP_BY_USAGE", SecretLookupByUsageArgs.class, SecretLookupByUsageRet.class);
    public static final RemoteProcedure<ConnectListAllSecretsArgs, ConnectListAllSecretsRet>
            CONNECT_LIST_ALL_SECRETS = define(287, "CONNECT_LIST_ALL_SECRETS",
                    ConnectListAllSecretsArgs.class, ConnectListAllSecretsRet.class);
    public static final RemoteProcedure<ConnectSecretEventRegisterAnyArgs, ConnectSecretEventRegisterAnyRet>
            CONNECT_SECRET_EVENT_REGISTER_ANY = define(380, "CONNECT_SECRET_EVENT_REGISTER_ANY",
                    ConnectSecretEventRegisterAnyArgs.class, ConnectSecretEventRegisterAnyRet.class);
    public static final RemoteProcedure<ConnectSecretEventDeregisterAnyArgs, XdrVoid>
            CONNECT_SECRET_EVENT_DEREGISTER_ANY = define(381, "CONNECT_SECRET_EVENT_DEREGISTER_ANY",
                    ConnectSecretEventDeregisterAnyArgs.class, VOID);
    public static final RemoteProcedure<SecretEventLifecycleMsg, XdrVoid> SECRET_EVENT_LIFECYCLE =
            event(382, "SECRET_EVENT_LIFECYCLE", SecretEventLifecycleMsg.class);
    public static final RemoteProcedure<SecretEventValueChangedMsg, XdrVoid> SECRET_EVENT_VALUE_CHANGED =
            event(383, "SECRET_EVENT_VALUE_CHANGED", SecretEventValueChangedMsg.class);
}
