package org.jvirt.driver.qemu.net;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The few Linux calls host networking needs, through the FFM API: the tun driver's ioctls on /dev/net/tun and
 * the classic interface ioctls (struct ifreq) on a datagram socket. They act in the network namespace of the
 * JVM, as libvirt's virnetdev*.c calls do; nothing here spawns a process. Every failure carries errno.
 */
final class Tun {

    /** A failed system call: errno and its strerror text. */
    static final class ErrnoException extends Exception {
        final int errno;

        ErrnoException(int errno) {
            super(strerror(errno));
            this.errno = errno;
        }
    }

    static final int EBUSY = 16;
    static final int ENODEV = 19;

    // <linux/if_tun.h>
    private static final long TUNSETIFF = 0x400454caL;
    private static final long TUNSETPERSIST = 0x400454cbL;
    private static final long TUNSETOWNER = 0x400454ccL;
    private static final short IFF_TAP = 0x0002;
    private static final short IFF_NO_PI = 0x1000;
    private static final short IFF_VNET_HDR = 0x4000;
    private static final short IFF_TUN_EXCL = (short) 0x8000;
    // <linux/sockios.h>
    private static final long SIOCGIFFLAGS = 0x8913;
    private static final long SIOCSIFFLAGS = 0x8914;
    private static final long SIOCGIFMTU = 0x8921;
    private static final long SIOCSIFMTU = 0x8922;
    private static final long SIOCSIFHWADDR = 0x8924;
    private static final long SIOCBRADDIF = 0x89a2;
    private static final short IFF_UP = 0x1;
    private static final short ARPHRD_ETHER = 1;

    private static final int O_RDWR = 2;
    private static final int O_CLOEXEC = 0x80000;
    private static final int AF_INET = 2;
    private static final int SOCK_DGRAM = 2;
    private static final int IFNAMSIZ = 16;
    private static final int IFREQ_SIZE = 40; // name[16] + the largest union member (struct ifmap, 24 bytes)

    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private static final MethodHandle OPEN;
    private static final MethodHandle SOCKET;
    private static final MethodHandle IOCTL_PTR;
    private static final MethodHandle IOCTL_LONG;
    private static final MethodHandle CLOSE;
    private static final MethodHandle STRERROR;
    private static final MethodHandle IF_NAMETOINDEX;

