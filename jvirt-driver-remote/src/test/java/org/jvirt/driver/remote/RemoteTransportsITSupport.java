package org.jvirt.driver.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jvirt.Connect;
import org.jvirt.error.VirtException;

/** The comparison the transport tests share: python3-libvirt and jvirt open the same URI. */
final class RemoteTransportsITSupport {

    private RemoteTransportsITSupport() {
    }

    /** Opens {@code uri} in both clients and runs the steps, or compares the open's error when it fails. */
    static void compare(String uri, OracleSteps<Connect> steps) throws Exception {
        String setup = "try:\n    c = libvirt.open(" + OracleSteps.pyString(uri) + ")\n"
                + "except libvirt.libvirtError as e:\n    run('open', lambda: (_ for _ in ()).throw(e))\n"
                + "    sys.exit(0)\n";
        List<String> expected = LibvirtdScratch.python(steps.python(setup));
        List<String> actual;
        Connect c;
        try {
            c = Connect.open(uri);
        } catch (VirtException e) {
            actual = new OracleSteps<Void>().step("open", "", x -> {
                throw e;
            }).java(null);
            assertThat(actual).as(() -> RemoteLibvirtdIT.differences(expected, actual)).containsExactlyElementsOf(expected);
            return;
        }
        try (c) {
            actual = steps.java(c);
        }
        assertThat(actual).as(() -> RemoteLibvirtdIT.differences(expected, actual)).containsExactlyElementsOf(expected);
    }

    /**
     * For opens whose libvirt message may depend on timing: both fail with the same record, or, where libvirt's
     * child-process transports race (EPIPE on write vs the child's error on read), with the same code, domain and
     * level and one of the two messages libvirt gives.
     */
    static void compareOpenErrorCode(String uri) throws Exception {
        String setup = "try:\n    c = libvirt.open(" + OracleSteps.pyString(uri) + ")\n"
                + "except libvirt.libvirtError as e:\n    run('open', lambda: (_ for _ in ()).throw(e))\n"
                + "    sys.exit(0)\n";
        List<String> expected = LibvirtdScratch.python(new OracleSteps<Connect>().python(setup));
        VirtException e = org.assertj.core.api.Assertions.catchThrowableOfType(VirtException.class, () -> Connect.open(uri).close());
        assertThat(e).as("jvirt opens %s", uri).isNotNull();
        List<String> actual = new OracleSteps<Void>().step("open", "", x -> {
            throw e;
        }).java(null);
        assertThat(expected).hasSize(1);
        assertThat(actual).hasSize(1);
        if (actual.equals(expected)) {
            return;
        }
        String racing = ".*(Cannot recv data: .*|Cannot write data: Broken pipe).*";
        assertThat(codes(actual.get(0))).isEqualTo(codes(expected.get(0)));
        assertThat(expected.get(0)).matches(racing);
        assertThat(actual.get(0)).matches(racing);
    }

    /** "open\terr\t[code, domain, level, ..." -> "open\terr\t[code, domain, level". */
    private static String codes(String line) {
        String[] parts = line.split(", ", 4);
        return parts[0] + ", " + parts[1] + ", " + parts[2];
    }
}
