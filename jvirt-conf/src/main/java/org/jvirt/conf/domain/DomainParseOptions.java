package org.jvirt.conf.domain;

import java.security.SecureRandom;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The one hook object through which a driver shapes parsing (DESIGN rule 5), like libvirt's
 * virDomainXMLOption + capabilities: which virt types it accepts, the per-driver defaults post-parse
 * fills in, the generators for UUIDs and MAC addresses, and a final driver post-parse step.
 * Immutable; build with {@link #builder()} or start from a preset such as {@link #testDriver()}.
 */
public final class DomainParseOptions {

    /** Defaults the driver's capabilities supply for an {@code <os>} (virCapabilitiesDomainDataLookup). */
    public interface OsDefaults {
        /**
         * The default arch for a guest of this os type and virt type, or null when the driver has no guest of
         * this kind (libvirt then reports "could not find capabilities for ...").
         */
        String arch(String osType, String virtType);

        /** The default machine type, or null for none. */
        default String machine(String osType, String arch, String virtType) {
            return null;
        }

        /** The default emulator path, or null for none. */
        default String emulator(String osType, String arch, String virtType) {
            return null;
        }

        /** Whether the driver has a guest of this os type / arch / virt type at all. */
        default boolean supports(String osType, String arch, String virtType) {
            return arch(osType, virtType) != null;
        }
    }

    /** Created on first use: seeding a SecureRandom costs milliseconds that a one-shot jvirsh never needs. */
    private static final class Random {
        static final SecureRandom INSTANCE = new SecureRandom();
    }

    private final Set<String> virtTypes;
    private final OsDefaults osDefaults;
    private final Supplier<UUID> uuidGenerator;
    private final Supplier<String> macGenerator;
    private final UnaryOperator<DomainDef> driverPostParse;
    private final boolean inactive;
    private final String defaultVideoModel;
    private final boolean addImplicitDevices;
    private final boolean validateSchema;

    private DomainParseOptions(Builder b) {
        virtTypes = Set.copyOf(b.virtTypes);
        osDefaults = b.osDefaults;
        uuidGenerator = b.uuidGenerator;
        macGenerator = b.macGenerator;
        driverPostParse = b.driverPostParse;
        inactive = b.inactive;
        defaultVideoModel = b.defaultVideoModel;
        addImplicitDevices = b.addImplicitDevices;
        validateSchema = b.validateSchema;
    }

    /** Generic options: every known virt type, no arch defaults, random UUID/MAC, inactive parse. */
    public static DomainParseOptions defaults() {
        return builder().build();
    }

    /**
     * What libvirt 9.0's test driver (test:///default) does on define: any virt type is accepted, every guest
     * defaults to arch i686, graphics get a cirrus video card (xen for paravirt guests), and interfaces without a
     * target dev are named testnetN (first unused N). Output then matches
     * {@code virsh -c test:///default dumpxml} byte for byte.
     */
    public static DomainParseOptions testDriver() {
        return builder()
                .osDefaults((osType, virtType) -> "i686")
                .defaultVideoModel("cirrus")
                .driverPostParse(TestDriverDefaults::generateIfnames)
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.virtTypes = virtTypes;
        b.osDefaults = osDefaults;
        b.uuidGenerator = uuidGenerator;
        b.macGenerator = macGenerator;
        b.driverPostParse = driverPostParse;
        b.inactive = inactive;
        b.defaultVideoModel = defaultVideoModel;
        b.addImplicitDevices = addImplicitDevices;
        b.validateSchema = validateSchema;
        return b;
    }

    /** Accepted virt types; empty means any type libvirt knows. */
    public Set<String> virtTypes() {
        return virtTypes;
    }

    public OsDefaults osDefaults() {
        return osDefaults;
    }

    public Supplier<UUID> uuidGenerator() {
        return uuidGenerator;
    }

    public Supplier<String> macGenerator() {
        return macGenerator;
    }

    public UnaryOperator<DomainDef> driverPostParse() {
        return driverPostParse;
    }

    /** True (default) to ignore runtime-only state such as a pty's tty path (VIR_DOMAIN_DEF_PARSE_INACTIVE). */
    public boolean inactive() {
        return inactive;
    }

    /** The model given to the implicit {@code <video>} added for graphics, or null to add none. */
    public String defaultVideoModel() {
        return defaultVideoModel;
    }

    /** Whether post-parse adds implicit controllers / consoles / video (libvirt always does; tests may not). */
    public boolean addImplicitDevices() {
        return addImplicitDevices;
    }

    /**
     * VIR_DOMAIN_DEF_PARSE_VALIDATE_SCHEMA (the VALIDATE flags of define and create): the document is checked
     * against domain.rng before it is parsed, and refused with libxml2's messages.
     */
    public boolean validateSchema() {
        return validateSchema;
    }

    /** These options, validating against the schema when {@code v}; the same object when nothing changes. */
    public DomainParseOptions withValidateSchema(boolean v) {
        return v == validateSchema ? this : toBuilder().validateSchema(v).build();
    }

    /** A random MAC with the given 3-byte prefix ("52:54:00"), as virMacAddrGenerate does. */
    public static Supplier<String> randomMac(String prefix) {
        return () -> {
            byte[] b = new byte[3];
            Random.INSTANCE.nextBytes(b);
            return String.format("%s:%02x:%02x:%02x", prefix, b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
        };
    }

    /** Builder for {@link DomainParseOptions}. */
    public static final class Builder {
        private Set<String> virtTypes = Set.of();
        private OsDefaults osDefaults = (osType, virtType) -> null;
        private Supplier<UUID> uuidGenerator = UUID::randomUUID;
        private Supplier<String> macGenerator = randomMac("52:54:00");
        private UnaryOperator<DomainDef> driverPostParse = UnaryOperator.identity();
        private boolean inactive = true;
        private String defaultVideoModel;
        private boolean addImplicitDevices = true;
        private boolean validateSchema;

        public Builder virtTypes(Set<String> v) { virtTypes = v; return this; }
        public Builder osDefaults(OsDefaults v) { osDefaults = v; return this; }
        public Builder uuidGenerator(Supplier<UUID> v) { uuidGenerator = v; return this; }
        public Builder macGenerator(Supplier<String> v) { macGenerator = v; return this; }
        public Builder driverPostParse(UnaryOperator<DomainDef> v) { driverPostParse = v; return this; }
        public Builder inactive(boolean v) { inactive = v; return this; }
        public Builder defaultVideoModel(String v) { defaultVideoModel = v; return this; }
        public Builder addImplicitDevices(boolean v) { addImplicitDevices = v; return this; }
        public Builder validateSchema(boolean v) { validateSchema = v; return this; }

        public DomainParseOptions build() {
            return new DomainParseOptions(this);
        }
    }
}
