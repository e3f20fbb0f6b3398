package org.jvirt.rpc.remote;

import java.util.ArrayList;
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
import org.jvirt.StoragePoolInfo;
import org.jvirt.StorageVolInfo;
import org.jvirt.VcpuInfo;

/**
 * The API's fixed-layout result records <-> their wire records, field for field, for the client stubs and the
 * server handlers alike. Also libvirt's CPU bitmaps (bit {@code n % 8} of byte {@code n / 8} set when CPU n
 * is usable), which cpumap and cpumaps fields carry.
 */
public final class RemoteStructs {

    /** The width of virNodeInfo's model (char model[32]), NUL included. */
    public static final int NODE_MODEL_LENGTH = 32;

    private RemoteStructs() {
    }

    public static NodeGetInfoRet toWire(NodeInfo i) {
        return new NodeGetInfoRet(RemoteTypes.chars(i.model(), NODE_MODEL_LENGTH), i.memory(), i.cpus(), i.mhz(),
                i.nodes(), i.sockets(), i.cores(), i.threads());
    }

    public static NodeInfo fromWire(NodeGetInfoRet r) {
        return new NodeInfo(RemoteTypes.string(r.model()), r.memory(), r.cpus(), r.mhz(), r.nodes(), r.sockets(),
                r.cores(), r.threads());
    }

    public static DomainGetInfoRet toWire(DomainInfo i) {
        return new DomainGetInfoRet(i.state().value(), i.maxMem(), i.memory(), i.nrVirtCpu(), i.cpuTime());
    }

    /** state travels as an unsigned char and nrVirtCpu as an unsigned short: only their low bits count. */
    public static DomainInfo fromWire(DomainGetInfoRet r) {
        return new DomainInfo(DomainState.of(r.state() & 0xff), r.maxMem(), r.memory(), r.nrVirtCpu() & 0xffff,
                r.cpuTime());
    }

    public static DomainGetStateRet toWire(DomainStateReason s) {
        return new DomainGetStateRet(s.state().value(), s.reason());
    }

    public static DomainStateReason fromWire(DomainGetStateRet r) {
        return new DomainStateReason(DomainState.of(r.state()), r.reason());
    }

    public static DomainBlockStatsRet toWire(BlockStats s) {
        return new DomainBlockStatsRet(s.rdReq(), s.rdBytes(), s.wrReq(), s.wrBytes(), s.errs());
    }

    public static BlockStats fromWire(DomainBlockStatsRet r) {
        return new BlockStats(r.rdReq(), r.rdBytes(), r.wrReq(), r.wrBytes(), r.errs());
    }

    public static DomainInterfaceStatsRet toWire(InterfaceStats s) {
        return new DomainInterfaceStatsRet(s.rxBytes(), s.rxPackets(), s.rxErrs(), s.rxDrop(), s.txBytes(),
                s.txPackets(), s.txErrs(), s.txDrop());
    }

    public static InterfaceStats fromWire(DomainInterfaceStatsRet r) {
        return new InterfaceStats(r.rxBytes(), r.rxPackets(), r.rxErrs(), r.rxDrop(), r.txBytes(), r.txPackets(),
                r.txErrs(), r.txDrop());
    }

    public static DomainGetJobInfoRet toWire(DomainJobInfo j) {
        return new DomainGetJobInfoRet(j.type(), j.timeElapsed(), j.timeRemaining(), j.dataTotal(),
                j.dataProcessed(), j.dataRemaining(), j.memTotal(), j.memProcessed(), j.memRemaining(), j.fileTotal(),
                j.fileProcessed(), j.fileRemaining());
    }

    public static DomainJobInfo fromWire(DomainGetJobInfoRet r) {
        return new DomainJobInfo(r.type(), r.timeElapsed(), r.timeRemaining(), r.dataTotal(), r.dataProcessed(),
                r.dataRemaining(), r.memTotal(), r.memProcessed(), r.memRemaining(), r.fileTotal(), r.fileProcessed(),
                r.fileRemaining());
    }

    /** Note the wire order: allocation, capacity, physical (virDomainBlockInfo's is capacity first). */
    public static DomainGetBlockInfoRet toWire(DomainBlockInfo b) {
        return new DomainGetBlockInfoRet(b.allocation(), b.capacity(), b.physical());
    }

    public static DomainBlockInfo fromWire(DomainGetBlockInfoRet r) {
        return new DomainBlockInfo(r.capacity(), r.allocation(), r.physical());
    }

    public static DomainGetControlInfoRet toWire(DomainControlInfo c) {
        return new DomainGetControlInfoRet(c.state(), c.details(), c.stateTime());
    }

    public static DomainControlInfo fromWire(DomainGetControlInfoRet r) {
        return new DomainControlInfo(r.state(), r.details(), r.stateTime());
    }

    public static DomainGetTimeRet toWire(DomainTime t) {
        return new DomainGetTimeRet(t.seconds(), t.nseconds());
    }

    public static DomainTime fromWire(DomainGetTimeRet r) {
        return new DomainTime(r.seconds(), r.nseconds());
    }

    public static StoragePoolGetInfoRet toWire(StoragePoolInfo i) {
        return new StoragePoolGetInfoRet(i.state(), i.capacity(), i.allocation(), i.available());
    }

