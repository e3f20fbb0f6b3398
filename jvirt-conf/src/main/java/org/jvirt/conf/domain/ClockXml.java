package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.xml.XmlWriter;
import org.w3c.dom.Element;

/** {@code <clock>} and its timers. */
final class ClockXml {

    private ClockXml() {
    }

    static ClockDef parse(Element root) {
        Element c = Dom.child(root, "clock");
        if (c == null) {
            return ClockDef.UTC;
        }
        String offset = Dom.attr(c, "offset");
        if (offset == null) {
            offset = "utc";
        }
        String adjustment = Dom.attr(c, "adjustment");
        String timezone = null;
        String basis = null;
        switch (offset) {
            case "utc", "localtime" -> {
                if (adjustment != null && !adjustment.equals("reset")) {
                    if (Units.parseIntStrict(adjustment) == null) {
                        throw Err.xml("unknown clock adjustment '%s'", adjustment);
                    }
                }
            }
            case "timezone" -> {
                timezone = Dom.attr(c, "timezone");
                if (timezone == null) {
                    throw Err.xml("missing 'timezone' attribute for clock with offset='timezone'");
                }
                adjustment = null;
            }
            case "variable" -> {
                if (adjustment == null) {
                    adjustment = "0";
                } else if (Units.parseIntStrict(adjustment) == null) {
                    throw Err.xml("unknown clock adjustment '%s'", adjustment);
                }
                basis = Dom.attr(c, "basis");
                if (basis == null) {
                    basis = "utc";
                } else {
                    Err.oneOf(basis, "basis", "clock", "utc", "localtime");
                }
            }
            case "absolute" -> {
                adjustment = null;
                timezone = Dom.attr(c, "start");
            }
            default -> throw Err.unsupported("unknown clock offset '%s'", offset);
        }
        List<ClockDef.Timer> timers = new ArrayList<>();
        for (Element t : Dom.children(c, "timer")) {
            String name = Dom.attr(t, "name");
            if (name == null) {
                throw Err.xml("missing timer name");
            }
            Err.oneOf(name, "name", "timer", "platform", "pit", "rtc", "hpet", "tsc", "kvmclock", "hypervclock",
                    "armvtimer");
            timers.add(new ClockDef.Timer(name,
                    Err.oneOf(Dom.attr(t, "track"), "track", "timer", "boot", "guest", "wall", "realtime"),
                    Err.oneOf(Dom.attr(t, "tickpolicy"), "tickpolicy", "timer", "delay", "catchup", "merge",
                            "discard"),
                    Err.oneOf(Dom.attr(t, "present"), "present", "timer", "yes", "no"),
                    Dom.attr(t, "frequency"),
                    Err.oneOf(Dom.attr(t, "mode"), "mode", "timer", "auto", "native", "emulate", "paravirt",
                            "smpsafe")));
        }
        return new ClockDef(offset, adjustment, timezone, basis, timers);
    }

    static void format(XmlWriter w, ClockDef c) {
        w.open("clock").attr("offset", c.offset());
        if ("absolute".equals(c.offset())) {
            w.attr("start", c.timezone());
        } else {
            w.attr("adjustment", c.adjustment()).attr("timezone", c.timezone());
        }
        w.attr("basis", c.basis());
        for (ClockDef.Timer t : c.timers()) {
            w.open("timer").attr("name", t.name()).attr("present", t.present()).attr("tickpolicy", t.tickpolicy())
                    .attr("track", t.track()).attr("frequency", t.frequency()).attr("mode", t.mode()).end("timer");
        }
        w.end("clock");
    }
}
