package org.jvirt;

import static org.jvirt.Connect.requireArg;

import java.util.List;
import org.jvirt.spi.HypervisorDriver;

/**
 * The guest calls of {@link Domain}: keys, signals, guest agent, power management, QEMU and LXC pass-through
 * (libvirt-qemu.c, libvirt-lxc.c). Split out of Domain by concern (DESIGN.md rule 11); Domain alone implements it.
 */
public sealed interface DomainGuestCalls extends DomainCalls permits Domain {

    private HypervisorDriver hv() {
        return getConnect().hv();
    }

    default void sendKey(int codeset, int holdtime, int[] keycodes, int flags) {
        Dispatch.write(getConnect(), "virDomainSendKey", () -> {
            TuningChecks.keycodes(keycodes);
            hv().domainSendKey(ref(), codeset, holdtime, keycodes, flags);
        });
    }

    default void injectNMI(int flags) {
        Dispatch.write(getConnect(), "virDomainInjectNMI", () -> hv().domainInjectNMI(ref(), flags));
    }

    default void sendProcessSignal(long pid, int signum, int flags) {
        Dispatch.write(getConnect(), "virDomainSendProcessSignal", () -> {
            TuningChecks.processSignal(pid, signum);
            hv().domainSendProcessSignal(ref(), pid, signum, flags);
        });
    }

    default void setUserPassword(String user, String password, int flags) {
        String fn = "virDomainSetUserPassword";
        Dispatch.write(getConnect(), fn, () -> hv().domainSetUserPassword(ref(), requireArg(user, "user", fn),
                requireArg(password, "password", fn), flags));
    }

    default int fsFreeze(List<String> mountpoints, int flags) {
        return Dispatch.write(getConnect(), "virDomainFSFreeze",
                () -> hv().domainFSFreeze(ref(), List.copyOf(mountpoints), flags));
    }

    default int fsThaw(List<String> mountpoints, int flags) {
        return Dispatch.write(getConnect(), "virDomainFSThaw",
                () -> hv().domainFSThaw(ref(), List.copyOf(mountpoints), flags));
    }

    default void fsTrim(String mountPoint, long minimum, int flags) {
        Dispatch.write(getConnect(), "virDomainFSTrim", () -> hv().domainFSTrim(ref(), mountPoint, minimum, flags));
    }

    default List<DomainFSInfo> getFSInfo(int flags) {
        return Dispatch.write(getConnect(), "virDomainGetFSInfo", () -> hv().domainGetFSInfo(ref(), flags));
    }

    default void pmSuspendForDuration(int target, long duration, int flags) {
        Dispatch.write(getConnect(), "virDomainPMSuspendForDuration",
                () -> hv().domainPMSuspendForDuration(ref(), target, duration, flags));
    }

    default void pmWakeup(int flags) {
        Dispatch.write(getConnect(), "virDomainPMWakeup", () -> hv().domainPMWakeup(ref(), flags));
    }

    default List<TypedParameter> getGuestVcpus(int flags) {
        return Dispatch.write(getConnect(), "virDomainGetGuestVcpus", () -> hv().domainGetGuestVcpus(ref(), flags));
    }

    default void setGuestVcpus(String cpumap, int state, int flags) {
        String fn = "virDomainSetGuestVcpus";
        Dispatch.write(getConnect(), fn, () -> hv().domainSetGuestVcpus(ref(), requireArg(cpumap, "cpumap", fn),
                state, flags));
    }

    default List<TypedParameter> getGuestInfo(int types, int flags) {
        return Dispatch.write(getConnect(), "virDomainGetGuestInfo",
                () -> hv().domainGetGuestInfo(ref(), types, flags));
    }

    default List<String> authorizedSSHKeysGet(String user, int flags) {
        String fn = "virDomainAuthorizedSSHKeysGet";
        return Dispatch.write(getConnect(), fn, () -> hv().domainAuthorizedSSHKeysGet(ref(),
                requireArg(user, "user", fn), flags));
    }

    default void authorizedSSHKeysSet(String user, List<String> keys, int flags) {
        String fn = "virDomainAuthorizedSSHKeysSet";
        Dispatch.write(getConnect(), fn, () -> hv().domainAuthorizedSSHKeysSet(ref(),
                requireArg(user, "user", fn), keys, flags));
    }

    default void agentSetResponseTimeout(int timeout, int flags) {
        Dispatch.write(getConnect(), "virDomainAgentSetResponseTimeout",
                () -> hv().domainAgentSetResponseTimeout(ref(), timeout, flags));
    }

    /** virDomainQemuMonitorCommand (libvirt-qemu): flags 1 (HMP). */
    default String qemuMonitorCommand(String cmd, int flags) {
        return Dispatch.write(getConnect(), "virDomainQemuMonitorCommand", () -> hv().domainQemuMonitorCommand(ref(),
                requireArg(cmd, "cmd", "virDomainQemuMonitorCommand"), flags));
    }

    /** virDomainQemuMonitorCommandWithFiles: {@code fds} go to QEMU with the command. */
    default String qemuMonitorCommandWithFiles(String cmd, int[] fds, int flags) {
        return Dispatch.write(getConnect(), "virDomainQemuMonitorCommandWithFiles", () -> hv()
                .domainQemuMonitorCommandWithFiles(ref(), requireArg(cmd, "cmd",
                        "virDomainQemuMonitorCommandWithFiles"), fds.clone(), flags));
    }

    /** virDomainQemuAgentCommand: timeout in seconds, or -2 (block), -1 (default), 0 (no wait). */
    default String qemuAgentCommand(String cmd, int timeout, int flags) {
        return Dispatch.write(getConnect(), "virDomainQemuAgentCommand", () -> hv().domainQemuAgentCommand(ref(),
                requireArg(cmd, "cmd", "virDomainQemuAgentCommand"), timeout, flags));
    }

    /** virDomainLxcOpenNamespace: the container's namespace file descriptors. */
    default int[] lxcOpenNamespace(int flags) {
        return Dispatch.write(getConnect(), "virDomainLxcOpenNamespace",
                () -> hv().domainLxcOpenNamespace(ref(), flags));
    }

    /** virDomainFDAssociate: {@code fds} become known to the domain under {@code name}. */
    default void fdAssociate(String name, int[] fds, int flags) {
        Dispatch.write(getConnect(), "virDomainFDAssociate", () -> hv().domainFDAssociate(ref(),
                requireArg(name, "name", "virDomainFDAssociate"), fds.clone(), flags));
    }
}
