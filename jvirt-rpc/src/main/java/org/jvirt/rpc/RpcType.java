package org.jvirt.rpc;

/** virNetMessageType. */
public enum RpcType {
    CALL(0), REPLY(1), MESSAGE(2), STREAM(3), CALL_WITH_FDS(4), REPLY_WITH_FDS(5), STREAM_HOLE(6);

    private static final RpcType[] BY_VALUE = values();

    private final int value;

    RpcType(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    /** Null for a number libvirt does not define. */
    public static RpcType of(int value) {
        return value >= 0 && value < BY_VALUE.length ? BY_VALUE[value] : null;
    }
}
