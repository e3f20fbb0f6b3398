package org.jvirt.conf.network;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * How a driver hooks into network parsing (libvirt's virNetworkXMLOption): the UUID source for definitions
 * without one (libvirt's parser generates a random one; tests pass a fixed supplier for stable output), and
 * whether the dnsmasq XML namespace is registered. libvirt's network driver registers it; its test driver does
 * not, and then {@code <dnsmasq:options>} is silently dropped.
 */
public record NetworkParseOptions(Supplier<UUID> uuidGenerator, boolean dnsmasqNamespace, boolean validateSchema) {

    public NetworkParseOptions(Supplier<UUID> uuidGenerator) {
        this(uuidGenerator, false, false);
    }

    /** Random UUIDs, no namespace: what libvirt's test driver uses. */
    public static NetworkParseOptions defaults() {
        return new NetworkParseOptions(UUID::randomUUID);
    }

    /** These options with the dnsmasq namespace registered, as libvirt's network driver parses. */
    public NetworkParseOptions withDnsmasqNamespace() {
        return new NetworkParseOptions(uuidGenerator, true, validateSchema);
    }

    /** VIR_NETWORK_DEFINE_VALIDATE / CREATE_VALIDATE: check the document against network.rng first. */
    public NetworkParseOptions withValidateSchema(boolean v) {
        return new NetworkParseOptions(uuidGenerator, dnsmasqNamespace, v);
    }
}
