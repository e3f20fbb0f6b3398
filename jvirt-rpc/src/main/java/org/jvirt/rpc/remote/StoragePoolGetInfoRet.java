package org.jvirt.rpc.remote;

/** remote_storage_pool_get_info_ret: state travels as an unsigned char (XDR int; only the low byte counts). */
public record StoragePoolGetInfoRet(int state, long capacity, long allocation, long available) {
}
