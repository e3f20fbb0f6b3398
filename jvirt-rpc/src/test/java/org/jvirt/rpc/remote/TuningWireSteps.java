package org.jvirt.rpc.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.rpc.remote.DomainProcedures.*;

import java.util.List;
import org.jvirt.TypedParameter;

/**
 * The tuning procedures (memory/blkio/NUMA parameters, perf events, lifecycle actions, the emulator pin,
 * rename) against the real libvirtd, on a domain of the caller's that is running when this starts and shut off
 * (and renamed back) when it ends. LibvirtdProceduresWireTest runs these steps.
 */
final class TuningWireSteps {

    static final int AFFECT_LIVE = 1;
    static final int AFFECT_CONFIG = 2;

    private TuningWireSteps() {
    }

    private static List<TypedParam> wire(TypedParameter... ps) {
        return RemoteTypedParams.toWire(List.of(ps));
    }

    static void tuning(LibvirtdSession s, NonnullDomain dom, String name) throws Exception {
        // two-phase typed parameters: nparams 0 asks for the count
        assertThat(s.call(DOMAIN_GET_MEMORY_PARAMETERS, new DomainGetMemoryParametersArgs(dom, 0, 0)).nparams()).isEqualTo(3);
        s.call(DOMAIN_SET_MEMORY_PARAMETERS, new DomainSetMemoryParametersArgs(dom,
                wire(new TypedParameter.ULLong("hard_limit", 1024000)), AFFECT_LIVE));
        DomainGetMemoryParametersRet mem = s.call(DOMAIN_GET_MEMORY_PARAMETERS, new DomainGetMemoryParametersArgs(dom, 3, 0));
        assertThat(RemoteTypedParams.fromWire(mem.params())).first().isEqualTo(new TypedParameter.ULLong("hard_limit", 1024000));

        assertThat(s.call(DOMAIN_GET_BLKIO_PARAMETERS, new DomainGetBlkioParametersArgs(dom, 0, 0)).nparams()).isEqualTo(6);
        s.call(DOMAIN_SET_BLKIO_PARAMETERS, new DomainSetBlkioParametersArgs(dom,
                wire(new TypedParameter.UInt("weight", 500), new TypedParameter.Str("device_weight", "/dev/sda,300")), 0));
        // without VIR_TYPED_PARAM_STRING_OKAY (4) the daemon leaves the string parameters out
        List<TypedParameter> blkio = RemoteTypedParams.fromWire(s.call(DOMAIN_GET_BLKIO_PARAMETERS,
                new DomainGetBlkioParametersArgs(dom, 6, 4)).params());
        assertThat(blkio).contains(new TypedParameter.UInt("weight", 500), new TypedParameter.Str("device_weight", "/dev/sda,300"));

        assertThat(s.call(DOMAIN_GET_NUMA_PARAMETERS, new DomainGetNumaParametersArgs(dom, 0, 0)).nparams()).isEqualTo(2);
        s.call(DOMAIN_SET_NUMA_PARAMETERS, new DomainSetNumaParametersArgs(dom,
                wire(new TypedParameter.Str("numa_nodeset", "0")), 0));
        assertThat(RemoteTypedParams.fromWire(s.call(DOMAIN_GET_NUMA_PARAMETERS,
                new DomainGetNumaParametersArgs(dom, 2, 4)).params())).containsExactly(
                new TypedParameter.Int("numa_mode", 0), new TypedParameter.Str("numa_nodeset", "0"));

        s.call(DOMAIN_SET_PERF_EVENTS, new DomainSetPerfEventsArgs(dom, wire(new TypedParameter.Boolean("cmt", true)), 0));
        List<TypedParameter> perf = RemoteTypedParams.fromWire(s.call(DOMAIN_GET_PERF_EVENTS,
                new DomainGetPerfEventsArgs(dom, 0)).params());
        assertThat(perf).hasSize(22).first().isEqualTo(new TypedParameter.Boolean("cmt", true));

        s.call(DOMAIN_SET_LIFECYCLE_ACTION, new DomainSetLifecycleActionArgs(dom, 0, 3, 0));
        String xml = s.call(DOMAIN_GET_XML_DESC, new DomainGetXmlDescArgs(dom, 0)).xml();
        assertThat(xml).contains("<on_poweroff>preserve</on_poweroff>", "<hard_limit unit='KiB'>1024000</hard_limit>",
                "<event name='cmt' enabled='yes'/>");

        s.call(DOMAIN_PIN_EMULATOR, new DomainPinEmulatorArgs(dom, new byte[] {0x05}, AFFECT_LIVE));
        DomainGetEmulatorPinInfoRet pin = s.call(DOMAIN_GET_EMULATOR_PIN_INFO, new DomainGetEmulatorPinInfoArgs(dom, 1, 0));
        assertThat(pin.ret()).isOne();
        assertThat(pin.cpumaps()).containsExactly(0x05);

        assertThat(s.error(DOMAIN_RENAME, new DomainRenameArgs(dom, name + "r", 0)).message())
                .isEqualTo("Requested operation is not valid: cannot rename active domain");
        s.call(DOMAIN_DESTROY, new DomainDestroyArgs(dom));
        NonnullDomain off = s.call(DOMAIN_LOOKUP_BY_NAME, new DomainLookupByNameArgs(name)).dom();
        assertThat(s.call(DOMAIN_RENAME, new DomainRenameArgs(off, name + "r", 0)).retcode()).isZero();
        NonnullDomain renamed = s.call(DOMAIN_LOOKUP_BY_NAME, new DomainLookupByNameArgs(name + "r")).dom();
        s.call(DOMAIN_RENAME, new DomainRenameArgs(renamed, name, 0));
    }

