package org.jvirt.conf.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jvirt.conf.checkpoint.CheckpointAlign;
import org.jvirt.conf.checkpoint.CheckpointDef;
import org.jvirt.conf.checkpoint.CheckpointParseOptions;
import org.jvirt.conf.checkpoint.CheckpointXml;
import org.jvirt.conf.domain.DomainParseOptions;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;

/**
 * Mutated checkpoint XML (seeded from the domaincheckpointxml2xml fixtures, fixed seeds so a failure repeats):
 * every input is parsed (new and redefined), aligned and formatted, or refused with a {@link VirtException};
 * never another exception.
 */
class CheckpointFuzzTest {

    static final int INPUTS = 3000;

    @Test
    void checkpointXml() {
        List<String> seeds = XmlMutator.seeds("domaincheckpointxml2xml");
        assertThat(seeds).isNotEmpty();
        CheckpointParseOptions create = CheckpointParseOptions.create(DomainParseOptions.testDriver()).withClock(() -> 1);
        Random r = new Random(7);
        for (int i = 0; i < INPUTS; i++) {
            String xml = XmlMutator.mutate(seeds.get(r.nextInt(seeds.size())), r);
            boolean redefine = r.nextBoolean();
            try {
                CheckpointDef def = CheckpointXml.parse(xml, create.withRedefine(redefine));
                def = def.dom() == null ? CheckpointAlign.assignBitmapNames(def) : CheckpointAlign.align(def);
                assertThat(CheckpointXml.format(def, true, false)).startsWith("<domaincheckpoint>");
            } catch (VirtException e) {
                assertThat(e.getMessage()).as(xml).isNotEmpty();
            } catch (RuntimeException e) {
                throw new AssertionError("input " + i + " threw " + e + ":\n" + xml, e);
            }
        }
    }
}
