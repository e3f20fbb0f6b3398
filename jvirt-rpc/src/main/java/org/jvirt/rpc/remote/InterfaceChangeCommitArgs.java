package org.jvirt.rpc.remote;

/** remote_interface_change_commit_args. */
public record InterfaceChangeCommitArgs(int flags) {
}
