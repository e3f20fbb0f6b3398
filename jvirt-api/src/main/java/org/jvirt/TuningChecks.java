package org.jvirt;

import java.util.List;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** The public layer's argument checks of libvirt-domain.c for the tuning and guest calls (before any driver). */
final class TuningChecks {

    static final int AFFECT_LIVE = 1;
    static final int AFFECT_CONFIG = 2;
    /** VIR_DOMAIN_SEND_KEY_MAX_KEYS. */
    static final int SEND_KEY_MAX_KEYS = 16;

    private TuningChecks() {
    }

    /** VIR_EXCLUSIVE_FLAGS_GOTO(VIR_DOMAIN_AFFECT_LIVE, VIR_DOMAIN_AFFECT_CONFIG). */
    static void liveConfig(int flags) {
        if ((flags & AFFECT_LIVE) != 0 && (flags & AFFECT_CONFIG) != 0) {
            throw invalid("Flags 'VIR_DOMAIN_AFFECT_LIVE' and 'VIR_DOMAIN_AFFECT_CONFIG' are mutually exclusive");
        }
    }

    /** virCheckNonNullArgGoto(params) and virCheckPositiveArgGoto(nparams). */
    static List<TypedParameter> params(List<TypedParameter> params, String fn) {
        if (params == null) {
            throw invalid("params in " + fn + " must not be NULL");
        }
        if (params.isEmpty()) {
            throw invalid("nparams in " + fn + " must be greater than zero");
        }
        return List.copyOf(params);
    }

    /** virDomainSetLifecycleAction's range checks (VIR_DOMAIN_LIFECYCLE_LAST 3, _ACTION_LAST 6). */
    static void lifecycle(int type, int action) {
        if (type < 0 || type >= 3) {
            throw invalid("invalid lifecycle type '" + Integer.toUnsignedString(type) + "'");
        }
        if (action < 0 || action >= 6) {
            throw invalid("invalid lifecycle action '" + Integer.toUnsignedString(action) + "'");
        }
    }

    static void keycodes(int[] keycodes) {
        if (keycodes == null) {
            throw invalid("keycodes in virDomainSendKey must not be NULL");
        }
        if (keycodes.length == 0) {
            throw invalid("nkeycodes in virDomainSendKey must be greater than zero");
        }
        if (keycodes.length > SEND_KEY_MAX_KEYS) {
            throw invalid("nkeycodes in virDomainSendKey must be less than or equal to " + SEND_KEY_MAX_KEYS);
        }
    }

    static void processSignal(long pid, int signum) {
        if (pid == 0) {
            throw invalid("pid_value in virDomainSendProcessSignal must not be zero");
        }
    }

    static void iothreadId(int id, String fn) {
        if (id == 0) {
            throw invalid("iothread_id in " + fn + " must not be zero");
        }
    }

    /** virDomainGetCPUStats: start_cpu -1 takes exactly one "cpu" (the totals). */
    static void cpuStats(int startCpu, int ncpus) {
        if (startCpu < -1) {
            throw invalid("start_cpu in virDomainGetCPUStats must be greater than or equal to -1");
        }
        if (startCpu == -1 && ncpus != 1) {
            throw invalid("ncpus in virDomainGetCPUStats must be 1 when start_cpu is -1");
        }
    }

    private static VirtException invalid(String msg) {
        return VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN, msg, null, null);
    }
}
