package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_emulator_pin_info_ret. */
public record DomainGetEmulatorPinInfoRet(@XdrMax(RemoteLimits.CPUMAPS_MAX) byte[] cpumaps, int ret) {
}
