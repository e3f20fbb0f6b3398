package org.jvirt.conf.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;

/**
 * The element-family edits the tuning calls make (memtune, blkiotune, perf, cputune pins, iothreadids): each
 * edited definition formats as real libvirt 9.0 formats the same state (the expected fragments are from
 * {@code virsh -c test:///default} after the matching memtune/blkiotune/perf/emulatorpin/iothread commands).
 */
class TuningEditsTest {

    static final String XML = """
            <domain type='test'>
              <name>t</name>
              <memory>8388608</memory>
              <vcpu>2</vcpu>
              <os><type>hvm</type></os>
            </domain>
            """;

    private static DomainDef base() {
        return DomainXml.parse(XML, DomainParseOptions.testDriver());
    }

    private static String format(DomainDef d) {
        return DomainXml.format(d, DomainFormatOptions.INACTIVE);
    }

    private static DomainDef with(DomainDef d, DomainExtrasDef x) {
        return d.toBuilder().extras(x).build();
    }

    @Test
    void memtuneKeepsSetLimitsOnlyAndRoundTrips() {
        DomainDef d = base();
        Memtune m = Memtune.of(d.extras().memtune());
        assertThat(m).isEqualTo(Memtune.NONE);
        DomainDef e = with(d, d.extras().withMemtune(m.withHardLimit(1024000).withSoftLimit(512000).toNode()));
        assertThat(format(e)).contains("""
                  <memtune>
                    <hard_limit unit='KiB'>1024000</hard_limit>
                    <soft_limit unit='KiB'>512000</soft_limit>
                  </memtune>
                  <vcpu placement='static'>2</vcpu>
                """);
        // unlimited again: the element goes away
        DomainDef back = with(e, e.extras().withMemtune(Memtune.of(e.extras().memtune())
                .withHardLimit(Memtune.UNLIMITED).withSoftLimit(Memtune.UNLIMITED).toNode()));
        assertThat(format(back)).doesNotContain("memtune");
        // what is formatted parses back to the same values
        assertThat(Memtune.of(DomainXml.parse(format(e), DomainParseOptions.testDriver()).extras().memtune()))
                .isEqualTo(Memtune.of(e.extras().memtune()));
    }

    @Test
    void blkiotuneMergesDevicesAndDropsEmptyOnes() {
        Blkiotune b = Blkiotune.NONE.withWeight(500)
                .merge("weight", List.of("/dev/sda", "/dev/sdb"), List.of(300L, 100L))
                .merge("read_iops_sec", List.of("/dev/sda"), List.of(5L))
                .merge("weight", List.of("/dev/sda"), List.of(0L));
        assertThat(b.deviceString("weight")).isEqualTo("/dev/sdb,100");
        assertThat(b.deviceString("read_iops_sec")).isEqualTo("/dev/sda,5");
        DomainDef d = base();
        assertThat(format(with(d, d.extras().withBlkiotune(b.toNode())))).contains("""
                  <blkiotune>
                    <weight>500</weight>
                    <device>
                      <path>/dev/sda</path>
                      <read_iops_sec>5</read_iops_sec>
                    </device>
                    <device>
                      <path>/dev/sdb</path>
                      <weight>100</weight>
                    </device>
                  </blkiotune>
                """);
        Blkiotune gone = b.merge("read_iops_sec", List.of("/dev/sda"), List.of(0L));
        assertThat(gone.devices()).extracting(Blkiotune.Device::path).containsExactly("/dev/sdb");
    }

    @Test
    void perfEventsInEnumOrder() {
        DomainDef d = base();
        XmlNode perf = PerfEvents.toNode(Map.of("cpu_cycles", true, "cmt", false));
        assertThat(format(with(d, d.extras().withPerf(perf)))).contains("""
                  <perf>
                    <event name='cmt' enabled='no'/>
                    <event name='cpu_cycles' enabled='yes'/>
                  </perf>
                """);
        assertThat(PerfEvents.of(perf)).containsEntry("cmt", false).containsEntry("cpu_cycles", true).hasSize(2);
        assertThat(PerfEvents.NAMES).hasSize(22);
    }

    @Test
    void pinsAndIOThreadsInLibvirtsOrder() {
        DomainDef d = base();
        DomainExtrasDef x = IOThreadIds.add(IOThreadIds.add(d.extras(), 5), 2);
        x = x.withCputune(Cputune.withIOThreadpin(x.cputune(), 5, "1-2"));
        x = x.withCputune(Cputune.withIOThreadpin(x.cputune(), 2, "0,3"));
        x = x.withCputune(Cputune.withEmulatorpin(x.cputune(), "0-2,5"));
        assertThat(format(with(d, x))).contains("""
                  <vcpu placement='static'>2</vcpu>
                  <iothreads>2</iothreads>
                  <iothreadids>
                    <iothread id='5'/>
                    <iothread id='2'/>
                  </iothreadids>
                  <cputune>
                    <emulatorpin cpuset='0-2,5'/>
                    <iothreadpin iothread='2' cpuset='0,3'/>
                    <iothreadpin iothread='5' cpuset='1-2'/>
                  </cputune>
                """);
        assertThat(IOThreadIds.ids(x)).containsExactly(5L, 2L);
        assertThat(Cputune.iothreadpin(x.cputune(), 2)).isEqualTo("0,3");
        // deleting an IOThread takes its pin; an emptied cputune is not formatted
        DomainExtrasDef y = IOThreadIds.remove(IOThreadIds.remove(x, 5), 2);
        y = y.withCputune(Cputune.withEmulatorpin(y.cputune(), null));
        assertThat(format(with(d, y))).doesNotContain("iothread").doesNotContain("cputune");
    }

    @Test
    void malformedBitmapIsLibvirtsError() {
        assertThatThrownBy(() -> Cputune.bitmap("x")).isInstanceOf(VirtException.class)
                .hasMessage("invalid argument: Failed to parse bitmap 'x'");
        assertThat(Cputune.bitmap("0,^0").isEmpty()).isTrue();
    }
}
