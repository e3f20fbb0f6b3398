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
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** virHostCPUGetKVMMaxVCPUs: KVM_CHECK_EXTENSION(KVM_CAP_MAX_VCPUS), else KVM_CAP_NR_VCPUS, on /dev/kvm. */
public final class KvmMaxVcpus {

    private static final long KVM_CHECK_EXTENSION = 0xAE03;
    private static final long KVM_CAP_NR_VCPUS = 9;
    private static final long KVM_CAP_MAX_VCPUS = 66;
    private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    private KvmMaxVcpus() {
    }

    public static int get() {
        Linker linker = Linker.nativeLinker();
        var libc = linker.defaultLookup();
        try (Arena a = Arena.ofConfined()) {
            MethodHandle open = linker.downcallHandle(libc.find("open").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT),
                    Linker.Option.captureCallState("errno"), Linker.Option.firstVariadicArg(2));
            MethodHandle ioctl = linker.downcallHandle(libc.find("ioctl").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG),
                    Linker.Option.firstVariadicArg(2));
            MethodHandle close = linker.downcallHandle(libc.find("close").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            MethodHandle strerror = linker.downcallHandle(libc.find("strerror").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
            MemorySegment st = a.allocate(CAPTURE);
            int fd = (int) open.invokeExact(st, a.allocateFrom("/dev/kvm"), 0x80000 /* O_RDONLY|O_CLOEXEC */);
            if (fd < 0) {
                int errno = (int) ERRNO.get(st, 0L);
                String msg = ((MemorySegment) strerror.invokeExact(errno)).reinterpret(256).getString(0);
                throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.NONE, "Unable to open %s: %s", "/dev/kvm", msg);
            }
            try {
                int n = (int) ioctl.invokeExact(fd, KVM_CHECK_EXTENSION, KVM_CAP_MAX_VCPUS);
                if (n <= 0) {
                    n = (int) ioctl.invokeExact(fd, KVM_CHECK_EXTENSION, KVM_CAP_NR_VCPUS);
                }
                if (n <= 0) {
                    throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.NONE, "Unable to get max VCPUs: %s", "unsupported");
                }
                return n;
            } finally {
                int ignored = (int) close.invokeExact(fd);
            }
        } catch (VirtException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