    /** Guest calls on the caller's running domain, and the canned queries on the shared "test" domain. */
    static void guest(LibvirtdSession s, NonnullDomain own, NonnullDomain test) throws Exception {
        s.call(DOMAIN_INJECT_NMI, new DomainInjectNmiArgs(own, 0));
        s.call(DOMAIN_SEND_KEY, new DomainSendKeyArgs(own, 0, 10, new int[] {30, 48}, 0));
        assertThat(s.error(DOMAIN_SEND_KEY, new DomainSendKeyArgs(own, 0, 0, new int[] {999}, 0)).message())
                .isEqualTo("internal error: invalid keycode 999 of linux codeset");
        s.call(DOMAIN_SEND_PROCESS_SIGNAL, new DomainSendProcessSignalArgs(own, 1, 9, 0));
        s.call(DOMAIN_SET_USER_PASSWORD, new DomainSetUserPasswordArgs(own, "root", "pw", 0));
        assertThat(s.call(DOMAIN_FSFREEZE, new DomainFsfreezeArgs(own, List.of("/"), 0)).filesystems()).isOne();
        assertThat(s.call(DOMAIN_FSTHAW, new DomainFsthawArgs(own, List.of(), 0)).filesystems()).isOne();
        s.call(DOMAIN_FSTRIM, new DomainFstrimArgs(own, null, 0, 0));

        DomainGetFsinfoRet fs = s.call(DOMAIN_GET_FSINFO, new DomainGetFsinfoArgs(test, 0));
        assertThat(fs.ret()).isEqualTo(2);
        assertThat(fs.info()).containsExactly(new DomainFsinfo("/", "vda1", "ext4", List.of("vda")),
                new DomainFsinfo("/boot", "vda2", "ext4", List.of("vda")));
        DomainInterfaceAddressesRet ifs = s.call(DOMAIN_INTERFACE_ADDRESSES, new DomainInterfaceAddressesArgs(test, 0, 0));
        assertThat(ifs.ifaces()).hasSize(1);
        assertThat(ifs.ifaces().get(0).name()).isEqualTo("testnet0");
        assertThat(ifs.ifaces().get(0).hwaddr()).isEqualTo("aa:bb:cc:dd:ee:ff");
        assertThat(ifs.ifaces().get(0).addrs()).hasSize(1).first().extracting(DomainIpAddr::type, DomainIpAddr::prefix)
                .containsExactly(0, 24);

        // virDomainGetCPUStats' queries: CPU count, per-CPU parameter count, then the values
        assertThat(s.call(DOMAIN_GET_CPU_STATS, new DomainGetCpuStatsArgs(test, 0, 0, 0, 0)).nparams()).isPositive();
        assertThat(s.call(DOMAIN_GET_CPU_STATS, new DomainGetCpuStatsArgs(test, 0, 0, 1, 0)).nparams()).isEqualTo(2);
        DomainGetCpuStatsRet cpu0 = s.call(DOMAIN_GET_CPU_STATS, new DomainGetCpuStatsArgs(test, 2, 0, 1, 0));
        assertThat(RemoteTypedParams.fromWire(cpu0.params())).containsExactly(
                new TypedParameter.ULLong("cpu_time", 24386308517L), new TypedParameter.ULLong("vcpu_time", 23151740627L));
        DomainGetCpuStatsRet total = s.call(DOMAIN_GET_CPU_STATS, new DomainGetCpuStatsArgs(test, 3, -1, 1, 0));
        assertThat(total.nparams()).isEqualTo(3);
        assertThat(RemoteTypedParams.fromWire(total.params())).first()
                .isEqualTo(new TypedParameter.ULLong("cpu_time", 48772617035L));
    }

