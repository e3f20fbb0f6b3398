package org.jvirt.driver.qemu.monitor;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * The one place where monitor failures become user errors (DESIGN rule 7), worded as libvirt 9.0's
 * qemu_monitor.c / qemu_monitor_json.c word them, all under VIR_FROM_QEMU.
 */
public final class QmpErrors {

    private QmpErrors() {
    }

    /**
     * QEMU answered {"error": ...}: "internal error: unable to execute QEMU command 'NAME': DESC"
     * (qemuMonitorJSONCheckErrorFull; the desc is replaced by "unknown QEMU command error" when missing).
     */
    public static QmpCommandException commandFailed(String command, QmpReply.Failure failure) {
        String desc = failure.errorClass() != null && failure.desc() != null ? failure.desc() : "unknown QEMU command error";
        VirtException e = VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.QEMU,
                "unable to execute QEMU command '%s': %s", command, desc);
        return new QmpCommandException(e.error(), command, failure.errorClass());
    }

    /** The reply's "return" has the wrong JSON type (qemuMonitorJSONGetReply). */
    public static VirtException unexpectedType(String command) {
        return VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.QEMU,
                "unexpected type returned by QEMU command '%s'", command);
    }

    /** A field the command always returns is missing, e.g. "query-status reply was missing running state". */
    public static VirtException missingData(String what) {
        return VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.QEMU, what);
    }

    /** The connection failed; {@code vmName} names the domain as libvirt's "(vm='NAME')" suffix does. */
    public static VirtException transport(String vmName, QmpIoException e) {
        String detail = e.getMessage();
        VirtException v = switch (e.kind()) {
            case EOF -> VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.QEMU,
                    "End of file from qemu monitor (vm='%s')", vmName);
            // the monitor is only closed once the domain has stopped (qemuDomainObjEnterMonitorInternal)
            case CLOSED -> VirtException.of(ErrorCode.OPERATION_FAILED, ErrorDomain.QEMU, "domain is no longer running");
            case IO -> VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU, "Unable to read from monitor: %s", detail);
            case PROTOCOL -> VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.QEMU, detail);
            case CONNECT -> VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU,
                    "failed to connect to monitor socket: %s", detail);
            case NO_SOCKET -> VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU,
                    "monitor socket did not show up: %s", detail);
            // libvirt waits forever for a reply; a deadline is ours, so is this wording
            case TIMEOUT -> VirtException.of(ErrorCode.OPERATION_TIMEOUT, ErrorDomain.QEMU,
                    "%s (vm='%s')", detail, vmName);
        };
        v.initCause(e);
        return v;
    }

    /** True when {@code e} is QEMU's answer with error class {@code errorClass}. */
    public static boolean hasClass(RuntimeException e, String errorClass) {
        return e instanceof QmpCommandException q && errorClass.equals(q.errorClass());
    }
}
