package org.jvirt.driver.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jvirt.DomainFSInfo;
import org.jvirt.DomainInterface;
import org.jvirt.TypedParameter;
import org.jvirt.conf.domain.DiskDef;
import org.jvirt.conf.domain.InterfaceDef;
import org.jvirt.core.DomainObj;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEventDetail;
import org.jvirt.spi.DomainEventBody;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * Rename and the guest-facing calls libvirt's test driver answers with canned data (keys, NMI, signals,
 * passwords, the two test filesystems, interface addresses, CPU time).
 */
interface TestGuestOps extends HypervisorDriver {

    TestDriver driver();

    /** The two filesystems every running test domain with a disk has. */
    List<String> MOUNTPOINTS = List.of("/", "/boot");
    /** virKeycodeSet's names in enum order. */
    List<String> CODESETS = List.of("linux", "xt", "atset1", "atset2", "atset3", "os_x", "xt_kbd", "win32", "usb",
            "rfb", "qnum");

    /**
     * Whether a code exists in the codeset's table (libvirt's keymaps): Linux codes run to KEY_MAX (0x2ff), USB
     * HID usages to 0xe7, the scancode sets within a byte and a prefix byte. An approximation of the tables.
     */
    private static boolean knownKey(int codeset, int code) {
        return switch (codeset < 0 || codeset >= CODESETS.size() ? "" : CODESETS.get(codeset)) {
            case "linux" -> code >= 0 && code <= 0x2ff;
            case "usb" -> code >= 0 && code <= 0xe7;
            case "" -> false;
            default -> code >= 0 && code <= 0xe0ff;
        };
    }

    /** VIR_DOMAIN_PROCESS_SIGNAL_LAST. */
    int SIGNAL_LAST = 65;

