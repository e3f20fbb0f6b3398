package org.jvirt.rpc.remote;

/** remote_connect_supports_feature_ret. */
public record ConnectSupportsFeatureRet(int supported) {
}
