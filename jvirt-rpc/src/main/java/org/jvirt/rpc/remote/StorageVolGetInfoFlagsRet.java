package org.jvirt.rpc.remote;

/** remote_storage_vol_get_info_flags_ret: get_info's layout (type travels as an XDR int). */
public record StorageVolGetInfoFlagsRet(int type, long capacity, long allocation) {
}