    /** state travels as an unsigned char: only its low byte counts. */
    public static StoragePoolInfo fromWire(StoragePoolGetInfoRet r) {
        return new StoragePoolInfo(r.state() & 0xff, r.capacity(), r.allocation(), r.available());
    }

    public static StorageVolGetInfoRet toWire(StorageVolInfo i) {
        return new StorageVolGetInfoRet(i.type(), i.capacity(), i.allocation());
    }

    /** type travels as a (signed) char: sign-extended from its low byte. */
    public static StorageVolInfo fromWire(StorageVolGetInfoRet r) {
        return new StorageVolInfo((byte) r.type(), r.capacity(), r.allocation());
    }

    public static StorageVolGetInfoFlagsRet toWireFlags(StorageVolInfo i) {
        StorageVolGetInfoRet r = toWire(i);
        return new StorageVolGetInfoFlagsRet(r.type(), r.capacity(), r.allocation());
    }

    public static StorageVolInfo fromWire(StorageVolGetInfoFlagsRet r) {
        return new StorageVolInfo((byte) r.type(), r.capacity(), r.allocation());
    }

    public static List<org.jvirt.rpc.remote.DomainDiskError> diskErrorsToWire(List<DomainDiskError> errors) {
        List<org.jvirt.rpc.remote.DomainDiskError> out = new ArrayList<>(errors.size());
        for (DomainDiskError e : errors) {
            out.add(new org.jvirt.rpc.remote.DomainDiskError(e.disk(), e.error()));
        }
        return out;
    }

    public static List<DomainDiskError> diskErrorsFromWire(List<org.jvirt.rpc.remote.DomainDiskError> errors) {
        List<DomainDiskError> out = new ArrayList<>(errors.size());
        for (org.jvirt.rpc.remote.DomainDiskError e : errors) {
            out.add(new DomainDiskError(e.disk(), e.error()));
        }
        return out;
    }

    public static List<DomainMemoryStat> memoryStatsToWire(List<MemoryStat> stats) {
        List<DomainMemoryStat> out = new ArrayList<>(stats.size());
        for (MemoryStat s : stats) {
            out.add(new DomainMemoryStat(s.tag(), s.value()));
        }
        return out;
    }

    public static List<MemoryStat> memoryStatsFromWire(List<DomainMemoryStat> stats) {
        List<MemoryStat> out = new ArrayList<>(stats.size());
        for (DomainMemoryStat s : stats) {
            out.add(new MemoryStat(s.tag(), s.val()));
        }
        return out;
    }

    /** virDomainGetVcpus' two arrays: the infos and, vcpu after vcpu, {@code maplen} bytes of affinity each. */
    public static DomainGetVcpusRet vcpusToWire(List<VcpuInfo> vcpus, int maplen) {
        List<org.jvirt.rpc.remote.VcpuInfo> info = new ArrayList<>(vcpus.size());
        byte[] maps = new byte[vcpus.size() * maplen];
        for (int i = 0; i < vcpus.size(); i++) {
            VcpuInfo v = vcpus.get(i);
            info.add(new org.jvirt.rpc.remote.VcpuInfo(v.number(), v.state(), v.cpuTime(), v.cpu()));
            System.arraycopy(cpumap(v.affinity(), maplen), 0, maps, i * maplen, maplen);
        }
        return new DomainGetVcpusRet(info, maps);
    }

    /** The inverse of {@link #vcpusToWire}, with affinities {@code cpus} wide (the host's CPU count). */
    public static List<VcpuInfo> vcpusFromWire(DomainGetVcpusRet r, int maplen, int cpus) {
        List<VcpuInfo> out = new ArrayList<>(r.info().size());
        for (int i = 0; i < r.info().size(); i++) {
            org.jvirt.rpc.remote.VcpuInfo v = r.info().get(i);
            boolean[] affinity = cpus(r.cpumaps(), i * maplen, maplen, cpus);
            out.add(new VcpuInfo(v.number(), v.state(), v.cpuTime(), v.cpu(), affinity));
        }
        return out;
    }

    /** The bytes needed for a bitmap of {@code cpus} CPUs (VIR_CPU_MAPLEN). */
    public static int mapLength(int cpus) {
        return (cpus + 7) / 8;
    }

    /** A CPU bitmap of {@code maplen} bytes from one flag per CPU (CPUs beyond the map are dropped). */
    public static byte[] cpumap(boolean[] usable, int maplen) {
        byte[] map = new byte[maplen];
        for (int cpu = 0; cpu < usable.length && cpu / 8 < maplen; cpu++) {
            if (usable[cpu]) {
                map[cpu / 8] |= (byte) (1 << (cpu % 8));
            }
        }
        return map;
    }

    /**
     * One flag per CPU for {@code cpus} CPUs, read from the {@code maplen}-byte bitmap at {@code offset} of
     * {@code maps} (cpumaps hold one such map per vcpu); bits beyond the bytes present read as unusable.
     */
    public static boolean[] cpus(byte[] maps, int offset, int maplen, int cpus) {
        boolean[] usable = new boolean[cpus];
        for (int cpu = 0; cpu < cpus && cpu / 8 < maplen; cpu++) {
            int at = offset + cpu / 8;
            usable[cpu] = at < maps.length && (maps[at] & (1 << (cpu % 8))) != 0;
        }
        return usable;
    }
}
