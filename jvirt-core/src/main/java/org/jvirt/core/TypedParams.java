package org.jvirt.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jvirt.TypedParameter;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** libvirt's virTypedParamsValidate and the lookups drivers do on a parameter list (virtypedparam.c). */
public final class TypedParams {

    /** VIR_DOMAIN_MEMORY_PARAM_UNLIMITED: 2^53 - 1 KiB. */
    public static final long MEMORY_UNLIMITED = 9007199254740991L;

    private TypedParams() {
    }

    /** Every field must be one of {@code allowed} with that type, and none may occur twice (sorted by name). */
    public static void validate(List<TypedParameter> params, Map<String, Class<? extends TypedParameter>> allowed) {
        List<TypedParameter> sorted = new ArrayList<>(params);
        sorted.sort(Comparator.comparing(TypedParameter::field));
        String last = null;
        for (TypedParameter p : sorted) {
            Class<? extends TypedParameter> type = allowed.get(p.field());
            if (type == null) {
                throw VirtException.of(ErrorCode.ARGUMENT_UNSUPPORTED, ErrorDomain.NONE,
                        "parameter '%s' not supported", p.field());
            }
            if (p.field().equals(last)) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.NONE,
                        "parameter '%s' occurs multiple times", p.field());
            }
            if (!type.isInstance(p)) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.NONE,
                        "invalid type '%s' for parameter '%s', expected '%s'", typeName(p.getClass()), p.field(),
                        typeName(type));
            }
            last = p.field();
        }
    }

    /** The first parameter of that name, or null. */
    public static TypedParameter get(List<TypedParameter> params, String field) {
        for (TypedParameter p : params) {
            if (p.field().equals(field)) {
                return p;
            }
        }
        return null;
    }

    /** libvirt's names of the parameter types (virTypedParameterType). */
    public static String typeName(Class<?> c) {
        if (c == TypedParameter.Int.class) {
            return "int";
        } else if (c == TypedParameter.UInt.class) {
            return "uint";
        } else if (c == TypedParameter.LLong.class) {
            return "llong";
        } else if (c == TypedParameter.ULLong.class) {
            return "ullong";
        } else if (c == TypedParameter.Double.class) {
            return "double";
        } else if (c == TypedParameter.Boolean.class) {
            return "boolean";
        }
        return "string";
    }
}
