package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrCase;
import org.jvirt.rpc.xdr.XdrUnion;

/**
 * remote_typed_param_value: a union over virTypedParameterType (INT 1 ... STRING 7). Unsigned values travel
 * in the signed Java type of their width; BOOLEAN is an int on the wire (libvirt sends 0 or 1).
 */
@XdrUnion
public sealed interface TypedParamValue {

    @XdrCase(1)
    record ParamInt(int i) implements TypedParamValue {
    }

    @XdrCase(2)
    record ParamUInt(int ui) implements TypedParamValue {
    }

    @XdrCase(3)
    record ParamLLong(long l) implements TypedParamValue {
    }

    @XdrCase(4)
    record ParamULLong(long ul) implements TypedParamValue {
    }

    @XdrCase(5)
    record ParamDouble(double d) implements TypedParamValue {
    }

    @XdrCase(6)
    record ParamBoolean(int b) implements TypedParamValue {
    }

    @XdrCase(7)
    record ParamString(String s) implements TypedParamValue {
    }
}
