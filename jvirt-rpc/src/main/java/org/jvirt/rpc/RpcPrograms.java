package org.jvirt.rpc;

/** The RPC programs jvirt speaks: numbers and versions as libvirt assigns them. */
public final class RpcPrograms {

    public static final int REMOTE = 0x20008086;
    public static final int REMOTE_VERSION = 1;
    public static final int KEEPALIVE = 0x6b656570;
    public static final int KEEPALIVE_VERSION = 1;
    public static final int KEEPALIVE_PING = 1;
    public static final int KEEPALIVE_PONG = 2;

    private RpcPrograms() {
    }
}
