package org.jvirt.driver.qemu.monitor;

import org.jvirt.error.VirtError;
import org.jvirt.error.VirtException;

/**
 * A command QEMU answered with an error. It is the VirtException users see (libvirt's wording), and keeps QMP's
 * error class so that callers can treat the few expected ones ("DeviceNotFound", "DeviceNotActive") as results.
 */
public final class QmpCommandException extends VirtException {

    private final String command;
    private final String errorClass;

    QmpCommandException(VirtError error, String command, String errorClass) {
        super(error);
        this.command = command;
        this.errorClass = errorClass;
    }

    /** The QMP command that failed ("device_del"). */
    public String command() {
        return command;
    }

    /** QMP's error class ("GenericError", "DeviceNotFound", "CommandNotFound"...), or null. */
    public String errorClass() {
        return errorClass;
    }
}
