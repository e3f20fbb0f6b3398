package org.jvirt.rpc.xdr;

/** How one Java type crosses the wire. Codecs are stateless and shared. */
public interface XdrCodec<T> {

    void write(XdrWriter out, T value);

    T read(XdrReader in);
}
