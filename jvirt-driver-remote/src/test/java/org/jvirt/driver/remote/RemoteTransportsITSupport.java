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

}