    /** IOThreads and bulk statistics on the caller's running domain. */
    static void iothreadsAndStats(LibvirtdSession s, NonnullDomain own) throws Exception {
        s.call(DOMAIN_ADD_IOTHREAD, new DomainAddIothreadArgs(own, 5, 0));
        s.call(DOMAIN_PIN_IOTHREAD, new DomainPinIothreadArgs(own, 5, new byte[] {0x06}, 0));
        DomainGetIothreadInfoRet info = s.call(DOMAIN_GET_IOTHREAD_INFO, new DomainGetIothreadInfoArgs(own, 0));
        assertThat(info.ret()).isOne();
        assertThat(info.info()).hasSize(1);
        assertThat(info.info().get(0).iothreadId()).isEqualTo(5);
        assertThat(info.info().get(0).cpumap()[0]).isEqualTo((byte) 0x06);
        s.call(DOMAIN_SET_IOTHREAD_PARAMS, new DomainSetIothreadParamsArgs(own, 5,
                wire(new TypedParameter.UInt("poll_grow", 2)), AFFECT_LIVE));
        assertThat(s.error(DOMAIN_SET_IOTHREAD_PARAMS, new DomainSetIothreadParamsArgs(own, 5,
                wire(new TypedParameter.Int("thread_pool_max", 2)), 0)).message())
                .isEqualTo("argument unsupported: parameter 'thread_pool_max' not supported");
        s.call(DOMAIN_DEL_IOTHREAD, new DomainDelIothreadArgs(own, 5, 0));
        assertThat(s.call(DOMAIN_GET_IOTHREAD_INFO, new DomainGetIothreadInfoArgs(own, 0)).info()).isEmpty();

        ConnectGetAllDomainStatsRet one = s.call(CONNECT_GET_ALL_DOMAIN_STATS,
                new ConnectGetAllDomainStatsArgs(List.of(own), 0, 0));
        assertThat(one.retStats()).hasSize(1);
        assertThat(one.retStats().get(0).dom().name()).isEqualTo(own.name());
        assertThat(RemoteTypedParams.fromWire(one.retStats().get(0).params())).containsExactly(
                new TypedParameter.Int("state.state", 1), new TypedParameter.Int("state.reason", 1));
        ConnectGetAllDomainStatsRet all = s.call(CONNECT_GET_ALL_DOMAIN_STATS,
                new ConnectGetAllDomainStatsArgs(List.of(), 1, 1));
        assertThat(all.retStats()).extracting(r -> r.dom().name()).contains(own.name(), "test");
    }

