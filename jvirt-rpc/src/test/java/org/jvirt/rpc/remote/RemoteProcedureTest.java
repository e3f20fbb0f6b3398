package org.jvirt.rpc.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jvirt.TypedParameter;
import org.jvirt.rpc.xdr.XdrCodecs;
import org.jvirt.rpc.xdr.XdrVoid;
import org.jvirt.spi.DomainSnapshotDriver;
import org.jvirt.spi.HypervisorDriver;
import org.jvirt.spi.NWFilterDriver;
import org.jvirt.spi.NetworkDriver;
import org.jvirt.spi.SecretDriver;
import org.jvirt.spi.StorageDriver;
import org.junit.jupiter.api.Test;

/** The procedure table against itself, the driver tables and libvirt's naming: declared once, complete, sound. */
class RemoteProcedureTest {

    /** Variants per layout: enough to visit all seven typed-parameter arms and optionals present and absent. */
    static final int VARIANTS = 8;

    /** Driver-table entries that are not one procedure of the same name, and why. */
    static final Map<String, String> NOT_ONE_TO_ONE = Map.of(
            // answered by the client from its own transport, as libvirt's remote driver does
            "connectIsAlive", "",
            "connectIsEncrypted", "",
            // libvirt has no procedure of its own: GET_SCHEDULER_TYPE returns nparams with the type
            "domainGetSchedulerNParams", "DOMAIN_GET_SCHEDULER_TYPE",
            // the remote driver registers through the callback-id variants (libvirt >= 1.2.1)
            "connectDomainEventRegisterAny", "CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY",
            "connectDomainEventDeregisterAny", "CONNECT_DOMAIN_EVENT_CALLBACK_DEREGISTER_ANY");

    @Test
    void numbersAscendOnceAndNamesMatchTheConstants() throws Exception {
        List<Integer> numbers = new ArrayList<>();
        for (RemoteProcedure<?, ?> p : RemoteProcedure.all()) {
            numbers.add(p.number());
            assertThat(RemoteProcedure.of(p.number())).isSameAs(p);
        }
        assertThat(numbers).isSorted().doesNotHaveDuplicates();
        assertThat(RemoteProcedure.of(0)).isNull();
        assertThat(RemoteProcedure.of(100000)).isNull();
    }

