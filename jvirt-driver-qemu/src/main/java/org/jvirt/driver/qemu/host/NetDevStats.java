package org.jvirt.driver.qemu.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jvirt.InterfaceStats;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** The host's counters of a network device from /proc/net/dev, as virNetDevTapInterfaceStats reads them. */
public final class NetDevStats {

    private static final Path PROC_NET_DEV = Path.of("/proc/net/dev");

    private NetDevStats() {
    }

    /**
     * The counters of {@code ifname}; with {@code swapped} the host's transmit columns become the guest's
     * receive ones (a tap seen from the host's side).
     */
    public static InterfaceStats of(String ifname, boolean swapped) {
        if (ifname == null) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.NONE, "Interface name not provided");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(PROC_NET_DEV);
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.NONE, "Could not open /proc/net/dev: %s", e.getMessage());
        }
        InterfaceStats s = parse(lines, ifname, swapped);
        if (s == null) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.NONE, "/proc/net/dev: Interface not found");
        }
        return s;
    }

    /** The line "  NAME: rx_bytes rx_packets rx_errs rx_drop 4 more, tx_bytes tx_packets tx_errs tx_drop 4 more". */
    static InterfaceStats parse(List<String> lines, String ifname, boolean swapped) {
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0 || !line.substring(0, colon).strip().equals(ifname)) {
                continue;
            }
            String[] f = line.substring(colon + 1).strip().split("\\s+");
            if (f.length < 16) {
                continue;
            }
            long[] v = new long[16];
            for (int i = 0; i < 16; i++) {
                v[i] = Long.parseLong(f[i]);
            }
            return swapped
                    ? new InterfaceStats(v[8], v[9], v[10], v[11], v[0], v[1], v[2], v[3])
                    : new InterfaceStats(v[0], v[1], v[2], v[3], v[8], v[9], v[10], v[11]);
        }
        return null;
    }
}
