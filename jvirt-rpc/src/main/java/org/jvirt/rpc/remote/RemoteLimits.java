package org.jvirt.rpc.remote;

/** The REMOTE program's array bounds (remote_protocol.x's REMOTE_*_MAX constants). */
public final class RemoteLimits {

    public static final int DOMAIN_LIST_MAX = 16384;
    public static final int AUTH_TYPE_LIST_MAX = 20;

    private RemoteLimits() {
    }
}
