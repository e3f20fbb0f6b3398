package org.jvirt.driver.qemu.net;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * {@link NetHost} on Linux. Taps are made with the tun driver's ioctls and configured with the classic
 * interface ioctls ({@link Tun}, FFM) rather than by running {@code ip}: the generated name is claimed
 * atomically (IFF_TUN_EXCL, so two starts can never share a tap), errors carry errno in libvirt's own words
 * ("Cannot get interface MTU on 'br0': No such device"), no process is spawned per step, and the driver needs no
 * iproute2. The only process started is a user's {@code <script>}, directly with the tap name as argv[1].
 */
final class LinuxNetHost implements NetHost {

    private final int uid = currentUid();

    @Override
    public boolean createTap(String name, boolean exclusive) {
        try {
            Tun.createPersistentTap(name, exclusive, uid);
            return true;
        } catch (Tun.ErrnoException e) {
            if (exclusive && e.errno == Tun.EBUSY) {
                return false;
            }
            throw sys(e, "Unable to create tap device %s", name);
        }
    }

    @Override
    public void deleteTap(String name) {
        try {
            Tun.deletePersistentTap(name);
        } catch (Tun.ErrnoException e) {
            throw sys(e, "Unable to make TAP device %s non-persistent", name);
        }
    }

    @Override
    public int mtu(String dev) {
        try {
            return Tun.getMtu(dev);
        } catch (Tun.ErrnoException e) {
            throw sys(e, "Cannot get interface MTU on '%s'", dev);
        }
    }

    @Override
    public void setMtu(String dev, int mtu) {
        try {
            Tun.setMtu(dev, mtu);
        } catch (Tun.ErrnoException e) {
            throw sys(e, "Cannot set interface MTU on '%s'", dev);
        }
    }

    @Override
    public void setMac(String dev, String mac) {
        try {
            Tun.setMac(dev, HexFormat.ofDelimiter(":").parseHex(mac));
        } catch (Tun.ErrnoException e) {
            throw sys(e, "Cannot set interface MAC on '%s'", dev);
        }
    }

    @Override
    public void addBridgePort(String bridge, String port) {
        try {
            Tun.bridgeAddPort(bridge, port);
        } catch (Tun.ErrnoException e) {
            throw sys(e, "Unable to add bridge %s port %s", bridge, port);
        }
    }

    @Override
    public void setOnline(String dev) {
        try {
            Tun.setUp(dev, true);
        } catch (Tun.ErrnoException e) {
            throw sys(e, "Cannot set interface flags on '%s'", dev);
        }
    }

    @Override
    public void runScript(String script, String tap) {
        Process p;
        try {
            p = new ProcessBuilder(List.of(script, tap)).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.NONE, "cannot execute binary %s: %s", script,
                    e.getMessage());
        }
        int rc;
        try {
            rc = p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.NONE, "Child process (%s %s) interrupted", script, tap);
        }
        if (rc != 0) {
            // a process killed by signal N exits as 128+N in Java's view; libvirt words the two cases apart
            String how = rc > 128 ? "fatal signal " + (rc - 128) : "exit status " + rc;
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.NONE, "Child process (%s %s) unexpected %s",
                    script, tap, how);
        }
    }

    private static VirtException sys(Tun.ErrnoException e, String fmt, Object... args) {
        return VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.NONE, String.format(fmt, args) + ": " + e.getMessage());
    }

    private static int currentUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException e) {
            return 0;
        }
    }
}
