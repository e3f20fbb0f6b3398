package org.jvirt.driver.qemu;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jvirt.conf.domain.DevicesDef;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.GraphicsDef;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * The live side of {@code <graphics type='vnc'>} (qemuProcessGraphicsSetup): a listen with no address gets the
 * driver's default (vnc_listen, 127.0.0.1) and an autoport display the first free port from 5900, as libvirt
 * then shows them in the live XML. A port handed out stays reserved in this process until the caller
 * {@link #release}s it (QEMU has bound it by then), so two guests starting at once do not pick the same one.
 */
final class QemuGraphicsPorts {

    static final int VNC_PORT_MIN = 5900;
    static final int VNC_PORT_MAX = 65535;
    private static final String DEFAULT_LISTEN = "127.0.0.1";
    private static final Set<Integer> RESERVED = ConcurrentHashMap.newKeySet();

    private QemuGraphicsPorts() {
    }

    /** {@code def} with listen addresses and ports filled in; the ports it reserved are added to {@code taken}. */
    static DomainDef assign(DomainDef def, List<Integer> taken) {
        if (def.devices().graphics().isEmpty()) {
            return def;
        }
        DevicesDef.Builder b = def.devices().toBuilder();
        for (int i = 0; i < b.graphics.size(); i++) {
            GraphicsDef g = b.graphics.get(i);
            if (!"vnc".equals(g.type())) {
                continue;
            }
            if (!g.listens().isEmpty() && "address".equals(g.listens().getFirst().type())
                    && g.listens().getFirst().address() == null) {
                GraphicsDef.Listen l = g.listens().getFirst();
                List<GraphicsDef.Listen> ls = new java.util.ArrayList<>(g.listens());
                ls.set(0, new GraphicsDef.Listen("address", DEFAULT_LISTEN, l.network(), l.socket()));
                g = g.withListens(ls);
            }
            if ("yes".equals(g.autoport()) || g.port() < 0) {
                int port = reserve(g.listenAddress() == null ? DEFAULT_LISTEN : g.listenAddress());
                taken.add(port);
                g = g.withPort(port);
            }
            b.graphics.set(i, g);
        }
        return def.withDevices(b.build());
    }

    /** virPortAllocatorAcquire: the first port from 5900 nobody here reserved and nothing on the host holds. */
    private static int reserve(String listen) {
        for (int port = VNC_PORT_MIN; port <= VNC_PORT_MAX; port++) {
            if (RESERVED.contains(port) || !free(listen, port) || !RESERVED.add(port)) {
                continue;
            }
            return port;
        }
        throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.NONE, "Unable to find an unused port in range 'display' (%d-%d)",
                VNC_PORT_MIN, VNC_PORT_MAX);
    }

    private static boolean free(String listen, int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(listen), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void release(List<Integer> ports) {
        RESERVED.removeAll(ports);
    }
}
