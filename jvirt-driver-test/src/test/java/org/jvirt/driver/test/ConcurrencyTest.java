package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;

/** Many virtual threads hammer one connection; ids stay unique and the lists stay consistent. */
class ConcurrencyTest {

    @Test
    void hammer() throws Exception {
        try (Connect c = Connect.open("test:///default");
             var exec = Executors.newVirtualThreadPerTaskExecutor()) {
            ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < 64; t++) {
                int tid = t;
                fs.add(exec.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        String name = "h" + (tid % 16) + "_" + (i % 5);
                        try {
                            Domain d = c.domainDefineXML("<domain type='test'><name>" + name
                                    + "</name><memory>1024</memory><os><type>hvm</type></os></domain>", 0);
                            c.domainLookupByName(name);
                            d.create(0);
                            d.destroy(0);
                            d.undefine(0);
                        } catch (VirtException e) {
                            // races between threads sharing a name give libvirt's errors, never anything else
                        } catch (Throwable e) {
                            unexpected.add(e);
                        }
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            assertThat(unexpected).isEmpty();
            Set<Integer> ids = new HashSet<>();
            for (Domain d : c.listAllDomains(1)) {
                assertThat(ids.add(d.getID())).isTrue();
            }
            for (Domain d : c.listAllDomains(0)) {
                assertThat(c.domainLookupByUUID(d.getUUID()).getName()).isEqualTo(d.getName());
            }
            assertThat(c.domainLookupByName("test").getID()).isEqualTo(1);
        }
    }
}
