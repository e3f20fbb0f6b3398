package org.jvirt.driver.remote;

import java.util.List;
import org.jvirt.TypedParameter;
import org.jvirt.rpc.remote.DomainAbortJobArgs;
import org.jvirt.rpc.remote.DomainAbortJobFlagsArgs;
import org.jvirt.rpc.remote.DomainAgentSetResponseTimeoutArgs;
import org.jvirt.rpc.remote.DomainAuthorizedSshKeysGetArgs;
import org.jvirt.rpc.remote.DomainAuthorizedSshKeysSetArgs;
import org.jvirt.rpc.remote.DomainGetGuestInfoArgs;
import org.jvirt.rpc.remote.DomainGetGuestVcpusArgs;
import org.jvirt.rpc.remote.DomainGetLaunchSecurityInfoArgs;
import org.jvirt.rpc.remote.DomainPmSuspendForDurationArgs;
import org.jvirt.rpc.remote.DomainPmWakeupArgs;
import org.jvirt.rpc.remote.DomainSetBlockThresholdArgs;
import org.jvirt.rpc.remote.DomainSetGuestVcpusArgs;
import org.jvirt.rpc.remote.DomainSetLaunchSecurityStateArgs;
import org.jvirt.rpc.remote.DomainSetVcpuArgs;
import org.jvirt.rpc.remote.DomainStartDirtyRateCalcArgs;
import org.jvirt.rpc.remote.DomainProcedures;
import org.jvirt.rpc.remote.RemoteTypedParams;
import org.jvirt.spi.DomainRef;

/** Guest-agent, power-management, job-abort and launch-security entries of the remote hypervisor table. */
interface RemoteAgentOps extends RemoteTable {

    @Override
    default void domainAbortJob(DomainRef dom) {
        rpc().call(DomainProcedures.DOMAIN_ABORT_JOB, new DomainAbortJobArgs(RemoteWire.dom(dom)));
    }

    @Override
    default void domainAbortJobFlags(DomainRef dom, int flags) {
        rpc().call(DomainProcedures.DOMAIN_ABORT_JOB_FLAGS, new DomainAbortJobFlagsArgs(RemoteWire.dom(dom), flags));
    }

    @Override
    default void domainPMSuspendForDuration(DomainRef dom, int target, long duration, int flags) {
        rpc().call(DomainProcedures.DOMAIN_PM_SUSPEND_FOR_DURATION,
                new DomainPmSuspendForDurationArgs(RemoteWire.dom(dom), target, duration, flags));
    }

    @Override
    default void domainPMWakeup(DomainRef dom, int flags) {
        rpc().call(DomainProcedures.DOMAIN_PM_WAKEUP, new DomainPmWakeupArgs(RemoteWire.dom(dom), flags));
    }

    @Override
    default List<TypedParameter> domainGetGuestVcpus(DomainRef dom, int flags) {
        return RemoteTypedParams.fromWire(rpc().call(DomainProcedures.DOMAIN_GET_GUEST_VCPUS,
                new DomainGetGuestVcpusArgs(RemoteWire.dom(dom), flags)).params());
    }

    @Override
    default void domainSetGuestVcpus(DomainRef dom, String cpumap, int state, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SET_GUEST_VCPUS,
                new DomainSetGuestVcpusArgs(RemoteWire.dom(dom), cpumap, state, flags));
    }

    @Override
    default void domainSetVcpu(DomainRef dom, String vcpumap, int state, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SET_VCPU, new DomainSetVcpuArgs(RemoteWire.dom(dom), vcpumap, state, flags));
    }

    @Override
    default void domainSetBlockThreshold(DomainRef dom, String dev, long threshold, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SET_BLOCK_THRESHOLD,
                new DomainSetBlockThresholdArgs(RemoteWire.dom(dom), dev, threshold, flags));
    }

    @Override
    default List<TypedParameter> domainGetLaunchSecurityInfo(DomainRef dom, int flags) {
        return RemoteTypedParams.fromWire(rpc().call(DomainProcedures.DOMAIN_GET_LAUNCH_SECURITY_INFO,
                new DomainGetLaunchSecurityInfoArgs(RemoteWire.dom(dom), flags)).params());
    }

    @Override
    default void domainSetLaunchSecurityState(DomainRef dom, List<TypedParameter> params, int flags) {
        rpc().call(DomainProcedures.DOMAIN_SET_LAUNCH_SECURITY_STATE,
                new DomainSetLaunchSecurityStateArgs(RemoteWire.dom(dom), RemoteTypedParams.toWire(params), flags));
    }

    @Override
    default List<TypedParameter> domainGetGuestInfo(DomainRef dom, int types, int flags) {
        return RemoteTypedParams.fromWire(rpc().call(DomainProcedures.DOMAIN_GET_GUEST_INFO,
                new DomainGetGuestInfoArgs(RemoteWire.dom(dom), types, flags)).params());
    }

    @Override
    default void domainAgentSetResponseTimeout(DomainRef dom, int timeout, int flags) {
        rpc().call(DomainProcedures.DOMAIN_AGENT_SET_RESPONSE_TIMEOUT,
                new DomainAgentSetResponseTimeoutArgs(RemoteWire.dom(dom), timeout, flags));
    }

    @Override
    default List<String> domainAuthorizedSSHKeysGet(DomainRef dom, String user, int flags) {
        return rpc().call(DomainProcedures.DOMAIN_AUTHORIZED_SSH_KEYS_GET,
                new DomainAuthorizedSshKeysGetArgs(RemoteWire.dom(dom), user, flags)).keys();
    }

    @Override
    default void domainAuthorizedSSHKeysSet(DomainRef dom, String user, List<String> keys, int flags) {
        rpc().call(DomainProcedures.DOMAIN_AUTHORIZED_SSH_KEYS_SET,
                new DomainAuthorizedSshKeysSetArgs(RemoteWire.dom(dom), user, keys, flags));
    }

    @Override
    default void domainStartDirtyRateCalc(DomainRef dom, int seconds, int flags) {
        rpc().call(DomainProcedures.DOMAIN_START_DIRTY_RATE_CALC,
                new DomainStartDirtyRateCalcArgs(RemoteWire.dom(dom), seconds, flags));
    }
}
