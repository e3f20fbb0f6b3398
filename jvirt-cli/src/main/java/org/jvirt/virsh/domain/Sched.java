package org.jvirt.virsh.domain;

import java.util.List;
import org.jvirt.TypedParameter;
import org.jvirt.virsh.vsh.OptionException;

/** Turns "name=value" into a typed parameter of the type the domain reports for that name. */
final class Sched {

    private Sched() {
    }

    static TypedParameter convert(List<TypedParameter> known, String field, String value) {
        for (TypedParameter p : known) {
            if (!p.field().equals(field)) {
                continue;
            }
            try {
                return switch (p) {
                    case TypedParameter.Int i -> new TypedParameter.Int(field, Integer.parseInt(value));
                    case TypedParameter.UInt u -> new TypedParameter.UInt(field, Long.parseLong(value));
                    case TypedParameter.LLong l -> new TypedParameter.LLong(field, Long.parseLong(value));
                    case TypedParameter.ULLong l -> new TypedParameter.ULLong(field, Long.parseUnsignedLong(value));
                    case TypedParameter.Double d -> new TypedParameter.Double(field, Double.parseDouble(value));
                    case TypedParameter.Boolean b -> new TypedParameter.Boolean(field, !value.equals("0"));
                    case TypedParameter.Str s -> new TypedParameter.Str(field, value);
                };
            } catch (NumberFormatException e) {
                throw new OptionException("invalid value '" + value + "' for parameter '" + field + "'");
            }
        }
        throw new OptionException("invalid scheduler option: " + field);
    }
}