    /**
     * The calls libvirt's test driver leaves out: each answer is its "not supported" error naming the public
     * function, which proves the procedure number and that the arguments decoded.
     */
    static void unsupported(LibvirtdSession s, NonnullDomain own) throws Exception {
        String none = "this function is not supported by the connection driver: ";
        assertThat(s.error(DOMAIN_ABORT_JOB, new DomainAbortJobArgs(own)).message()).isEqualTo(none + "virDomainAbortJob");
        assertThat(s.error(DOMAIN_ABORT_JOB_FLAGS, new DomainAbortJobFlagsArgs(own, 1)).message())
                .isEqualTo(none + "virDomainAbortJobFlags");
        assertThat(s.error(DOMAIN_PM_SUSPEND_FOR_DURATION, new DomainPmSuspendForDurationArgs(own, 0, 0, 0)).message())
                .isEqualTo(none + "virDomainPMSuspendForDuration");
        assertThat(s.error(DOMAIN_PM_WAKEUP, new DomainPmWakeupArgs(own, 0)).message()).isEqualTo(none + "virDomainPMWakeup");
        assertThat(s.error(DOMAIN_GET_GUEST_VCPUS, new DomainGetGuestVcpusArgs(own, 0)).message())
                .isEqualTo(none + "virDomainGetGuestVcpus");
        assertThat(s.error(DOMAIN_SET_GUEST_VCPUS, new DomainSetGuestVcpusArgs(own, "1", 1, 0)).message())
                .isEqualTo(none + "virDomainSetGuestVcpus");
        assertThat(s.error(DOMAIN_SET_VCPU, new DomainSetVcpuArgs(own, "1", 0, 0)).message())
                .isEqualTo(none + "virDomainSetVcpu");
        assertThat(s.error(DOMAIN_SET_BLOCK_THRESHOLD, new DomainSetBlockThresholdArgs(own, "vda", 1024, 0)).message())
                .isEqualTo(none + "virDomainSetBlockThreshold");
        assertThat(s.error(DOMAIN_GET_LAUNCH_SECURITY_INFO, new DomainGetLaunchSecurityInfoArgs(own, 0)).message())
                .isEqualTo("unsupported flags (0x4) in function testDomainGetLaunchSecurityInfo");
        assertThat(s.error(DOMAIN_GET_GUEST_INFO, new DomainGetGuestInfoArgs(own, 0, 0)).message())
                .isEqualTo(none + "virDomainGetGuestInfo");
        assertThat(s.error(DOMAIN_AGENT_SET_RESPONSE_TIMEOUT, new DomainAgentSetResponseTimeoutArgs(own, 5, 0)).message())
                .isEqualTo(none + "virDomainAgentSetResponseTimeout");
        assertThat(s.error(DOMAIN_AUTHORIZED_SSH_KEYS_GET, new DomainAuthorizedSshKeysGetArgs(own, "root", 0)).message())
                .isEqualTo(none + "virDomainAuthorizedSSHKeysGet");
        assertThat(s.error(DOMAIN_AUTHORIZED_SSH_KEYS_SET, new DomainAuthorizedSshKeysSetArgs(own, "root",
                List.of("ssh-rsa AAA"), 0)).message()).isEqualTo(none + "virDomainAuthorizedSSHKeysSet");
        assertThat(s.error(DOMAIN_START_DIRTY_RATE_CALC, new DomainStartDirtyRateCalcArgs(own, 1, 0)).message())
                .isEqualTo(none + "virDomainStartDirtyRateCalc");
        assertThat(s.error(DOMAIN_SET_LAUNCH_SECURITY_STATE, new DomainSetLaunchSecurityStateArgs(own,
                wire(new TypedParameter.Str("sev-secret", "x"), new TypedParameter.Str("sev-secret-header", "y")), 0))
                .message()).isEqualTo(none + "virDomainSetLaunchSecurityState");
    }
}
