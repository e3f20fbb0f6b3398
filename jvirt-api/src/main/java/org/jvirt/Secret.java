package org.jvirt;

import java.util.Objects;
import java.util.UUID;
import org.jvirt.spi.SecretRef;

/** A secret (libvirt's virSecret): UUID, usage type and usage id; every call goes through {@link Dispatch}. */
public final class Secret {

    private final Connect conn;
    private final SecretRef ref;

    Secret(Connect conn, SecretRef ref) {
        this.conn = conn;
        this.ref = Objects.requireNonNull(ref);
    }

    public Connect getConnect() {
        return conn;
    }

    public UUID getUUID() {
        return ref.uuid();
    }

    public String getUUIDString() {
        return ref.uuid().toString();
    }

    /** virSecretGetUsageType: a virSecretUsageType value. */
    public int getUsageType() {
        return ref.usageType();
    }

    public String getUsageID() {
        return ref.usageID();
    }

    /** The identity as drivers and the wire carry it. */
    public SecretRef ref() {
        return ref;
    }

    public String getXMLDesc(int flags) {
        return Dispatch.read(conn, "virSecretGetXMLDesc", () -> conn.secret().secretGetXMLDesc(ref, flags));
    }

    /** virSecretGetValue: refused on read-only connections, as it reveals the secret. */
    public byte[] getValue(int flags) {
        return Dispatch.write(conn, "virSecretGetValue", () -> conn.secret().secretGetValue(ref, flags));
    }

    public void setValue(byte[] value, int flags) {
        String fn = "virSecretSetValue";
        Dispatch.write(conn, fn, () -> conn.secret().secretSetValue(ref, Connect.requireArg(value, "value", fn), flags));
    }

    public void undefine() {
        Dispatch.write(conn, "virSecretUndefine", () -> conn.secret().secretUndefine(ref));
    }
}
