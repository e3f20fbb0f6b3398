package org.jvirt.rpc.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jvirt.BlockStats;
import org.jvirt.DomainBlockInfo;
import org.jvirt.DomainControlInfo;
import org.jvirt.DomainDiskError;
import org.jvirt.DomainInfo;
import org.jvirt.DomainJobInfo;
import org.jvirt.DomainState;
import org.jvirt.DomainStateReason;
import org.jvirt.DomainTime;
import org.jvirt.InterfaceStats;
import org.jvirt.MemoryStat;
import org.jvirt.NodeInfo;
import org.jvirt.VcpuInfo;
import org.jvirt.rpc.xdr.XdrCodecs;
import org.jvirt.rpc.xdr.XdrException;
import org.junit.jupiter.api.Test;

/** API records through their wire records and the codecs and back: nothing lost, nothing reordered. */
class RemoteStructsTest {

    static <W> W viaWire(Class<W> type, W wire) {
        return XdrCodecs.decode(type, XdrCodecs.encode(type, wire));
    }

    @Test
    void fixedLayoutsRoundTrip() {
        NodeInfo node = new NodeInfo("x86_64", 16L << 20, 8, 2400, 1, 1, 4, 2);
        assertThat(RemoteStructs.fromWire(viaWire(NodeGetInfoRet.class, RemoteStructs.toWire(node)))).isEqualTo(node);
        DomainInfo info = new DomainInfo(DomainState.PAUSED, 1L << 22, 1L << 21, 3, 123456789012L);
        assertThat(RemoteStructs.fromWire(viaWire(DomainGetInfoRet.class, RemoteStructs.toWire(info)))).isEqualTo(info);
        DomainStateReason state = new DomainStateReason(DomainState.SHUTOFF, 2);
        assertThat(RemoteStructs.fromWire(viaWire(DomainGetStateRet.class, RemoteStructs.toWire(state)))).isEqualTo(state);
        BlockStats block = new BlockStats(1, 2, 3, 4, -1);
        assertThat(RemoteStructs.fromWire(viaWire(DomainBlockStatsRet.class, RemoteStructs.toWire(block)))).isEqualTo(block);
        InterfaceStats nic = new InterfaceStats(1, 2, 3, 4, 5, 6, 7, -1);
        assertThat(RemoteStructs.fromWire(viaWire(DomainInterfaceStatsRet.class, RemoteStructs.toWire(nic)))).isEqualTo(nic);
        DomainJobInfo job = new DomainJobInfo(2, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(RemoteStructs.fromWire(viaWire(DomainGetJobInfoRet.class, RemoteStructs.toWire(job)))).isEqualTo(job);
        DomainBlockInfo disk = new DomainBlockInfo(100, 50, 75);
        DomainGetBlockInfoRet diskWire = RemoteStructs.toWire(disk);
        assertThat(diskWire.allocation()).isEqualTo(50);
        assertThat(RemoteStructs.fromWire(viaWire(DomainGetBlockInfoRet.class, diskWire))).isEqualTo(disk);
        DomainControlInfo control = new DomainControlInfo(3, 1, 99);
        assertThat(RemoteStructs.fromWire(viaWire(DomainGetControlInfoRet.class, RemoteStructs.toWire(control))))
                .isEqualTo(control);
        DomainTime time = new DomainTime(1700000000L, 999999999);
        assertThat(RemoteStructs.fromWire(viaWire(DomainGetTimeRet.class, RemoteStructs.toWire(time)))).isEqualTo(time);
        List<DomainDiskError> errors = List.of(new DomainDiskError("vda", 1), new DomainDiskError("vdb", 2));
        assertThat(RemoteStructs.diskErrorsFromWire(viaWire(DomainGetDiskErrorsRet.class,
                new DomainGetDiskErrorsRet(RemoteStructs.diskErrorsToWire(errors), 2)).errors())).isEqualTo(errors);
        List<MemoryStat> stats = List.of(new MemoryStat(6, 1024), new MemoryStat(7, 2048));
        assertThat(RemoteStructs.memoryStatsFromWire(viaWire(DomainMemoryStatsRet.class,
                new DomainMemoryStatsRet(RemoteStructs.memoryStatsToWire(stats))).stats())).isEqualTo(stats);
    }

    @Test
    void nodeModelIsAFixedVectorOf32Chars() {
        byte[] bytes = XdrCodecs.encode(NodeGetInfoRet.class, RemoteStructs.toWire(new NodeInfo("i686", 1, 1, 1, 1, 1, 1, 1)));
        // 32 chars of 4 bytes, no length word, then the hyper and six ints
        assertThat(bytes).hasSize(32 * 4 + 8 + 6 * 4);
        assertThat(bytes[3]).isEqualTo((byte) 'i');
        assertThat(bytes[4 * 4 + 3]).isZero();
        // a vector is exactly its length: anything else is refused before it reaches the wire
        assertThatThrownBy(() -> XdrCodecs.encode(NodeGetInfoRet.class, new NodeGetInfoRet(new int[31], 1, 1, 1, 1, 1, 1, 1)))
                .isInstanceOf(XdrException.class).hasMessageContaining("fixed array of 32");
    }

    @Test
    void cpuBitmapsUseLibvirtsBitOrder() {
        boolean[] usable = {true, false, true, false, false, false, false, false, false, true};
        byte[] map = RemoteStructs.cpumap(usable, RemoteStructs.mapLength(usable.length));
        assertThat(map).containsExactly(0b101, 0b10);
        assertThat(RemoteStructs.cpus(map, 0, map.length, usable.length)).containsExactly(usable);
        // a narrower map reads the missing CPUs as unusable, a wider request stops at the map's end
        assertThat(RemoteStructs.cpus(map, 0, 1, 10)).containsExactly(true, false, true, false, false, false, false,
                false, false, false);

        List<VcpuInfo> vcpus = List.of(new VcpuInfo(0, 1, 10, 3, new boolean[] {true, true, false, false}),
                new VcpuInfo(1, 1, 20, 0, new boolean[] {false, false, false, true}));
        DomainGetVcpusRet wire = viaWire(DomainGetVcpusRet.class, RemoteStructs.vcpusToWire(vcpus, 1));
        assertThat(wire.cpumaps()).containsExactly(0b0011, 0b1000);
        List<VcpuInfo> back = RemoteStructs.vcpusFromWire(wire, 1, 4);
        assertThat(back).usingRecursiveFieldByFieldElementComparator().isEqualTo(vcpus);
    }
}
