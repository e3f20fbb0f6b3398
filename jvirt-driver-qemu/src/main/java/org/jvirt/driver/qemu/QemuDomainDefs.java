package org.jvirt.driver.qemu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainParseOptions;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.driver.qemu.caps.QemuBinaryCaps;
import org.jvirt.driver.qemu.caps.QemuCapsCache;
import org.jvirt.driver.qemu.caps.QemuCapsProbe;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * How this driver reads domain XML (DESIGN rule 5): the parse options whose defaults come from the probed
 * binaries (arch = host arch, emulator = qemu-system-ARCH, machine = the binary's default, aliases made
 * canonical as libvirt stores them) and the QEMU-specific validation (emulator present, virt type and machine
 * supported), with libvirt's errors.
 */
final class QemuDomainDefs {

    private final QemuDriver driver;
    private volatile DomainParseOptions options;

    QemuDomainDefs(QemuDriver driver) {
        this.driver = driver;
    }

    /** The host architecture in libvirt's naming. */
    static String hostArch() {
        String a = System.getProperty("os.arch");
        return switch (a) {
            case "amd64" -> "x86_64";
            case "x86" -> "i686";
            default -> a;
        };
    }

    /** Where emulators are looked for: $PATH, then the usual directories. */
    static List<Path> searchPath() {
        List<Path> out = new ArrayList<>();
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty()) {
                out.add(Path.of(d));
            }
        }
        out.add(Path.of("/usr/bin"));
        out.add(Path.of("/usr/local/bin"));
        return out;
    }

    /** Emulators found so far, by arch: listing every $PATH directory costs milliseconds per parse. */
    private static final Map<String, Path> EMULATORS = new ConcurrentHashMap<>();

    /**
     * qemu-system-ARCH for a libvirt arch name, or null when none is installed. A hit is remembered while the
     * file stays executable; a miss is looked up again next time (a binary installed later is found).
     */
    static Path emulatorFor(String arch) {
        Path known = EMULATORS.get(arch);
        if (known != null && Files.isExecutable(known)) {
            return known;
        }
        for (Path p : QemuCapsCache.installedBinaries(searchPath())) {
            if (arch.equals(QemuCapsProbe.archOf(p))) {
                EMULATORS.put(arch, p);
                return p;
            }
        }
        EMULATORS.remove(arch);
        return null;
    }

    DomainParseOptions parseOptions() {
        DomainParseOptions o = options;
        if (o == null) {
            o = DomainParseOptions.builder()
                    .virtTypes(Set.of("qemu", "kvm"))
                    .osDefaults(new DomainParseOptions.OsDefaults() {
                        @Override
                        public String arch(String osType, String virtType) {
                            return "hvm".equals(osType) && emulatorFor(hostArch()) != null ? hostArch() : null;
                        }

                        @Override
                        public String machine(String osType, String arch, String virtType) {
                            Path bin = emulatorFor(arch);
                            return bin == null ? null : driver.caps.lookup(bin).defaultMachine();
                        }

                        @Override
                        public String emulator(String osType, String arch, String virtType) {
                            Path bin = emulatorFor(arch);
                            return bin == null ? null : bin.toString();
                        }

                        @Override
                        public boolean supports(String osType, String arch, String virtType) {
                            return "hvm".equals(osType) && emulatorFor(arch) != null;
                        }
                    })
                    .defaultVideoModel("cirrus")
                    .driverPostParse(d -> QemuImplicitDevices.apply(canonicalizeMachine(d)))
                    .build();
            options = o;
        }
        return o;
    }

    /** Parses and validates a definition. */
    DomainDef parse(String xml) {
        return parse(xml, false);
    }

    /** With {@code validateSchema} (the VALIDATE flags) the document is first checked against domain.rng. */
    DomainDef parse(String xml, boolean validateSchema) {
        DomainDef def = DomainXml.parse(xml, parseOptions().withValidateSchema(validateSchema));
        validate(def);
        return def;
    }

    /** libvirt stores the canonical machine ("pc" becomes "pc-i440fx-7.2"); unknown emulators are left to validate. */
    private DomainDef canonicalizeMachine(DomainDef def) {
        String emulator = def.devices().emulator();
        String machine = def.os().machine();
        if (emulator == null || machine == null || !java.nio.file.Files.isExecutable(Path.of(emulator))) {
            return def;
        }
        String canonical = driver.caps.lookup(Path.of(emulator)).toCaps().canonicalMachine(machine);
        return canonical.equals(machine) ? def : def.withOs(def.os().withMachine(canonical));
    }

    /** The caps of the definition's emulator ("Cannot check QEMU binary ..." when it is missing). */
    QemuBinaryCaps capsOf(DomainDef def) {
        String emulator = def.devices().emulator();
        if (emulator == null) {
            throw VirtException.of(ErrorCode.CONFIG_UNSUPPORTED, ErrorDomain.QEMU,
                    "No emulator found for arch '%s'", def.os().arch());
        }
        return driver.caps.lookup(Path.of(emulator));
    }

    /** qemuValidateDomainDef's checks that this driver can make. */
    void validate(DomainDef def) {
        if (def.name().contains("/")) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.DOMAIN, "name %s cannot contain '/'", def.name());
        }
        QemuBinaryCaps caps = capsOf(def);
        if ("kvm".equals(def.type()) && !caps.kvm()) {
            throw VirtException.of(ErrorCode.CONFIG_UNSUPPORTED, ErrorDomain.QEMU,
                    "Emulator '%s' does not support virt type '%s'", def.devices().emulator(), def.type());
        }
        String machine = def.os().machine();
        if (machine != null && !caps.hasMachine(machine)) {
            throw VirtException.of(ErrorCode.CONFIG_UNSUPPORTED, ErrorDomain.QEMU,
                    "Emulator '%s' does not support machine type '%s'", def.devices().emulator(), machine);
        }
    }
}
