package org.jvirt.rpc.xdr;

/** Bytes that do not decode as the expected XDR layout (short data, a length over its limit, a bad discriminant). */
public final class XdrException extends RuntimeException {

    public XdrException(String message) {
        super(message);
    }
}
