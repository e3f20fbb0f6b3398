package org.jvirt.rpc.remote;

/** remote_connect_supports_feature_args. */
public record ConnectSupportsFeatureArgs(int feature) {
}
