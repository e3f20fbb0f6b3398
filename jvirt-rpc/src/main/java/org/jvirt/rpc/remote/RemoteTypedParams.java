package org.jvirt.rpc.remote;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.TypedParameter;

/** The API's typed parameters <-> remote_typed_param lists, value for value (unsigned kept bit for bit). */
public final class RemoteTypedParams {

    private RemoteTypedParams() {
    }

    public static TypedParam toWire(TypedParameter p) {
        TypedParamValue v = switch (p) {
            case TypedParameter.Int x -> new TypedParamValue.ParamInt(x.value());
            case TypedParameter.UInt x -> new TypedParamValue.ParamUInt((int) x.value());
            case TypedParameter.LLong x -> new TypedParamValue.ParamLLong(x.value());
            case TypedParameter.ULLong x -> new TypedParamValue.ParamULLong(x.value());
            case TypedParameter.Double x -> new TypedParamValue.ParamDouble(x.value());
            case TypedParameter.Boolean x -> new TypedParamValue.ParamBoolean(x.value() ? 1 : 0);
            case TypedParameter.Str x -> new TypedParamValue.ParamString(x.value());
        };
        return new TypedParam(p.field(), v);
    }

    /** UINT widens to long without sign (the API holds unsigned ints in a long); any non-zero boolean is true. */
    public static TypedParameter fromWire(TypedParam p) {
        String f = p.field();
        return switch (p.value()) {
            case TypedParamValue.ParamInt x -> new TypedParameter.Int(f, x.i());
            case TypedParamValue.ParamUInt x -> new TypedParameter.UInt(f, Integer.toUnsignedLong(x.ui()));
            case TypedParamValue.ParamLLong x -> new TypedParameter.LLong(f, x.l());
            case TypedParamValue.ParamULLong x -> new TypedParameter.ULLong(f, x.ul());
            case TypedParamValue.ParamDouble x -> new TypedParameter.Double(f, x.d());
            case TypedParamValue.ParamBoolean x -> new TypedParameter.Boolean(f, x.b() != 0);
            case TypedParamValue.ParamString x -> new TypedParameter.Str(f, x.s());
        };
    }

    public static List<TypedParam> toWire(List<TypedParameter> params) {
        List<TypedParam> out = new ArrayList<>(params.size());
        for (TypedParameter p : params) {
            out.add(toWire(p));
        }
        return out;
    }

    public static List<TypedParameter> fromWire(List<TypedParam> params) {
        List<TypedParameter> out = new ArrayList<>(params.size());
        for (TypedParam p : params) {
            out.add(fromWire(p));
        }
        return out;
    }
}
