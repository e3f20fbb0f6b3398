package org.jvirt.conf.domain;

import java.util.List;

/**
 * {@code <clock offset= adjustment= timezone= basis=>} with its timers.
 *
 * @param offset "utc", "localtime", "timezone" or "variable"
 */
public record ClockDef(String offset, String adjustment, String timezone, String basis, List<Timer> timers) {

    public static final ClockDef UTC = new ClockDef("utc", null, null, null, List.of());

    public ClockDef {
        timers = List.copyOf(timers);
    }

    /** {@code <timer name= tickpolicy= present= track= frequency= mode=/>}; unset attributes are null. */
    public record Timer(String name, String track, String tickpolicy, String present, String frequency, String mode) {
    }
}