    /**
     * Declared once: every constant of every family is a registered procedure named like its field, each number
     * is held by exactly one constant in all the families, and every registered procedure has its constant.
     */
    @Test
    void everyNumberIsDeclaredInExactlyOneFamily() throws Exception {
        Map<Integer, List<String>> holders = new java.util.TreeMap<>();
        for (Class<?> family : RemoteProcedure.families()) {
            assertThat(family.getSimpleName()).endsWith("Procedures");
            assertThat(Modifier.isFinal(family.getModifiers())).as("%s is final", family).isTrue();
            for (Field f : family.getDeclaredFields()) {
                if (f.getType() != RemoteProcedure.class) {
                    continue;
                }
                assertThat(Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers())
                        && Modifier.isPublic(f.getModifiers())).as("%s.%s", family.getSimpleName(), f.getName()).isTrue();
                RemoteProcedure<?, ?> p = (RemoteProcedure<?, ?>) f.get(null);
                assertThat(p.name()).isEqualTo(f.getName());
                assertThat(RemoteProcedure.of(p.number())).as("%s registered", p).isSameAs(p);
                holders.computeIfAbsent(p.number(), n -> new ArrayList<>()).add(family.getSimpleName() + "." + f.getName());
            }
        }
        assertThat(holders.entrySet()).filteredOn(e -> e.getValue().size() > 1).as("numbers declared twice").isEmpty();
        assertThat(holders.keySet()).as("every registered number has its constant")
                .containsExactlyElementsOf(RemoteProcedure.all().stream().map(RemoteProcedure::number).toList());
        // no declaration class outside the family list (it would register only when something touched it)
        java.nio.file.Path dir = java.nio.file.Path.of(RemoteProcedure.class.getResource("RemoteProcedure.class").toURI())
                .getParent();
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("Procedures.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length())).sorted().toList())
                    .isEqualTo(RemoteProcedure.families().stream().map(Class::getSimpleName).sorted().toList());
        }
    }

    @Test
    void recordNamesAreTheCStructNamesCamelCased() {
        for (RemoteProcedure<?, ?> p : RemoteProcedure.all()) {
            String base = camel(p.name());
            if (p.args() != XdrVoid.class) {
                assertThat(p.args().getSimpleName()).as("%s args", p).isIn(base + "Args", base + "Msg");
            }
            if (p.ret() != XdrVoid.class) {
                assertThat(p.ret().getSimpleName()).as("%s ret", p).isEqualTo(base + "Ret");
            }
            boolean msg = p.args().getSimpleName().endsWith("Msg");
            assertThat(p.event()).as("%s is an event", p).isEqualTo(msg);
            if (msg) {
                assertThat(p.ret()).as("events have no reply").isEqualTo(XdrVoid.class);
            }
            assertThat(p.stream()).as("%s", p).isEqualTo(switch (p.name()) {
                case "DOMAIN_OPEN_CONSOLE", "STORAGE_VOL_DOWNLOAD", "DOMAIN_SCREENSHOT" -> RemoteProcedure.StreamKind.FROM_SERVER;
                case "STORAGE_VOL_UPLOAD" -> RemoteProcedure.StreamKind.TO_SERVER;
                default -> RemoteProcedure.StreamKind.NONE;
            });
        }
    }

    @Test
    void everyLayoutDerivesAndRoundTrips() {
        int checked = 0;
        for (RemoteProcedure<?, ?> p : RemoteProcedure.all()) {
            for (Class<?> type : List.of(p.args(), p.ret())) {
                for (int v = 0; v < VARIANTS; v++) {
                    roundTrip(type, v);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(RemoteProcedure.all().size() * 2 * VARIANTS);
    }

    private static <T> void roundTrip(Class<T> type, int variant) {
        T sample = Samples.of(type, variant);
        byte[] bytes = XdrCodecs.encode(type, sample);
        T back = XdrCodecs.decode(type, bytes);
        assertThat(back).as("%s variant %d", type.getSimpleName(), variant).usingRecursiveComparison().isEqualTo(sample);
        assertThat(XdrCodecs.encode(type, back)).isEqualTo(bytes);
        assertThat(bytes.length % 4).isZero();
    }

    @Test
    void everyDriverTableEntryHasItsProcedure() {
        Set<String> missing = new TreeSet<>();
        int entries = 0;
        for (Class<?> table : List.of(HypervisorDriver.class, DomainSnapshotDriver.class, NetworkDriver.class,
                StorageDriver.class, SecretDriver.class, NWFilterDriver.class)) {
            for (Method m : table.getDeclaredMethods()) {
                if (m.isSynthetic() || Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                entries++;
                String proc = NOT_ONE_TO_ONE.getOrDefault(m.getName(), snake(m.getName()));
                if (!proc.isEmpty() && !declared(proc)) {
                    missing.add(m.getName() + " -> " + proc);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(entries).isGreaterThan(100);
    }

    @Test
    void flagLessTwinsAreDeclaredForOldClients() {
        for (String twin : List.of("DOMAIN_DESTROY", "DOMAIN_UNDEFINE", "DOMAIN_DEFINE_XML", "DOMAIN_CREATE",
                "DOMAIN_SHUTDOWN", "DOMAIN_SAVE", "DOMAIN_RESTORE", "DOMAIN_CORE_DUMP", "DOMAIN_SET_MEMORY",
                "DOMAIN_SET_VCPUS", "DOMAIN_PIN_VCPU", "DOMAIN_GET_SCHEDULER_PARAMETERS",
                "DOMAIN_SET_SCHEDULER_PARAMETERS", "NETWORK_DEFINE_XML", "NETWORK_CREATE_XML",
                "CONNECT_DOMAIN_EVENT_REGISTER_ANY", "CONNECT_DOMAIN_EVENT_DEREGISTER_ANY")) {
            assertThat(declared(twin)).as(twin).isTrue();
        }
    }

    @Test
    void charArraysCarryCStrings() {
        int[] model = RemoteTypes.chars("x86_64", 32);
        assertThat(model).hasSize(32);
        assertThat(RemoteTypes.string(model)).isEqualTo("x86_64");
        assertThat(RemoteTypes.chars("selinux")).hasSize(8).endsWith(0);
        assertThat(RemoteTypes.string(RemoteTypes.chars("caf\u00e9"))).isEqualTo("caf\u00e9");
        // a C char is signed: bytes >= 0x80 travel sign-extended, as xdr_char writes them
        assertThat(RemoteTypes.chars("\u00e9")[0]).isNegative();
        assertThat(RemoteTypes.string(RemoteTypes.chars("y".repeat(40), 32))).hasSize(31);
        assertThat(RemoteTypes.string(new int[0])).isEmpty();
    }

    @Test
    void typedParametersConvertBothWays() {
        List<TypedParameter> params = List.of(new TypedParameter.Int("i", -5), new TypedParameter.UInt("u", 4294967295L),
                new TypedParameter.LLong("l", Long.MIN_VALUE), new TypedParameter.ULLong("ul", -1L),
                new TypedParameter.Double("d", 0.25), new TypedParameter.Boolean("b", true),
                new TypedParameter.Str("s", "cfs"));
        List<TypedParam> wire = RemoteTypedParams.toWire(params);
        assertThat(wire.get(1).value()).isEqualTo(new TypedParamValue.ParamUInt(-1));
        assertThat(wire.get(5).value()).isEqualTo(new TypedParamValue.ParamBoolean(1));
        byte[] bytes = XdrCodecs.encode(DomainSetSchedulerParametersFlagsArgs.class,
                new DomainSetSchedulerParametersFlagsArgs(new NonnullDomain("d", new byte[16], -1), wire, 0));
        List<TypedParam> back = XdrCodecs.decode(DomainSetSchedulerParametersFlagsArgs.class, bytes).params();
        assertThat(RemoteTypedParams.fromWire(back)).isEqualTo(params);
    }

    static boolean declared(String name) {
        return RemoteProcedure.all().stream().anyMatch(p -> p.name().equals(name));
    }

    /** domainGetXMLDesc -> DOMAIN_GET_XML_DESC: libvirt's acronyms stay one word (NWFilter too). */
    static String snake(String method) {
        return String.join("_", method.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")).toUpperCase(Locale.ROOT)
                .replace("NW_FILTER", "NWFILTER");
    }

    /** DOMAIN_GET_XML_DESC -> DomainGetXmlDesc. */
    static String camel(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.toLowerCase(Locale.ROOT).split("_")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }
}