    static {
        Linker linker = Linker.nativeLinker();
        SymbolLookup libc = linker.defaultLookup();
        Linker.Option errno = Linker.Option.captureCallState("errno");
        OPEN = linker.downcallHandle(libc.find("open").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT),
                errno, Linker.Option.firstVariadicArg(2));
        SOCKET = linker.downcallHandle(libc.find("socket").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT), errno);
        IOCTL_PTR = linker.downcallHandle(libc.find("ioctl").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS),
                errno, Linker.Option.firstVariadicArg(2));
        IOCTL_LONG = linker.downcallHandle(libc.find("ioctl").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG),
                errno, Linker.Option.firstVariadicArg(2));
        CLOSE = linker.downcallHandle(libc.find("close").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        STRERROR = linker.downcallHandle(libc.find("strerror").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        IF_NAMETOINDEX = linker.downcallHandle(libc.find("if_nametoindex").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS), errno);
    }

    private Tun() {
    }

    /**
     * Creates (or, unless {@code exclusive}, attaches to) the tap {@code name} and makes it persistent and owned
     * by {@code uid}, so that it outlives this call and QEMU can open it by name. With {@code exclusive}
     * (IFF_TUN_EXCL) an existing device of that name fails with EBUSY instead of being adopted: generated names
     * are claimed atomically, even against other programs creating taps at the same time.
     */
    static void createPersistentTap(String name, boolean exclusive, int uid) throws ErrnoException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            int fd = openTun(a, st);
            try {
                MemorySegment ifr = ifreq(a, name);
                short flags = (short) (IFF_TAP | IFF_NO_PI | IFF_VNET_HDR | (exclusive ? IFF_TUN_EXCL : 0));
                ifr.set(ValueLayout.JAVA_SHORT, IFNAMSIZ, flags);
                check((int) IOCTL_PTR.invokeExact(st, fd, TUNSETIFF, ifr), st);
                check((int) IOCTL_LONG.invokeExact(st, fd, TUNSETOWNER, (long) uid), st);
                check((int) IOCTL_LONG.invokeExact(st, fd, TUNSETPERSIST, 1L), st);
            } finally {
                int ignored = (int) CLOSE.invokeExact(fd);
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * Removes a persistent tap (libvirt's virNetDevTapDelete): attach, clear the persist flag, close. A name that
     * is not a tap fails (EINVAL) and is left alone.
     */
    static void deletePersistentTap(String name) throws ErrnoException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            int fd = openTun(a, st);
            try {
                MemorySegment ifr = ifreq(a, name);
                ifr.set(ValueLayout.JAVA_SHORT, IFNAMSIZ, (short) (IFF_TAP | IFF_NO_PI | IFF_VNET_HDR));
                check((int) IOCTL_PTR.invokeExact(st, fd, TUNSETIFF, ifr), st);
                check((int) IOCTL_LONG.invokeExact(st, fd, TUNSETPERSIST, 0L), st);
            } finally {
                int ignored = (int) CLOSE.invokeExact(fd);
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    static int getMtu(String dev) throws ErrnoException {
        return ifreqCall(dev, SIOCGIFMTU, ifr -> { }).getInt(IFNAMSIZ);
    }

    static void setMtu(String dev, int mtu) throws ErrnoException {
        ifreqCall(dev, SIOCSIFMTU, ifr -> ifr.set(ValueLayout.JAVA_INT, IFNAMSIZ, mtu));
    }

    /** SIOCSIFHWADDR with an Ethernet sockaddr: family ARPHRD_ETHER, then the 6 address bytes. */
    static void setMac(String dev, byte[] mac) throws ErrnoException {
        ifreqCall(dev, SIOCSIFHWADDR, ifr -> {
            ifr.set(ValueLayout.JAVA_SHORT, IFNAMSIZ, ARPHRD_ETHER);
            MemorySegment.copy(mac, 0, ifr, ValueLayout.JAVA_BYTE, IFNAMSIZ + 2, 6);
        });
    }

    /** Sets or clears IFF_UP, keeping the other flags (read-modify-write as libvirt's virNetDevSetIFFlag). */
    static void setUp(String dev, boolean up) throws ErrnoException {
        short flags = ifreqCall(dev, SIOCGIFFLAGS, ifr -> { }).getShort(IFNAMSIZ);
        short want = (short) (up ? flags | IFF_UP : flags & ~IFF_UP);
        if (want != flags) {
            ifreqCall(dev, SIOCSIFFLAGS, ifr -> ifr.set(ValueLayout.JAVA_SHORT, IFNAMSIZ, want));
        }
    }

    /** SIOCBRADDIF on the bridge with the port's ifindex (what brctl addif and libvirt do). */
    static void bridgeAddPort(String bridge, String port) throws ErrnoException {
        int index;
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            index = (int) IF_NAMETOINDEX.invokeExact(st, a.allocateFrom(port));
            if (index == 0) {
                throw new ErrnoException((int) ERRNO.get(st, 0L));
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        int idx = index;
        ifreqCall(bridge, SIOCBRADDIF, ifr -> ifr.set(ValueLayout.JAVA_INT, IFNAMSIZ, idx));
    }

    static String strerror(int errno) {
        try {
            MemorySegment s = (MemorySegment) STRERROR.invokeExact(errno);
            return s.reinterpret(1024).getString(0, StandardCharsets.UTF_8);
        } catch (Throwable t) {
            return "errno " + errno;
        }
    }

    private interface Fill {
        void fill(MemorySegment ifr);
    }

    /** One ifreq ioctl on a fresh AF_INET datagram socket; returns the ifreq after the call (native order). */
    private static ByteBuffer ifreqCall(String dev, long request, Fill fill) throws ErrnoException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            int s = (int) SOCKET.invokeExact(st, AF_INET, SOCK_DGRAM | O_CLOEXEC, 0);
            check(s, st);
            try {
                MemorySegment ifr = ifreq(a, dev);
                fill.fill(ifr);
                check((int) IOCTL_PTR.invokeExact(st, s, request, ifr), st);
                return ByteBuffer.wrap(ifr.toArray(ValueLayout.JAVA_BYTE)).order(ByteOrder.nativeOrder());
            } finally {
                int ignored = (int) CLOSE.invokeExact(s);
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static int openTun(Arena a, MemorySegment st) throws Throwable {
        int fd = (int) OPEN.invokeExact(st, a.allocateFrom("/dev/net/tun"), O_RDWR | O_CLOEXEC);
        check(fd, st);
        return fd;
    }

    private static MemorySegment ifreq(Arena a, String name) throws ErrnoException {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        if (n.length >= IFNAMSIZ) {
            throw new ErrnoException(34); // ERANGE, as libvirt reports a name that does not fit
        }
        MemorySegment ifr = a.allocate(IFREQ_SIZE, 8);
        MemorySegment.copy(n, 0, ifr, ValueLayout.JAVA_BYTE, 0, n.length);
        return ifr;
    }

    private static void check(int rc, MemorySegment st) throws ErrnoException {
        if (rc < 0) {
            throw new ErrnoException((int) ERRNO.get(st, 0L));
        }
    }
}
