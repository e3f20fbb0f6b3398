package org.jvirt.driver.qemu.caps;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.ByteOrder;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Whether KVM really works here: not whether /dev/kvm exists (libvirt's test), not even whether a VM can be
 * created, but whether a vCPU runs guest code at hardware speed. On nested hosts without usable VT-x,
 * KVM_CREATE_VM succeeds and QEMU's query-kvm says enabled, yet every guest instruction is emulated, ~1000x
 * slower than TCG would be; a Linux guest then never boots. The probe (FFM, no helper binary): create a VM with
 * one page of real-mode code {@code mov ecx, N; l: dec ecx; jnz l; hlt}, run it, and require HLT within a
 * budget that real KVM meets hundreds of times over (N = 1e6 iterations take ~1 ms on hardware).
 */
public final class KvmProbe {

    /** The answer and why, for logs and capabilities diagnostics. */
    public record Result(boolean usable, String reason) {
    }

    private static final long KVM_CREATE_VM = 0xAE01;
    private static final long KVM_GET_VCPU_MMAP_SIZE = 0xAE04;
    private static final long KVM_CREATE_VCPU = 0xAE41;
    private static final long KVM_SET_USER_MEMORY_REGION = 0x4020AE46L;
    private static final long KVM_GET_SREGS = 0x8138AE83L;
    private static final long KVM_SET_SREGS = 0x4138AE84L;
    private static final long KVM_SET_REGS = 0x4090AE82L;
    private static final long KVM_RUN = 0xAE80;
    private static final int KVM_EXIT_HLT = 5;
    private static final int KVM_EXIT_INTR = 10;
    private static final int O_RDWR = 2;
    private static final int O_CLOEXEC = 0x80000;
    private static final int PROT_RW = 3;
    private static final int MAP_SHARED = 1;
    private static final int ITERATIONS = 1_000_000;
    private static final long BUDGET_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long GUEST_ADDR = 0x1000;

    private static volatile Result cached;

    private KvmProbe() {
    }

    /** Probes once per process (the answer cannot change while it runs). */
    public static Result probe() {
        Result r = cached;
        if (r == null) {
            r = runWithDeadline();
            cached = r;
        }
        return r;
    }

    /** KVM_RUN could block for good on a broken host: run on a daemon thread and give up after a deadline. */
    private static Result runWithDeadline() {
        CompletableFuture<Result> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(run());
            } catch (Throwable e) {
                f.complete(new Result(false, "KVM probe failed: " + e));
            }
        }, "kvm-probe");
        t.setDaemon(true);
        t.start();
        try {
            return f.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            return new Result(false, "KVM probe did not finish: a vCPU never reached HLT");
        }
    }

    private static Result run() throws Throwable {
        Linker linker = Linker.nativeLinker();
        SymbolLookup libc = linker.defaultLookup();
        MethodHandle open = linker.downcallHandle(libc.find("open").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT),
                Linker.Option.firstVariadicArg(2));
        MethodHandle ioctl = linker.downcallHandle(libc.find("ioctl").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS),
                Linker.Option.firstVariadicArg(2));
        MethodHandle ioctlLong = linker.downcallHandle(libc.find("ioctl").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG),
                Linker.Option.firstVariadicArg(2));
        MethodHandle close = linker.downcallHandle(libc.find("close").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        MethodHandle mmap = linker.downcallHandle(libc.find("mmap").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG,
                        ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
        MethodHandle munmap = linker.downcallHandle(libc.find("munmap").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));

        try (Arena arena = Arena.ofConfined()) {
            int kvm = (int) open.invokeExact(arena.allocateFrom("/dev/kvm"), O_RDWR | O_CLOEXEC);
            if (kvm < 0) {
                return new Result(false, "cannot open /dev/kvm");
            }
            int vm = -1;
            int vcpu = -1;
            try {
                vm = (int) ioctlLong.invokeExact(kvm, KVM_CREATE_VM, 0L);
                if (vm < 0) {
                    return new Result(false, "KVM_CREATE_VM failed");
                }
                MemorySegment mem = arena.allocate(0x1000, 0x1000);
                ValueLayout.OfInt le = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
                byte[] code = {0x66, (byte) 0xb9, 0, 0, 0, 0, 0x66, 0x49, 0x75, (byte) 0xfc, (byte) 0xf4};
                MemorySegment.copy(code, 0, mem, ValueLayout.JAVA_BYTE, 0, code.length);
                mem.set(le, 2, ITERATIONS);

                // struct kvm_userspace_memory_region { u32 slot, flags; u64 guest_phys_addr, memory_size, userspace_addr; }
                MemorySegment region = arena.allocate(32, 8);
                region.set(ValueLayout.JAVA_LONG, 8, GUEST_ADDR);
                region.set(ValueLayout.JAVA_LONG, 16, 0x1000);
                region.set(ValueLayout.JAVA_LONG, 24, mem.address());
                if ((int) ioctl.invokeExact(vm, KVM_SET_USER_MEMORY_REGION, region) < 0) {
                    return new Result(false, "KVM_SET_USER_MEMORY_REGION failed");
                }
                vcpu = (int) ioctlLong.invokeExact(vm, KVM_CREATE_VCPU, 0L);
                if (vcpu < 0) {
                    return new Result(false, "KVM_CREATE_VCPU failed");
                }
                long runSize = (int) ioctlLong.invokeExact(kvm, KVM_GET_VCPU_MMAP_SIZE, 0L);
                MemorySegment run = ((MemorySegment) mmap.invokeExact(MemorySegment.NULL, runSize, PROT_RW, MAP_SHARED, vcpu, 0L))
                        .reinterpret(runSize);
                if (run.address() == -1L) {
                    return new Result(false, "mmap of the vCPU run area failed");
                }
                try {
                    // real mode, CS base 0 selector 0 (struct kvm_sregs starts with cs: u64 base, u32 limit, u16 selector)
                    MemorySegment sregs = arena.allocate(312, 8);
                    if ((int) ioctl.invokeExact(vcpu, KVM_GET_SREGS, sregs) < 0) {
                        return new Result(false, "KVM_GET_SREGS failed");
                    }
                    sregs.set(ValueLayout.JAVA_LONG, 0, 0L);
                    sregs.set(ValueLayout.JAVA_SHORT, 12, (short) 0);
                    if ((int) ioctl.invokeExact(vcpu, KVM_SET_SREGS, sregs) < 0) {
                        return new Result(false, "KVM_SET_SREGS failed");
                    }
                    MemorySegment regs = arena.allocate(144, 8); // struct kvm_regs: 18 u64, rip at 16, rflags at 17
                    regs.set(ValueLayout.JAVA_LONG, 16 * 8, GUEST_ADDR);
                    regs.set(ValueLayout.JAVA_LONG, 17 * 8, 2L);
                    if ((int) ioctl.invokeExact(vcpu, KVM_SET_REGS, regs) < 0) {
                        return new Result(false, "KVM_SET_REGS failed");
                    }
                    long t0 = System.nanoTime();
                    int exit;
                    do {
                        if ((int) ioctlLong.invokeExact(vcpu, KVM_RUN, 0L) < 0) {
                            return new Result(false, "KVM_RUN failed");
                        }
                        exit = run.get(ValueLayout.JAVA_INT, 8);
                    } while (exit == KVM_EXIT_INTR);
                    long took = System.nanoTime() - t0;
                    if (exit != KVM_EXIT_HLT) {
                        return new Result(false, "KVM vCPU exited with reason " + exit + " instead of HLT");
                    }
                    if (took > BUDGET_NANOS) {
                        return new Result(false, String.format(
                                "KVM runs guest code too slowly to be usable (%d loop iterations took %.1f ms; "
                                        + "nested virtualization without hardware support?)", ITERATIONS, took / 1e6));
                    }
                    return new Result(true, String.format("KVM works (%.2f ms for %d iterations)", took / 1e6, ITERATIONS));
                } finally {
                    int ignored = (int) munmap.invokeExact(run, runSize);
                }
            } finally {
                if (vcpu >= 0) {
                    int ignored = (int) close.invokeExact(vcpu);
                }
                if (vm >= 0) {
                    int ignored = (int) close.invokeExact(vm);
                }
                int ignored = (int) close.invokeExact(kvm);
            }
        }
    }
}
