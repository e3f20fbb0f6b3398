package org.jvirt.driver.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.driver.qemu.QemuDriverFixture.assertState;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.DomainState;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.jvirt.flags.DomainUndefineFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * save / restore / managed save on real QEMU with the test guest on a pty serial console: the guest's shell
 * keeps its state across a save (a shell variable set before the save is still set after the restore, which a
 * fresh boot would not have), the image carries libvirt's header and the domain XML, and the states and
 * reasons are libvirt's (shut off "saved", running "restored").
 */
class QemuSaveRestoreIT {

    private static final Pattern TTY = Pattern.compile("<console type='pty' tty='(/dev/pts/\\d+)'>");

    @RegisterExtension
    final QemuDriverFixture fx = QemuDriverFixture.perTest();

    static String tty(Domain d) {
        String xml = d.getXMLDesc(0);
        Matcher m = TTY.matcher(xml);
        assertThat(m.find()).as("console tty in the live XML:\n" + xml).isTrue();
        assertThat(xml).contains("<serial type='pty'>\n      <source path='" + m.group(1) + "'/>");
        return m.group(1);
    }

    @Test
    @Timeout(600)
    void saveRestoreKeepsTheGuestAndManagedSaveResumesOnStart() throws Exception {
        try (Connect c = Connect.open(fx.uri())) {
            Domain d = c.domainDefineXML(fx.ptyXml("sr"), 0);
            assertThat(d.getXMLDesc(0)).doesNotContain("tty=").doesNotContain("/dev/pts");
            d.create();
            assertState(d, DomainState.RUNNING, 1);
            try (PtyConsole con = new PtyConsole(tty(d))) {
                assertThat(con.run("X=saved$((6*7)); echo set$((1+1))", "set2", Duration.ofSeconds(120))).as("guest shell on the pty").isTrue();
                assertThat(con.run("echo val=$X", "val=saved42", Duration.ofSeconds(30))).as(con.seen()).isTrue();
            }

            Path image = fx.root.resolve("sr.img");
            d.save(image.toString());
            assertState(d, DomainState.SHUTOFF, 5); // saved
            assertThat(fx.qemuPids()).isEmpty();
            assertThat(fx.files("run/qemu")).isEmpty();
            byte[] head = Files.readAllBytes(image);
            assertThat(new String(head, 0, 16, StandardCharsets.US_ASCII)).isEqualTo("LibvirtQemudSave");
            ByteBuffer h = ByteBuffer.wrap(head, 16, 20).order(ByteOrder.nativeOrder());
            assertThat(h.getInt()).as("version").isEqualTo(2);
            int xmlLen = h.getInt();
            assertThat(h.getInt()).as("was_running").isEqualTo(1);
            assertThat(h.getInt()).as("format raw").isZero();
            String xml = new String(head, 92, xmlLen - 1, StandardCharsets.UTF_8);
            assertThat(xml).startsWith("<domain type='qemu'>").contains("<name>sr</name>").doesNotContain("/dev/pts");
            assertThat(head[92 + xmlLen - 1]).isZero();
            assertThat(head.length).as("guest RAM follows").isGreaterThan(1 << 20);

            c.restore(image.toString());
            assertState(d, DomainState.RUNNING, 3); // restored
            assertThat(fx.qemuPids()).hasSize(1);
            try (PtyConsole con = new PtyConsole(tty(d))) {
                assertThat(con.run("echo val=$X", "val=saved42", Duration.ofSeconds(60)))
                        .as("the shell variable survived save/restore: " + con.seen()).isTrue();
            }
            assertThatThrownBy(() -> c.restore(image.toString())).isInstanceOfSatisfying(VirtException.class,
                    e -> assertThat(e.getMessage()).isEqualTo("Requested operation is not valid: domain 'sr' is already active"));

            // managed save: start resumes from the image and removes it
            assertThat(d.hasManagedSaveImage(0)).isFalse();
            d.managedSave(0);
            assertState(d, DomainState.SHUTOFF, 5);
            assertThat(d.hasManagedSaveImage(0)).isTrue();
            Path managed = fx.root.resolve("lib/qemu/save/sr.save");
            assertThat(managed).exists();
            d.create();
            assertState(d, DomainState.RUNNING, 3);
            assertThat(managed).doesNotExist();
            assertThat(d.hasManagedSaveImage(0)).isFalse();
            try (PtyConsole con = new PtyConsole(tty(d))) {
                assertThat(con.run("echo val=$X", "val=saved42", Duration.ofSeconds(60))).as(con.seen()).isTrue();
            }

            // a managed save image blocks a plain undefine, as in libvirt
            d.managedSave(0);
            assertThatThrownBy(() -> d.undefine(0)).isInstanceOfSatisfying(VirtException.class, e -> {
                assertThat(e.error().code()).isEqualTo(ErrorCode.OPERATION_INVALID);
                assertThat(e.getMessage()).isEqualTo("Requested operation is not valid: Refusing to undefine while domain managed save image exists");
            });
            d.undefine(DomainUndefineFlag.MANAGED_SAVE.value());
            assertThat(managed).doesNotExist();
            assertThat(c.listAllDomains(0)).isEmpty();

            // the image alone restores the domain: no config needed (the domain is transient now)
            c.restore(image.toString());
            Domain back = c.domainLookupByName("sr");
            assertState(back, DomainState.RUNNING, 3);
            assertThat(back.isPersistent()).isFalse();
            back.destroy();
            assertThat(c.listAllDomains(0)).isEmpty();
            assertThat(fx.qemuPids()).isEmpty();
        }
    }

    @Test
    @Timeout(120)
    void refusesBrokenImages() throws Exception {
        try (Connect c = Connect.open(fx.uri())) {
            Path junk = fx.root.resolve("junk.img");
            Files.write(junk, new byte[200]);
            assertThatThrownBy(() -> c.restore(junk.toString())).isInstanceOfSatisfying(VirtException.class, e -> {
                assertThat(e.error().code()).isEqualTo(ErrorCode.INVALID_ARG);
                assertThat(e.getMessage()).isEqualTo("invalid argument: image magic is incorrect");
            });
            Path partial = fx.root.resolve("part.img");
            Files.write(partial, QemuSaveImage.of("<domain/>", true).encode(false).array());
            assertThatThrownBy(() -> c.restore(partial.toString())).hasMessage("operation failed: save image is incomplete");
            Files.write(junk, new byte[10]);
            assertThatThrownBy(() -> c.restore(junk.toString())).hasMessage("operation failed: failed to read qemu header");
            assertThatThrownBy(() -> c.restore(fx.root.resolve("none.img").toString()))
                    .hasMessageContaining("Failed to open domain image file");
            assertThat(c.listAllDomains(0)).isEmpty();
            assertThat(fx.qemuPids()).isEmpty();
        }
    }
}
