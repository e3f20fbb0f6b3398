package org.jvirt.rpc.remote;

/** remote_interface_lookup_by_mac_string_ret. */
public record InterfaceLookupByMacStringRet(NonnullInterface iface) {
}
