package org.jvirt.rpc.remote;

/** remote_storage_vol_get_info_ret: type travels as a char (XDR int; only the low byte counts). */
public record StorageVolGetInfoRet(int type, long capacity, long allocation) {
}
