package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jvirt.Connect;
import org.jvirt.error.VirtError;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;

/**
 * The three by-UUID-string lookups on odd spellings (virUUIDParse's separators and blanks, and what it refuses),
 * through real libvirt 9.0 (python3-libvirt) and through jvirt: the same object or the same full error record.
 */
class UuidLookupPythonDiffTest {

    /** test:///default's domain "test", network "default" and pool "default-pool" carry these UUIDs. */
    static final List<String> SPELLINGS = List.of("6695eb01-f6a4-8304-79aa-97f2502e193f", "6695eb01f6a4830479aa97f2502e193f",
            " 6695eb01 f6a4 8304 79aa 97f2502e193f\n", "--6695eb01f6a4830479aa97f2502e193f", "6-695eb01f6a4830479aa97f2502e193f",
            "6695eb01-f6a4-8304-79aa-97f2502e193f-", "6695eb01f6a4830479aa97f2502e193fx", "6695eb01f6a4830479aa97f2502e193",
            "", "dd8fe884-6c02-601e-7551-cca97df1c5df", "dd8fe8846c02601e7551cca97df1c5df\t", "dd8fe884-6c02-601e-7551-cca97df1c5d",
            "dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566", "dfe224cb 28fb 8dd0 c4b2 64eb3f0f4566", "dfe224cb-28fb-8dd0-c4b2-64eb3f0f456-6");

    static final String SCRIPT = """
            import libvirt, sys
            libvirt.registerErrorHandler(lambda c, e: None, None)
            c = libvirt.open("test:///default")
            def t(f):
                try:
                    print("OK %s" % f().name())
                except libvirt.libvirtError as e:
                    print("ERR %d %d %d %s|%s|%s" % (e.get_error_code(), e.get_error_domain(), e.get_error_level(),
                                                  e.get_error_message(), e.get_str1(), e.get_str2()))
            for s in sys.argv[1:]:
                t(lambda: c.lookupByUUIDString(s))
                t(lambda: c.networkLookupByUUIDString(s))
                t(lambda: c.storagePoolLookupByUUIDString(s))
            """;

    @Test
    void sameAsLibvirt() throws Exception {
        List<String> expected = PythonOracle.run(UuidLookupPythonDiffTest.class, SCRIPT, SPELLINGS.toArray(String[]::new));
        List<String> actual = new ArrayList<>();
        try (Connect c = Connect.open("test:///default")) {
            for (String s : SPELLINGS) {
                t(actual, s, u -> c.domainLookupByUUIDString(u).getName());
                t(actual, s, u -> c.networkLookupByUUIDString(u).getName());
                t(actual, s, u -> c.storagePoolLookupByUUIDString(u).getName());
            }
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static void t(List<String> out, String uuid, Function<String, String> lookup) {
        try {
            out.add("OK " + lookup.apply(uuid));
        } catch (VirtException e) {
            VirtError r = e.error();
            out.add("ERR " + r.code().value() + " " + r.domain().value() + " " + r.level().value() + " " + r.message()
                    + "|" + py(r.str1()) + "|" + py(r.str2()));
        }
    }

    /** Python prints an absent string as None. */
    private static String py(String s) {
        return s == null ? "None" : s;
    }
}
