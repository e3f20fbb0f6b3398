package org.jvirt.rpc.xdr;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a fixed-length opaque (XDR opaque x[N]), e.g. a 16-byte UUID, or on an int[] a fixed vector of ints
 * (XDR int/char x[N]: rpcgen sends each char as 4 bytes).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface XdrFixed {
    int value();
}
