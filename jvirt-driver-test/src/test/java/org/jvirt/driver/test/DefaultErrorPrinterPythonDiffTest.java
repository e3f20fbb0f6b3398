package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jvirt.Connect;
import org.jvirt.Errors;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;

/**
 * virDefaultErrorFunc: with no error listener set, a failed call writes libvirt's line to stderr. python3-libvirt
 * installs no handler of its own, so its stderr for the same failed calls on test:///default is the oracle.
 * Skipped with a printed reason when python3-libvirt is absent.
 */
class DefaultErrorPrinterPythonDiffTest {

    @Test
    void failedCallsPrintWhatLibvirtPrints() throws Exception {
        String script = """
                import libvirt
                c = libvirt.open('test:///default')
                for f in (lambda: c.networkLookupByName('nosuch'), lambda: c.secretLookupByUUIDString('x'),
                          lambda: c.getCPUModelNames('foo', 0), lambda: c.lookupByName('test').managedSaveGetXMLDesc(0),
                          lambda: c.listAllSecrets(0)):
                    try:
                        f()
                    except libvirt.libvirtError:
                        pass
                """;
        // the script prints nothing on stdout: its output is what libvirt's default handler wrote to stderr
        String want = PythonOracle.output(DefaultErrorPrinterPythonDiffTest.class, script);

        ByteArrayOutputStream got = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        Errors.setErrorListener(null);
        System.setErr(new PrintStream(got, true, StandardCharsets.UTF_8));
        try (Connect c = Connect.open("test:///default")) {
            List<Runnable> calls = List.of(() -> c.networkLookupByName("nosuch"), () -> c.secretLookupByUUIDString("x"),
                    () -> c.getCPUModelNames("foo", 0), () -> c.domainLookupByName("test").managedSaveGetXMLDesc(0),
                    () -> c.listAllSecrets(0));
            for (Runnable r : calls) {
                try {
                    r.run();
                } catch (VirtException expected) {
                    // printed, and thrown as well
                }
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(want).contains("libvirt: Test Driver error : ", "libvirt: Secrets Driver error : ");
        assertThat(got.toString(StandardCharsets.UTF_8)).isEqualTo(want);
    }

    @Test
    void aListenerSilencesThePrinter() {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        Errors.setErrorListener(e -> {
        });
        System.setErr(new PrintStream(got, true, StandardCharsets.UTF_8));
        try (Connect c = Connect.open("test:///default")) {
            c.networkLookupByName("nosuch");
        } catch (VirtException expected) {
            // the listener had it
        } finally {
            System.setErr(saved);
            Errors.setErrorListener(null);
        }
        assertThat(got.size()).isZero();
    }
}
