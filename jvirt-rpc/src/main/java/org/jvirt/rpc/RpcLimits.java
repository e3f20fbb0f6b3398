package org.jvirt.rpc;

/** libvirt's message limits (virnetprotocol.x): what either side refuses to send or accept. */
public final class RpcLimits {

    /** The largest whole message, length word excluded (VIR_NET_MESSAGE_MAX). */
    public static final int MESSAGE_MAX = 33554432;
    /** The serialised virNetMessageHeader. */
    public static final int HEADER_SIZE = 24;
    /** The length word in front of every message; it counts itself. */
    public static final int LENGTH_SIZE = 4;
    /** VIR_NET_MESSAGE_STRING_MAX. */
    public static final int STRING_MAX = 4194304;

    private RpcLimits() {
    }
}
