package org.jvirt.spi;

import java.util.List;
import java.util.UUID;

/** The secret driver table (libvirt's virSecretDriver); every entry optional. */
public interface SecretDriver {

    /** A table that supports nothing: the test driver's, as in libvirt 9.0. */
    SecretDriver UNSUPPORTED = new SecretDriver() {
    };

    default List<SecretRef> connectListAllSecrets(int flags) {
        throw Unsupported.call("virConnectListAllSecrets");
    }

    default int connectNumOfSecrets() {
        throw Unsupported.call("virConnectNumOfSecrets");
    }

    /** virConnectListSecrets: the UUID strings of at most {@code maxuuids} secrets. */
    default List<String> connectListSecrets(int maxuuids) {
        throw Unsupported.call("virConnectListSecrets");
    }

    default SecretRef secretLookupByUUID(UUID uuid) {
        throw Unsupported.call("virSecretLookupByUUID");
    }

    /** virSecretLookupByUsage: usageType is a virSecretUsageType value, usageID e.g. a volume path. */
    default SecretRef secretLookupByUsage(int usageType, String usageID) {
        throw Unsupported.call("virSecretLookupByUsage");
    }

    default SecretRef secretDefineXML(String xml, int flags) {
        throw Unsupported.call("virSecretDefineXML");
    }

    default String secretGetXMLDesc(SecretRef secret, int flags) {
        throw Unsupported.call("virSecretGetXMLDesc");
    }

    default byte[] secretGetValue(SecretRef secret, int flags) {
        throw Unsupported.call("virSecretGetValue");
    }

    default void secretSetValue(SecretRef secret, byte[] value, int flags) {
        throw Unsupported.call("virSecretSetValue");
    }

    default void secretUndefine(SecretRef secret) {
        throw Unsupported.call("virSecretUndefine");
    }

    /** virConnectSecretEventRegisterAny (secret may be null: every secret); returns the callback id. */
    default int connectSecretEventRegisterAny(SecretRef secret, int eventID) {
        throw Unsupported.call("virConnectSecretEventRegisterAny");
    }

    default void connectSecretEventDeregisterAny(int callbackID) {
        throw Unsupported.call("virConnectSecretEventDeregisterAny");
    }
}
