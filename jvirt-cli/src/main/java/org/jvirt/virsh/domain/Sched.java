package org.jvirt.virsh.domain;

import java.util.List;
import org.jvirt.TypedParameter;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.vsh.OptionException;

/** Turns "name=value" into a typed parameter of the type the domain reports for that name. */
final class Sched {

    private Sched() {
    }

    static TypedParameter convert(List<TypedParameter> known, String field, String value) {
        for (TypedParameter p : known) {
            if (p.field().equals(field)) {
                return parse(p, field, value);
            }
        }
        throw new OptionException("invalid scheduler option: " + field);
    }

    /** virTypedParamsAddFromString: the value read as the type of {@code like}, with libvirt's own error. */
    private static TypedParameter parse(TypedParameter like, String field, String value) {
        String v = value.strip();
        try {
            return switch (like) {
                case TypedParameter.Int i -> new TypedParameter.Int(field, Integer.parseInt(v));
                case TypedParameter.UInt u -> new TypedParameter.UInt(field, wrapped(v, 0xffffffffL));
                case TypedParameter.LLong l -> new TypedParameter.LLong(field, Long.parseLong(v));
                case TypedParameter.ULLong l -> new TypedParameter.ULLong(field, wrapped(v, -1L));
                case TypedParameter.Double d -> new TypedParameter.Double(field, Double.parseDouble(v));
                case TypedParameter.Boolean b -> new TypedParameter.Boolean(field, bool(v));
                case TypedParameter.Str s -> new TypedParameter.Str(field, value);
            };
        } catch (NumberFormatException e) {
            String type = switch (like) {
                case TypedParameter.Int i -> "int";
                case TypedParameter.UInt u -> "unsigned int";
                case TypedParameter.LLong l -> "long long";
                case TypedParameter.ULLong l -> "unsigned long long";
                case TypedParameter.Double d -> "double";
                default -> "boolean";
            };
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.NONE,
                    "Invalid value for field '%s': expected %s", field, type);
        }
    }

    /** virStrToLong_ui/_ull: a negative number wraps, as C's strtoul does, within the type's range. */
    private static long wrapped(String v, long max) {
        boolean neg = v.startsWith("-");
        long n = Long.parseUnsignedLong(neg || v.startsWith("+") ? v.substring(1) : v);
        if (max != -1L && Long.compareUnsigned(n, max) > 0) {
            throw new NumberFormatException(v);
        }
        return neg ? -n & max : n;
    }

    private static boolean bool(String v) {
        if (v.equalsIgnoreCase("1") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("0") || v.equalsIgnoreCase("no") || v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new NumberFormatException(v);
    }
}
