package org.jvirt.daemon.conf;

import java.util.List;

/**
 * One value of a libvirt-style config file (virConfValue): a string, a number or a list. A number keeps
 * whether it was written with a minus sign, because libvirt's typed getters distinguish signed from unsigned
 * entries ("expected an unsigned integer").
 */
public sealed interface ConfValue {

    record Str(String value) implements ConfValue {
    }

    /** {@code value} is unsigned unless {@code negative}. */
    record Num(long value, boolean negative) implements ConfValue {
    }

    record ListValue(List<ConfValue> items) implements ConfValue {
        public ListValue {
            items = List.copyOf(items);
        }
    }
}
