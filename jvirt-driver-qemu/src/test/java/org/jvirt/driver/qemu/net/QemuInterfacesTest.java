package org.jvirt.driver.qemu.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainParseOptions;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.conf.domain.InterfaceDef;
import org.jvirt.core.Rollback;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;

/** The order, naming and undo of NIC host set-up, against a recording fake host (the real one: QemuNetnsIT). */
class QemuInterfacesTest {

    /** Records every call; devices that exist are a set, a missing device fails as the kernel does. */
    static final class FakeHost implements NetHost {
        final List<String> calls = new ArrayList<>();
        final Set<String> devices = new HashSet<>();
        String failScript;

        @Override
        public boolean createTap(String name, boolean exclusive) {
            calls.add("create " + name + (exclusive ? " excl" : ""));
            if (exclusive && devices.contains(name)) {
                return false;
            }
            devices.add(name);
            return true;
        }

        @Override
        public void deleteTap(String name) {
            calls.add("delete " + name);
            devices.remove(name);
        }

        @Override
        public int mtu(String dev) {
            if (!devices.contains(dev)) {
                throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.NONE, "Cannot get interface MTU on '" + dev + "': No such device");
            }
            return 1400;
        }

        @Override
        public void setMtu(String dev, int mtu) {
            calls.add("mtu " + dev + " " + mtu);
        }

        @Override
        public void setMac(String dev, String mac) {
            calls.add("mac " + dev + " " + mac);
        }

        @Override
        public void addBridgePort(String bridge, String port) {
            calls.add("port " + bridge + " " + port);
        }

        @Override
        public void setOnline(String dev) {
            calls.add("up " + dev);
        }

        @Override
        public void runScript(String script, String tap) {
            calls.add("script " + script + " " + tap);
            if (script.equals(failScript)) {
                throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.NONE, "Child process (" + script + " " + tap + ") unexpected exit status 1");
            }
        }
    }

    private static DomainDef def(String nics) {
        String xml = """
                <domain type='qemu'><name>n</name><memory>65536</memory>
                  <os><type arch='x86_64' machine='pc'>hvm</type></os>
                  <devices>%s</devices></domain>""".formatted(nics);
        return DomainXml.parse(xml, DomainParseOptions.builder().osDefaults(new DomainParseOptions.OsDefaults() {
            @Override
            public String arch(String osType, String virtType) {
                return "x86_64";
            }

            @Override
            public String machine(String osType, String arch, String virtType) {
                return "pc";
            }

            @Override
            public String emulator(String osType, String arch, String virtType) {
                return "/usr/bin/qemu-system-x86_64";
            }
        }).build());
    }

    private static final String BRIDGE = "<interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/></interface>";
    private static final String ETHERNET = "<interface type='ethernet'><mac address='52:54:00:00:00:02'/><script path='/bin/up'/></interface>";

    @Test
    void bridgeAndEthernetGetVnetTapsWithFeMacsInLibvirtOrder() {
        FakeHost h = new FakeHost();
        h.devices.addAll(List.of("br0", "vnet0")); // vnet0 belongs to someone else
        QemuInterfaces ifs = new QemuInterfaces(h);
        DomainDef out;
        try (Rollback rb = new Rollback()) {
            out = ifs.connect(def(BRIDGE + ETHERNET + "<interface type='user'/>"), rb);
            rb.commit();
        }
        assertThat(out.devices().interfaces()).extracting(InterfaceDef::ifname).containsExactly("vnet1", "vnet2", null);
        assertThat(h.calls).containsExactly("create vnet0 excl", "create vnet1 excl", "mac vnet1 fe:54:00:00:00:01",
                "mtu vnet1 1400", "port br0 vnet1", "up vnet1",
                "create vnet2 excl", "mac vnet2 fe:54:00:00:00:02", "up vnet2", "script /bin/up vnet2");

        h.calls.clear();
        ifs.disconnect(out);
        assertThat(h.calls).containsExactly("delete vnet1", "delete vnet2");
    }

    @Test
    void namesCountUpForTheLifeOfTheDriverAndConfiguredNamesAreAdopted() {
        FakeHost h = new FakeHost();
        h.devices.add("br0");
        QemuInterfaces ifs = new QemuInterfaces(h);
        try (Rollback rb = new Rollback()) {
            DomainDef a = ifs.connect(def(BRIDGE), rb);
            ifs.disconnect(a);
            DomainDef b = ifs.connect(def(BRIDGE.replace("</interface>", "<target dev='mytap'/></interface>") + BRIDGE), rb);
            assertThat(b.devices().interfaces()).extracting(InterfaceDef::ifname).containsExactly("mytap", "vnet1");
            rb.commit();
        }
        assertThat(h.calls).contains("create mytap");
    }

    @Test
    void aFailedStepRemovesEveryTapMadeSoFar() {
        FakeHost h = new FakeHost();
        h.devices.add("br0");
        QemuInterfaces ifs = new QemuInterfaces(h);
        String missing = BRIDGE.replace("br0", "nobr");
        try (Rollback rb = new Rollback()) {
            assertThatThrownBy(() -> ifs.connect(def(BRIDGE + missing), rb)).isInstanceOf(VirtException.class)
                    .hasMessageContaining("Cannot get interface MTU on 'nobr': No such device");
        }
        assertThat(h.devices).containsExactly("br0");
        assertThat(h.calls).endsWith("delete vnet1", "delete vnet0");

        FakeHost h2 = new FakeHost();
        h2.failScript = "/bin/up";
        try (Rollback rb = new Rollback()) {
            assertThatThrownBy(() -> new QemuInterfaces(h2).connect(def(ETHERNET), rb))
                    .hasMessageContaining("Child process (/bin/up vnet0) unexpected exit status 1");
        }
        assertThat(h2.devices).isEmpty();
    }

    @Test
    void networkAndReservedMacAreRefusedBeforeAnyTapExists() {
        FakeHost h = new FakeHost();
        h.devices.add("br0");
        QemuInterfaces ifs = new QemuInterfaces(h);
        try (Rollback rb = new Rollback()) {
            assertThatThrownBy(() -> ifs.connect(def(BRIDGE + "<interface type='network'><source network='default'/></interface>"), rb))
                    .isInstanceOfSatisfying(VirtException.class, e -> {
                        assertThat(e.error().code()).isEqualTo(ErrorCode.NO_NETWORK);
                        assertThat(e.error().domain()).isEqualTo(ErrorDomain.NETWORK);
                    })
                    .hasMessage("Network not found: no network with matching name 'default'");
            assertThatThrownBy(() -> ifs.connect(def(BRIDGE.replace("52:54", "fe:54")), rb))
                    .hasMessageContaining("Unable to use MAC address starting with reserved value 0xFE - 'fe:54:00:00:00:01' - ");
        }
        assertThat(h.calls).isEmpty();
    }
}