    @Override
    default DomainRef domainRename(DomainRef dom, String newName, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainRename");
        return driver().withDom(dom, obj -> {
            if (obj.isActive()) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.TEST, "cannot rename active domain");
            }
            if (!obj.isPersistent()) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.TEST,
                        "cannot rename a transient domain");
            }
            DomainRef old = obj.ref();
            driver().domains.rename(obj, newName, () -> {
                if (newName.contains("/")) {
                    throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.TEST, "name %s cannot contain '/'",
                            newName);
                }
                obj.setDef(obj.def().withName(newName));
            });
            driver().events.raise(old, DomainEventBody.Lifecycle.of(DomainEventDetail.Undefined.RENAMED));
            driver().events.raise(obj.ref(), DomainEventBody.Lifecycle.of(DomainEventDetail.Defined.RENAMED));
            return obj.ref();
        });
    }

    /** testDomainSendKey: every keycode must exist in the codeset; the domain must run. */
    @Override
    default void domainSendKey(DomainRef dom, int codeset, int holdtime, int[] keycodes, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainSendKey");
        for (int k : keycodes) {
            if (!knownKey(codeset, k)) {
                throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.TEST, "invalid keycode %d of %s codeset",
                        k, CODESETS.get(codeset));
            }
        }
        driver().runDom(dom, TestDriver::checkActive);
    }

    @Override
    default void domainInjectNMI(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainInjectNMI");
        driver().runDom(dom, TestDriver::checkActive);
    }

    /** Only pid 1 and a known signal; the domain need not run. */
    @Override
    default void domainSendProcessSignal(DomainRef dom, long pid, int signum, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainSendProcessSignal");
        if (pid != 1) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                    "only sending a signal to pid 1 is supported");
        }
        if (Integer.compareUnsigned(signum, SIGNAL_LAST) >= 0) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST, "signum value %d is out of range",
                    signum);
        }
        driver().runDom(dom, obj -> { });
    }

    @Override
    default void domainSetUserPassword(DomainRef dom, String user, String password, int flags) {
        VirErrors.checkFlags(flags, 1, ErrorDomain.TEST, "testDomainSetUserPassword");
        driver().runDom(dom, TestDriver::checkActive);
    }

    /** Which of the two filesystems the call names (all when none is named). */
    private static boolean[] selected(List<String> mountpoints) {
        boolean[] sel = new boolean[2];
        if (mountpoints.isEmpty()) {
            sel[0] = sel[1] = true;
        }
        for (String m : mountpoints) {
            int i = MOUNTPOINTS.indexOf(m);
            if (i < 0) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.TEST, "mount point not found: %s", m);
            }
            sel[i] = true;
        }
        return sel;
    }

    private int freezeOrThaw(DomainRef dom, List<String> mountpoints, int flags, boolean freeze, String fn) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, fn);
        return driver().withDom(dom, obj -> {
            TestDriver.checkActive(obj);
            boolean[] sel = selected(mountpoints);
            boolean[] state = driver().frozen.computeIfAbsent(obj.uuid(), u -> new boolean[2]);
            int n = 0;
            for (int i = 0; i < 2; i++) {
                if (sel[i] && state[i] != freeze) {
                    state[i] = freeze;
                    n++;
                }
            }
            return n;
        });
    }

    @Override
    default int domainFSFreeze(DomainRef dom, List<String> mountpoints, int flags) {
        return freezeOrThaw(dom, mountpoints, flags, true, "testDomainFSFreeze");
    }

    @Override
    default int domainFSThaw(DomainRef dom, List<String> mountpoints, int flags) {
        return freezeOrThaw(dom, mountpoints, flags, false, "testDomainFSThaw");
    }

    @Override
    default void domainFSTrim(DomainRef dom, String mountPoint, long minimum, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainFSTrim");
        driver().runDom(dom, obj -> {
            TestDriver.checkActive(obj);
            if (mountPoint != null && !MOUNTPOINTS.contains(mountPoint)) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.TEST, "mount point not found: %s",
                        mountPoint);
            }
        });
    }

    /**
     * Any active domain (paused too, unlike domainGetTime) takes the time as given, unchecked; with SYNC the
     * test driver still stores the given time (virsh passes 0), as libvirt's does.
     */
    @Override
    default void domainSetTime(DomainRef dom, long seconds, int nseconds, int flags) {
        VirErrors.checkFlags(flags, org.jvirt.flags.DomainTimeFlag.SYNC.value(), ErrorDomain.TEST,
                "testDomainSetTime");
        driver().runDom(dom, obj -> {
            TestDriver.checkActive(obj);
            driver().setClock(obj, new org.jvirt.DomainTime(seconds, nseconds));
        });
    }

    /** The first disk (device "disk") carries "/" on partition 1 and "/boot" on partition 2. */
    @Override
    default List<DomainFSInfo> domainGetFSInfo(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainGetFSInfo");
        return driver().withDom(dom, obj -> {
            TestDriver.checkActive(obj);
            for (DiskDef d : obj.def().devices().disks()) {
                if ("disk".equals(d.device())) {
                    String dst = d.targetDev();
                    return List.of(new DomainFSInfo("/", dst + "1", "ext4", List.of(dst)),
                            new DomainFSInfo("/boot", dst + "2", "ext4", List.of(dst)));
                }
            }
            return List.<DomainFSInfo>of();
        });
    }

    /**
     * One IPv4 address per interface: on a network interface 192.168.122.(3 + 20 * (id - 1) + index) (the
     * default network's range, a block of 20 per domain id), otherwise 192.168.0.(1 + index).
     */
    @Override
    default List<DomainInterface> domainInterfaceAddresses(DomainRef dom, int source, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainInterfaceAddresses");
        if (Integer.compareUnsigned(source, 3) >= 0) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST, "Unknown IP address data source %d",
                    source);
        }
        return driver().withDom(dom, obj -> {
            TestDriver.checkActive(obj);
            List<DomainInterface> out = new ArrayList<>();
            List<InterfaceDef> nets = obj.def().devices().interfaces();
            for (int i = 0; i < nets.size(); i++) {
                InterfaceDef n = nets.get(i);
                String addr = "network".equals(n.type())
                        ? "192.168.122." + (3 + 20 * (obj.id() - 1) + i) : "192.168.0." + (1 + i);
                out.add(new DomainInterface(n.ifname(), n.mac(), List.of(new DomainInterface.Address(0, addr, 24))));
            }
            return out;
        });
    }

    @Override
    default int domainGetCPUStatsCount(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, 4, ErrorDomain.TEST, "testDomainGetCPUStats");
        return driver().withDom(dom, obj -> {
            TestDriver.checkActive(obj);
            return hostCpuCount();
        });
    }

    /** Canned CPU times: per CPU n, cpu_time 24.386308517 s + n ns and vcpu_time 23.151740627 s + n ns. */
    @Override
    default List<List<TypedParameter>> domainGetCPUStats(DomainRef dom, int startCpu, int ncpus, int flags) {
        VirErrors.checkFlags(flags, 4, ErrorDomain.TEST, "testDomainGetCPUStats");
        return driver().withDom(dom, obj -> {
            TestDriver.checkActive(obj);
            if (startCpu == -1) {
                return List.of(List.<TypedParameter>of(new TypedParameter.ULLong("cpu_time", 48772617035L),
                        new TypedParameter.ULLong("user_time", 5540000000L),
                        new TypedParameter.ULLong("system_time", 6460000000L)));
            }
            int total = hostCpuCount();
            if (startCpu >= total) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                        "start_cpu %d larger than maximum of %d", startCpu, total - 1);
            }
            List<List<TypedParameter>> out = new ArrayList<>();
            for (int c = startCpu; c < Math.min(total, startCpu + ncpus); c++) {
                out.add(List.of(new TypedParameter.ULLong("cpu_time", 24386308517L + c),
                        new TypedParameter.ULLong("vcpu_time", 23151740627L + c)));
            }
            return out;
        });
    }

    /** The host's CPUs, as libvirt's virHostCPUGetCount reads them (the highest present CPU + 1). */
    static int hostCpuCount() {
        try {
            String present = Files.readString(Path.of("/sys/devices/system/cpu/present")).strip();
            String last = present.substring(Math.max(present.lastIndexOf(','), present.lastIndexOf('-')) + 1);
            return Integer.parseInt(last) + 1;
        } catch (IOException | RuntimeException e) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    /** No launch security on this driver: no parameters, and no flags taken (the public layer's STRING_OKAY fails). */
    @Override
    default List<TypedParameter> domainGetLaunchSecurityInfo(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainGetLaunchSecurityInfo");
        return driver().withDom(dom, obj -> List.<TypedParameter>of());
    }
}
