package org.jvirt.rpc.remote;

/** remote_domain_get_job_info_ret. */
public record DomainGetJobInfoRet(
        int type, long timeElapsed, long timeRemaining, long dataTotal, long dataProcessed, long dataRemaining,
        long memTotal, long memProcessed, long memRemaining, long fileTotal, long fileProcessed, long fileRemaining) {
}
