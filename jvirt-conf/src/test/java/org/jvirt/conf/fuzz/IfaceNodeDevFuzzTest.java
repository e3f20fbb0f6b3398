package org.jvirt.conf.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.jvirt.conf.iface.InterfaceXml;
import org.jvirt.conf.nodedev.NodeDeviceXml;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;

/**
 * Mutated host interface and node device XML (seeded from their golden fixtures, fixed seeds so a failure
 * repeats): every input is parsed and formatted, or refused with a {@link VirtException}; never another
 * exception. A few thousand inputs each, about a second.
 */
class IfaceNodeDevFuzzTest {

    static final int INPUTS = 3000;

    @Test
    void interfaceXml() {
        run(XmlMutator.seeds("interfacexml2xml"), xml -> InterfaceXml.format(InterfaceXml.parse(xml)), 1);
    }

    @Test
    void nodeDeviceXml() {
        run(XmlMutator.seeds("nodedevxml2xml"), xml -> NodeDeviceXml.format(NodeDeviceXml.parse(xml, false)), 2);
        run(XmlMutator.seeds("nodedevxml2xml"), xml -> NodeDeviceXml.format(NodeDeviceXml.parse(xml, true)), 3);
    }

    private static void run(List<String> seeds, Function<String, String> convert, long seed) {
        assertThat(seeds).isNotEmpty();
        Random r = new Random(seed);
        for (int i = 0; i < INPUTS; i++) {
            String xml = XmlMutator.mutate(seeds.get(r.nextInt(seeds.size())), r);
            try {
                assertThat(convert.apply(xml)).isNotEmpty();
            } catch (VirtException e) {
                assertThat(e.getMessage()).as(xml).isNotEmpty();
            } catch (RuntimeException e) {
                throw new AssertionError("input " + i + " of seed " + seed + " threw " + e + ":\n" + xml, e);
            }
        }
    }
}
