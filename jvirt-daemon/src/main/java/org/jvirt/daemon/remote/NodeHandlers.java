package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.ConnectProcedures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jvirt.NodeCPUMap;
import org.jvirt.NodeInfo;
import org.jvirt.rpc.remote.NodeGetCellsFreeMemoryRet;
import org.jvirt.rpc.remote.NodeGetCpuMapRet;
import org.jvirt.rpc.remote.NodeGetCpuStats;
import org.jvirt.rpc.remote.NodeGetCpuStatsRet;
import org.jvirt.rpc.remote.NodeGetFreeMemoryRet;
import org.jvirt.rpc.remote.NodeGetInfoRet;
import org.jvirt.rpc.remote.NodeGetMemoryStats;
import org.jvirt.rpc.remote.NodeGetMemoryStatsRet;
import org.jvirt.rpc.remote.NodeGetSecurityModelRet;
import org.jvirt.rpc.remote.RemoteLimits;

/** The node procedures, with libvirt's dispatcher rules for sizes ("nparams == 0 asks for the count"). */
final class NodeHandlers {

    /** sizeof(virNodeInfo.model). */
    static final int MODEL_LEN = 32;

    private NodeHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(NODE_GET_INFO, (c, a) -> {
            NodeInfo i = c.conn().nodeGetInfo();
            return new NodeGetInfoRet(Wire.fixedChars(i.model(), MODEL_LEN), i.memory(), i.cpus(), i.mhz(), i.nodes(),
                    i.sockets(), i.cores(), i.threads());
        });
        t.on(NODE_GET_FREE_MEMORY, (c, a) -> new NodeGetFreeMemoryRet(c.conn().nodeGetFreeMemory()));
        t.on(NODE_GET_CELLS_FREE_MEMORY, (c, a) -> {
            if (a.maxcells() > RemoteLimits.NODE_MAX_CELLS) {
                throw Wire.internal("maxCells > REMOTE_NODE_MAX_CELLS");
            }
            return new NodeGetCellsFreeMemoryRet(c.conn().nodeGetCellsFreeMemory(a.startCell(), a.maxcells()));
        });
        t.on(NODE_GET_CPU_STATS, (c, a) -> {
            checkNparams(a.nparams(), RemoteLimits.NODE_CPU_STATS_MAX);
            Map<String, Long> values = c.conn().nodeGetCPUStats(a.cpuNum(), a.flags()).values();
            if (a.nparams() == 0) {
                return new NodeGetCpuStatsRet(List.of(), values.size());
            }
            List<NodeGetCpuStats> out = new ArrayList<>();
            values.forEach((k, v) -> out.add(new NodeGetCpuStats(k, v)));
            return new NodeGetCpuStatsRet(Wire.first(out, a.nparams()), 0);
        });
        t.on(NODE_GET_MEMORY_STATS, (c, a) -> {
            checkNparams(a.nparams(), RemoteLimits.NODE_MEMORY_STATS_MAX);
            Map<String, Long> values = c.conn().nodeGetMemoryStats(a.cellNum(), a.flags()).values();
            if (a.nparams() == 0) {
                return new NodeGetMemoryStatsRet(List.of(), values.size());
            }
            List<NodeGetMemoryStats> out = new ArrayList<>();
            values.forEach((k, v) -> out.add(new NodeGetMemoryStats(k, v)));
            return new NodeGetMemoryStatsRet(Wire.first(out, a.nparams()), 0);
        });
        t.on(NODE_GET_CPU_MAP, (c, a) -> {
            NodeCPUMap m = c.conn().nodeGetCPUMap(a.flags());
            byte[] map = new byte[0];
            if (a.needMap() != 0) {
                map = new byte[Wire.mapLen(m.cpus())];
                Wire.putCpus(m.online(), map, 0, map.length);
            }
            return new NodeGetCpuMapRet(map, a.needOnline() != 0 ? m.onlineCount() : 0, m.cpus());
        });
        t.on(NODE_GET_SECURITY_MODEL, (c, a) -> {
            List<String> model = c.conn().nodeGetSecurityModel();
            return new NodeGetSecurityModelRet(Wire.chars(model.isEmpty() ? "" : model.get(0)),
                    Wire.chars(model.size() < 2 ? "" : model.get(1)));
        });
    }

    static void checkNparams(int nparams, int max) {
        if (nparams < 0) {
            throw Wire.internal("nparams must be non-negative");
        }
        if (nparams > max) {
            throw Wire.internal("nparams too large");
        }
    }
}
