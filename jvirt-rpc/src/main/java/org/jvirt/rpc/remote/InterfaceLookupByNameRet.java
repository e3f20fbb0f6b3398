package org.jvirt.rpc.remote;

/** remote_interface_lookup_by_name_ret. */
public record InterfaceLookupByNameRet(NonnullInterface iface) {
}
