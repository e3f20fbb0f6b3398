package org.jvirt;

import static org.jvirt.Connect.requireArg;

import java.util.List;
import org.jvirt.spi.HypervisorDriver;

/**
 * The device, console, screenshot and block job calls of {@link Domain}. Split out of Domain by concern (DESIGN.md
 * rule 11); Domain alone implements it.
 */
public sealed interface DomainDeviceCalls extends DomainCalls permits Domain {

    private HypervisorDriver hv() {
        return getConnect().hv();
    }

    /**
     * virDomainOpenConsole: the console {@code devName} (null: the first console or serial port) on {@code st},
     * which then carries the guest's output (recv) and keys (send). flags: 1 FORCE, 2 SAFE.
     */
    default void openConsole(String devName, Stream st, int flags) {
        Dispatch.write(getConnect(), "virDomainOpenConsole", () -> {
            if (st == null || st.getConnect() != getConnect()) {
                throw org.jvirt.error.VirtException.of(org.jvirt.error.ErrorCode.INVALID_ARG,
                        org.jvirt.spi.Unsupported.apiDomain("virDomainOpenConsole"),
                        "stream must belong to the domain's connection");
            }
            st.attach(hv().domainOpenConsole(ref(), devName, flags));
        });
    }

    /** virDomainAttachDevice: hotplugs into the running domain. */
    default void attachDevice(String xml) {
        Dispatch.write(getConnect(), "virDomainAttachDevice",
                () -> hv().domainAttachDevice(ref(), requireArg(xml, "xml", "virDomainAttachDevice")));
    }

    default void detachDevice(String xml) {
        Dispatch.write(getConnect(), "virDomainDetachDevice",
                () -> hv().domainDetachDevice(ref(), requireArg(xml, "xml", "virDomainDetachDevice")));
    }

    /** flags are DomainDeviceModifyFlag. */
    default void attachDevice(String xml, int flags) {
        Dispatch.write(getConnect(), "virDomainAttachDeviceFlags",
                () -> hv().domainAttachDeviceFlags(ref(), requireArg(xml, "xml", "virDomainAttachDeviceFlags"), flags));
    }

    default void detachDevice(String xml, int flags) {
        Dispatch.write(getConnect(), "virDomainDetachDeviceFlags",
                () -> hv().domainDetachDeviceFlags(ref(), requireArg(xml, "xml", "virDomainDetachDeviceFlags"), flags));
    }

    default void updateDevice(String xml, int flags) {
        Dispatch.write(getConnect(), "virDomainUpdateDeviceFlags",
                () -> hv().domainUpdateDeviceFlags(ref(), requireArg(xml, "xml", "virDomainUpdateDeviceFlags"), flags));
    }

    /** virDomainDetachDeviceAlias: the device with this {@code <alias name>}; flags are DomainDeviceModifyFlag. */
    default void detachDeviceAlias(String alias, int flags) {
        Dispatch.write(getConnect(), "virDomainDetachDeviceAlias",
                () -> hv().domainDetachDeviceAlias(ref(), requireArg(alias, "alias", "virDomainDetachDeviceAlias"), flags));
    }

    default void setBlockThreshold(String dev, long threshold, int flags) {
        String fn = "virDomainSetBlockThreshold";
        Dispatch.write(getConnect(), fn, () -> hv().domainSetBlockThreshold(ref(), requireArg(dev, "dev", fn),
                threshold, flags));
    }

    /** virDomainScreenshot: the image of {@code screen} comes out of {@code st}; returns its MIME type. */
    default String screenshot(Stream st, int screen, int flags) {
        return Dispatch.write(getConnect(), "virDomainScreenshot", () -> {
            if (st == null || st.getConnect() != getConnect()) {
                throw org.jvirt.error.VirtException.of(org.jvirt.error.ErrorCode.INVALID_ARG,
                        org.jvirt.spi.Unsupported.apiDomain("virDomainScreenshot"),
                        "stream must belong to the domain's connection");
            }
            org.jvirt.spi.DomainBlockJobDriver.Screenshot shot = hv().domainScreenshot(ref(), screen, flags);
            st.attach(shot.stream());
            return shot.mime();
        });
    }

    default void blockResize(String disk, long size, int flags) {
        Dispatch.write(getConnect(), "virDomainBlockResize", () -> hv().domainBlockResize(ref(),
                requireArg(disk, "disk", "virDomainBlockResize"), size, flags));
    }

    default void blockJobAbort(String disk, int flags) {
        Dispatch.write(getConnect(), "virDomainBlockJobAbort", () -> hv().domainBlockJobAbort(ref(),
                requireArg(disk, "disk", "virDomainBlockJobAbort"), flags));
    }

    /** virDomainGetBlockJobInfo: null when the disk has no block job. */
    default org.jvirt.spi.DomainBlockJobDriver.BlockJobInfo getBlockJobInfo(String disk, int flags) {
        return Dispatch.read(getConnect(), "virDomainGetBlockJobInfo", () -> hv().domainGetBlockJobInfo(ref(),
                requireArg(disk, "disk", "virDomainGetBlockJobInfo"), flags));
    }

    default void blockJobSetSpeed(String disk, long bandwidth, int flags) {
        Dispatch.write(getConnect(), "virDomainBlockJobSetSpeed", () -> hv().domainBlockJobSetSpeed(ref(),
                requireArg(disk, "disk", "virDomainBlockJobSetSpeed"), bandwidth, flags));
    }

    default void blockPull(String disk, long bandwidth, int flags) {
        Dispatch.write(getConnect(), "virDomainBlockPull", () -> hv().domainBlockPull(ref(),
                requireArg(disk, "disk", "virDomainBlockPull"), bandwidth, flags));
    }

    default void blockRebase(String disk, String base, long bandwidth, int flags) {
        Dispatch.write(getConnect(), "virDomainBlockRebase", () -> hv().domainBlockRebase(ref(),
                requireArg(disk, "disk", "virDomainBlockRebase"), base, bandwidth, flags));
    }

    default void blockCopy(String disk, String destxml, List<TypedParameter> params, int flags) {
        Dispatch.write(getConnect(), "virDomainBlockCopy", () -> hv().domainBlockCopy(ref(),
                requireArg(disk, "disk", "virDomainBlockCopy"),
                requireArg(destxml, "destxml", "virDomainBlockCopy"), List.copyOf(params), flags));
    }

    default void blockCommit(String disk, String base, String top, long bandwidth, int flags) {
        Dispatch.write(getConnect(), "virDomainBlockCommit", () -> hv().domainBlockCommit(ref(),
                requireArg(disk, "disk", "virDomainBlockCommit"), base, top, bandwidth, flags));
    }
}
