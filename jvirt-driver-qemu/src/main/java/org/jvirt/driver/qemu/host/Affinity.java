package org.jvirt.driver.qemu.host;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.BitSet;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * sched_getaffinity / sched_setaffinity of one thread (a vCPU or the emulator), through the FFM API as libvirt's
 * virProcessGetAffinity / virProcessSetAffinity call them. The kernel's mask is sized for {@link #MAX_CPUS}, as
 * libvirt sizes it generously so that hosts with many CPUs work.
 */
public final class Affinity {

    /** The largest CPU number handled (glibc's CPU_SETSIZE is 1024; libvirt uses 1024 * 8 bits too). */
    static final int MAX_CPUS = 8192;
    private static final int MASK_BYTES = MAX_CPUS / 8;

    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle GET;
    private static final MethodHandle SET;
    private static final MethodHandle STRERROR;

    static {
        Linker linker = Linker.nativeLinker();
        var libc = linker.defaultLookup();
        Linker.Option errno = Linker.Option.captureCallState("errno");
        FunctionDescriptor fd = FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS);
        GET = linker.downcallHandle(libc.find("sched_getaffinity").orElseThrow(), fd, errno);
        SET = linker.downcallHandle(libc.find("sched_setaffinity").orElseThrow(), fd, errno);
        STRERROR = linker.downcallHandle(libc.find("strerror").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    }

    private Affinity() {
    }

    /** The CPUs thread {@code tid} may run on; libvirt's "cannot get CPU affinity of process %d" when it cannot. */
    public static BitSet get(long tid) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            MemorySegment mask = a.allocate(MASK_BYTES, 8);
            int rc = (int) GET.invokeExact(st, (int) tid, (long) MASK_BYTES, mask);
            if (rc < 0) {
                throw sysError((int) ERRNO.get(st, 0L), "cannot get CPU affinity of process %d", tid);
            }
            return BitSet.valueOf(mask.asByteBuffer());
        } catch (VirtException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Restricts thread {@code tid} to {@code cpus}; libvirt's "cannot set CPU affinity on process %d" when refused. */
    public static void set(long tid, BitSet cpus) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment st = a.allocate(CAPTURE);
            MemorySegment mask = a.allocate(MASK_BYTES, 8);
            byte[] b = cpus.toByteArray();
            MemorySegment.copy(b, 0, mask, ValueLayout.JAVA_BYTE, 0, Math.min(b.length, MASK_BYTES));
            int rc = (int) SET.invokeExact(st, (int) tid, (long) MASK_BYTES, mask);
            if (rc < 0) {
                throw sysError((int) ERRNO.get(st, 0L), "cannot set CPU affinity on process %d", tid);
            }
        } catch (VirtException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** virReportSystemError: "MESSAGE: strerror(errno)" under VIR_ERR_SYSTEM_ERROR. */
    private static VirtException sysError(int errno, String fmt, long tid) {
        return VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.NONE, fmt + ": %s", tid, strerror(errno));
    }

    private static String strerror(int errno) {
        try {
            MemorySegment s = (MemorySegment) STRERROR.invokeExact(errno);
            return s.reinterpret(256).getString(0);
        } catch (Throwable t) {
            return "errno " + errno;
        }
    }
}
