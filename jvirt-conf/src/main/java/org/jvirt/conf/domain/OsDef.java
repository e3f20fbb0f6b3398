package org.jvirt.conf.domain;

import java.util.List;

/**
 * {@code <os>}: guest OS type, arch/machine, firmware loader, direct kernel boot and boot order.
 *
 * @param type "hvm", "xen", "linux", "exe"
 * @param bootDevs boot devices in order ("hd", "cdrom", "fd", "network")
 * @param bootMenu null, "yes" or "no"
 * @param bootMenuTimeout the menu timeout in ms, or null
 * @param smbiosMode null or "emulate"/"host"/"sysinfo"
 * @param biosUseSerial null, "yes" or "no"
 * @param biosRebootTimeout null or the timeout (ms)
 */
public record OsDef(String type, String arch, String machine, String firmware, Loader loader, String nvram,
        String kernel, String initrd, String cmdline, String dtb, String root, String init, List<String> initArgs,
        List<String> bootDevs, String bootMenu, String bootMenuTimeout, String smbiosMode, String biosUseSerial,
        String biosRebootTimeout) {

    public OsDef {
        initArgs = initArgs == null ? List.of() : List.copyOf(initArgs);
        bootDevs = bootDevs == null ? List.of() : List.copyOf(bootDevs);
    }

    /** {@code <loader readonly= secure= type=>path</loader>}. */
    public record Loader(String path, String readonly, String secure, String type) {
    }

    public static OsDef ofType(String type) {
        return new OsDef(type, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    public OsDef withArch(String a) {
        return new OsDef(type, a, machine, firmware, loader, nvram, kernel, initrd, cmdline, dtb, root, init, initArgs,
                bootDevs, bootMenu, bootMenuTimeout, smbiosMode, biosUseSerial, biosRebootTimeout);
    }

    public OsDef withMachine(String m) {
        return new OsDef(type, arch, m, firmware, loader, nvram, kernel, initrd, cmdline, dtb, root, init, initArgs,
                bootDevs, bootMenu, bootMenuTimeout, smbiosMode, biosUseSerial, biosRebootTimeout);
    }

    public OsDef withBootDevs(List<String> devs) {
        return new OsDef(type, arch, machine, firmware, loader, nvram, kernel, initrd, cmdline, dtb, root, init,
                initArgs, devs, bootMenu, bootMenuTimeout, smbiosMode, biosUseSerial, biosRebootTimeout);
    }

    /** True when the guest boots a kernel image directly (no boot order applies). */
    public boolean directKernelBoot() {
        return kernel != null;
    }
}
