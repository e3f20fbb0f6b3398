package org.jvirt.rpc;

/** virNetStreamHole: the payload of a STREAM_HOLE packet, {@code length} bytes of nothing in a sparse stream. */
public record RpcStreamHole(long length, int flags) {
}
