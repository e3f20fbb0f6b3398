package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_emulator_pin_info_ret: the map and 1 (libvirt's count of maps filled). */
public record DomainGetEmulatorPinInfoRet(@XdrMax(RemoteLimits.CPUMAPS_MAX) byte[] cpumaps, int ret) {
}
