package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.DomainCheckpointCreateFlag;
import org.jvirt.flags.DomainCheckpointXMLFlag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * jvirt-conf's domaincheckpointxml2xml golden files through the whole test driver, as their oracle
 * (jvirt-conf/src/test/scripts/domaincheckpointxml2xml-oracle.py) ran them through libvirt 9.0: on a fresh
 * test:///default, checkpoint {@code base} of {@code test} is created, then the fixture is redefined and dumped
 * with SECURE; a refusal must be the {@code NAME.err} code, domain and message. This covers what the conf-level
 * test cannot: the domain's uuid and the parent checks.
 */
class CheckpointXml2XmlDriverTest {

    /** The suite lives in jvirt-conf; tests run in the module directory. */
    static final Path DIR = Path.of("../jvirt-conf/src/test/resources/domaincheckpointxml2xml");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".xml") && !f.endsWith(".out.xml"))
                    .map(f -> f.substring(0, f.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameAsLibvirt(String name) throws IOException {
        String xml = Files.readString(DIR.resolve(name + ".xml"), StandardCharsets.UTF_8);
        int redefine = DomainCheckpointCreateFlag.REDEFINE.value();
        try (Connect c = Connect.open("test:///default")) {
            Domain d = c.domainLookupByName("test");
            d.checkpointCreateXML("<domaincheckpoint><name>base</name></domaincheckpoint>", 0);
            if (Files.exists(DIR.resolve(name + ".out.xml"))) {
                String out = d.checkpointCreateXML(xml, redefine).getXMLDesc(DomainCheckpointXMLFlag.SECURE.value());
                assertThat(out).isEqualTo(Files.readString(DIR.resolve(name + ".out.xml"), StandardCharsets.UTF_8));
            } else {
                VirtException e = catchThrowableOfType(VirtException.class, () -> d.checkpointCreateXML(xml, redefine));
                assertThat(e).as("%s must be rejected", name).isNotNull();
                assertThat(e.code().value() + "\n" + e.domain().value() + "\n" + e.getMessage() + "\n")
                        .isEqualTo(Files.readString(DIR.resolve(name + ".err"), StandardCharsets.UTF_8));
            }
        }
    }
}
