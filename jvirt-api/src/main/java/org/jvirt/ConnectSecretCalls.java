package org.jvirt;

import static org.jvirt.Connect.requireArg;
import static org.jvirt.Connect.uuidArg;

import java.util.List;
import java.util.UUID;
import org.jvirt.spi.SecretDriver;
import org.jvirt.spi.SecretRef;

/**
 * The secret calls of {@link Connect} (libvirt-secret.c). Split out of Connect by concern (DESIGN.md rule 11);
 * Connect alone implements it.
 */
public sealed interface ConnectSecretCalls permits Connect {

    private Connect self() {
        return (Connect) this;
    }

    private SecretDriver secret() {
        return self().secret();
    }

    default List<Secret> listAllSecrets(int flags) {
        return Dispatch.read(self(), "virConnectListAllSecrets",
                () -> secret().connectListAllSecrets(flags).stream().map(r -> new Secret(self(), r)).toList());
    }

    default int numOfSecrets() {
        return Dispatch.read(self(), "virConnectNumOfSecrets", () -> secret().connectNumOfSecrets());
    }

    /** virConnectListSecrets: the UUID strings of every secret. */
    default List<String> listSecrets() {
        return Dispatch.read(self(), "virConnectListSecrets", () -> secret().connectListSecrets(Integer.MAX_VALUE));
    }

    /** virSecretLookupByUsage: usageType is a virSecretUsageType value (e.g. 1, volume), usageID what it names. */
    default Secret secretLookupByUsage(int usageType, String usageID) {
        String fn = "virSecretLookupByUsage";
        return Dispatch.read(self(), fn, () -> new Secret(self(),
                secret().secretLookupByUsage(usageType, requireArg(usageID, "usageID", fn))));
    }

    default Secret secretLookupByUUID(UUID uuid) {
        String fn = "virSecretLookupByUUID";
        return Dispatch.read(self(), fn,
                () -> new Secret(self(), secret().secretLookupByUUID(requireArg(uuid, "uuid", fn))));
    }

    /** virSecretLookupByUUIDString: the text must be a UUID, as libvirt checks before any driver is asked. */
    default Secret secretLookupByUUIDString(String uuid) {
        String fn = "virSecretLookupByUUIDString";
        return Dispatch.read(self(), fn, () -> new Secret(self(), secret().secretLookupByUUID(uuidArg(uuid, fn))));
    }

    default Secret secretDefineXML(String xml, int flags) {
        String fn = "virSecretDefineXML";
        return Dispatch.write(self(), fn,
                () -> new Secret(self(), secret().secretDefineXML(requireArg(xml, "xml", fn), flags)));
    }

    /** A handle on the secret {@code ref} names, without a lookup, for protocol layers. */
    default Secret secret(SecretRef ref) {
        return new Secret(self(), ref);
    }

    /** virConnectSecretEventRegisterAny without a callback yet: only its refusal is reachable (no secret driver). */
    default int secretEventRegisterAny(Secret secret, int eventID) {
        return Dispatch.read(self(), "virConnectSecretEventRegisterAny",
                () -> secret().connectSecretEventRegisterAny(secret == null ? null : secret.ref(), eventID));
    }

    default void secretEventDeregisterAny(int callbackID) {
        Dispatch.read(self(), "virConnectSecretEventDeregisterAny", () -> {
            secret().connectSecretEventDeregisterAny(callbackID);
            return null;
        });
    }
}
