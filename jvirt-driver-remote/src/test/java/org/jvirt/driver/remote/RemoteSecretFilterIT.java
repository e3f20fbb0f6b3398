package org.jvirt.driver.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jvirt.Connect;
import org.jvirt.NWFilter;
import org.jvirt.NWFilterBinding;
import org.jvirt.Secret;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;

/**
 * Secrets, network filters and filter bindings through the remote driver's public API on the scratch libvirtd's
 * qemu:///system, the connection of that daemon with all three drivers (test:///default has none). Everything
 * created here is removed here: an ephemeral, non-private secret (no file under /etc), a filter under a unique
 * name, a binding on a port device that does not exist.
 */
class RemoteSecretFilterIT {

    private final String u = "jvirt-rsf-" + UUID.randomUUID().toString().substring(0, 8);

    private static Connect open() throws Exception {
        String uri = "qemu+unix:///system?socket=" + LibvirtdScratch.socket();
        try {
            return Connect.open(uri);
        } catch (VirtException e) {
            assumeTrue(false, uri + " does not open: " + e.getMessage());
            throw e;
        }
    }

    @Test
    void secretsEndToEnd() throws Exception {
        try (Connect c = open()) {
            String volume = "/var/lib/jvirt-wire/" + u + ".img";
            Secret s = c.secretDefineXML("<secret ephemeral='yes' private='no'><usage type='volume'><volume>" + volume
                    + "</volume></usage></secret>", 0);
            try {
                assertThat(s.getUsageID()).isEqualTo(volume);
                assertThat(s.getXMLDesc(0)).contains("<volume>" + volume + "</volume>");
                byte[] value = u.getBytes(StandardCharsets.UTF_8);
                s.setValue(value, 0);
                assertThat(s.getValue(0)).isEqualTo(value);
                assertThat(c.listAllSecrets(0)).extracting(Secret::getUUID).contains(s.getUUID());
                assertThat(c.listSecrets()).contains(s.getUUIDString());
                assertThat(c.secretLookupByUsage(1, volume).getUUID()).isEqualTo(s.getUUID());
            } finally {
                s.undefine();
            }
            assertThatThrownBy(() -> s.getXMLDesc(0)).isInstanceOfSatisfying(VirtException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_SECRET));
        }
    }

    @Test
    void filtersAndBindingsEndToEnd() throws Exception {
        try (Connect c = open()) {
            NWFilter f = c.nwfilterDefineXML("<filter name='" + u + "' chain='root'><rule action='accept' direction='out'"
                    + " priority='500'><arp/></rule></filter>");
            try {
                assertThat(f.getXMLDesc(0)).contains("<filter name='" + u + "' chain='root'>");
                assertThat(c.listNWFilters()).contains(u);
            } finally {
                f.undefine();
            }
            assertThatThrownBy(() -> f.getXMLDesc(0)).isInstanceOfSatisfying(VirtException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_NWFILTER));

            String port = "jv" + u.substring(u.length() - 8);
            NWFilterBinding b = c.nwfilterBindingCreateXML("<filterbinding><owner><name>" + u + "</name>"
                    + "<uuid>d217f2d7-5a04-4e01-8b98-ec2743436b74</uuid></owner><portdev name='" + port + "'/>"
                    + "<mac address='52:54:00:12:34:56'/><filterref filter='allow-arp'/></filterbinding>", 0);
            try {
                assertThat(b.getXMLDesc(0)).contains("<portdev name='" + port + "'/>");
            } finally {
                b.delete();
            }
            assertThatThrownBy(() -> b.getXMLDesc(0)).isInstanceOfSatisfying(VirtException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_NWFILTER_BINDING));
        }
    }
}
