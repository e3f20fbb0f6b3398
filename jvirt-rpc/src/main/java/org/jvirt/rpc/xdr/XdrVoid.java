package org.jvirt.rpc.xdr;

/** The empty payload: arguments or results of procedures that have none. */
public record XdrVoid() {

    public static final XdrVoid VOID = new XdrVoid();
}
