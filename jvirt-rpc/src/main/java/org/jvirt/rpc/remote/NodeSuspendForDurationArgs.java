package org.jvirt.rpc.remote;

/** remote_node_suspend_for_duration_args. */
public record NodeSuspendForDurationArgs(int target, long duration, int flags) {
}
