package org.jvirt.rpc.remote;

/** remote_storage_vol_get_path_ret: the C field is called name, though it carries the path. */
public record StorageVolGetPathRet(String name) {
}
