package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.DomainProcedures.*;

import org.jvirt.rpc.remote.DomainAgentSetResponseTimeoutRet;
import org.jvirt.rpc.remote.DomainAuthorizedSshKeysGetRet;
import org.jvirt.rpc.remote.DomainGetGuestInfoRet;
import org.jvirt.rpc.remote.DomainGetGuestVcpusRet;
import org.jvirt.rpc.remote.DomainGetLaunchSecurityInfoRet;
import org.jvirt.rpc.remote.RemoteTypedParams;
import org.jvirt.rpc.xdr.XdrVoid;

/** Guest-agent, power-management, job-abort and launch-security procedures, each one public call. */
final class AgentHandlers {

    private static final XdrVoid VOID = XdrVoid.VOID;

    private AgentHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(DOMAIN_ABORT_JOB, (c, a) -> {
            c.domain(a.dom()).abortJob();
            return VOID;
        });
        t.on(DOMAIN_ABORT_JOB_FLAGS, (c, a) -> {
            c.domain(a.dom()).abortJob(a.flags());
            return VOID;
        });
        t.on(DOMAIN_PM_SUSPEND_FOR_DURATION, (c, a) -> {
            c.domain(a.dom()).pmSuspendForDuration(a.target(), a.duration(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_PM_WAKEUP, (c, a) -> {
            c.domain(a.dom()).pmWakeup(a.flags());
            return VOID;
        });
        t.on(DOMAIN_GET_GUEST_VCPUS, (c, a) -> new DomainGetGuestVcpusRet(
                RemoteTypedParams.toWire(c.domain(a.dom()).getGuestVcpus(a.flags()))));
        t.on(DOMAIN_SET_GUEST_VCPUS, (c, a) -> {
            c.domain(a.dom()).setGuestVcpus(a.cpumap(), a.state(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_SET_VCPU, (c, a) -> {
            c.domain(a.dom()).setVcpu(a.cpumap(), a.state(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_SET_BLOCK_THRESHOLD, (c, a) -> {
            c.domain(a.dom()).setBlockThreshold(a.dev(), a.threshold(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_GET_LAUNCH_SECURITY_INFO, (c, a) -> new DomainGetLaunchSecurityInfoRet(
                RemoteTypedParams.toWire(c.domain(a.dom()).getLaunchSecurityInfo(a.flags()))));
        t.on(DOMAIN_SET_LAUNCH_SECURITY_STATE, (c, a) -> {
            c.domain(a.dom()).setLaunchSecurityState(RemoteTypedParams.fromWire(a.params()), a.flags());
            return VOID;
        });
        t.on(DOMAIN_GET_GUEST_INFO, (c, a) -> new DomainGetGuestInfoRet(
                RemoteTypedParams.toWire(c.domain(a.dom()).getGuestInfo(a.types(), a.flags()))));
        t.on(DOMAIN_AGENT_SET_RESPONSE_TIMEOUT, (c, a) -> {
            c.domain(a.dom()).agentSetResponseTimeout(a.timeout(), a.flags());
            return new DomainAgentSetResponseTimeoutRet(0);
        });
        t.on(DOMAIN_AUTHORIZED_SSH_KEYS_GET, (c, a) -> new DomainAuthorizedSshKeysGetRet(
                c.domain(a.dom()).authorizedSSHKeysGet(a.user(), a.flags())));
        t.on(DOMAIN_AUTHORIZED_SSH_KEYS_SET, (c, a) -> {
            c.domain(a.dom()).authorizedSSHKeysSet(a.user(), a.keys(), a.flags());
            return VOID;
        });
        t.on(DOMAIN_START_DIRTY_RATE_CALC, (c, a) -> {
            c.domain(a.dom()).startDirtyRateCalc(a.seconds(), a.flags());
            return VOID;
        });
    }
}
