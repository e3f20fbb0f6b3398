package org.jvirt.rpc.remote;

/** remote_domain_get_emulator_pin_info_args. */
public record DomainGetEmulatorPinInfoArgs(NonnullDomain dom, int maplen, int flags) {
}
