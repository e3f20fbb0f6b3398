package org.jvirt.rpc;

/** virNetMessageStatus. */
public enum RpcStatus {
    OK(0), ERROR(1), CONTINUE(2);

    private static final RpcStatus[] BY_VALUE = values();

    private final int value;

    RpcStatus(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    /** Null for a number libvirt does not define. */
    public static RpcStatus of(int value) {
        return value >= 0 && value < BY_VALUE.length ? BY_VALUE[value] : null;
    }
}
