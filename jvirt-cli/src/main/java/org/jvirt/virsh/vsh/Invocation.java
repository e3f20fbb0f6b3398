package org.jvirt.virsh.vsh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One parsed command with its option values (vsh's vshCmd). The typed getters raise {@link OptionException}
 * with vsh's messages; they are reported when the command runs, as in virsh.
 */
public final class Invocation {

    private final CommandDef def;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> argv = new ArrayList<>();
    private final java.util.Set<String> filled = new java.util.HashSet<>();
    private boolean help;

    Invocation(CommandDef def) {
        this.def = def;
    }

    static Invocation helpFor(CommandDef helpDef, String command) {
        Invocation inv = new Invocation(helpDef);
        inv.put(helpDef.opt("command"), command);
        return inv;
    }

    public CommandDef def() {
        return def;
    }

    public String name() {
        return def.name();
    }

    void markHelp() {
        help = true;
    }

    boolean isHelp() {
        return help;
    }

    boolean seen(OptDef opt) {
        return values.containsKey(opt.name()) || filled.contains(opt.name());
    }

    void put(OptDef opt, String value) {
        if (opt.type() == OptDef.Type.ARGV) {
            argv.add(value);
            filled.add(opt.name());
        } else {
            values.put(opt.name(), value);
        }
    }

    /** vshCmddefGetData: the first positional option not yet given; an ARGV option takes every word after. */
    OptDef nextPositional() {
        for (OptDef o : def.opts()) {
            if (o.positional() && (o.type() == OptDef.Type.ARGV || !values.containsKey(o.name()))) {
                return o;
            }
        }
        return null;
    }

    /** Whether the option was given (any type). */
    public boolean has(String name) {
        return values.containsKey(name) || filled.contains(name);
    }

    /** vshCommandOptStringReq: null when absent; an empty value is an error. */
    public String string(String name) {
        String v = values.get(name);
        if (v != null && v.isEmpty()) {
            throw new OptionException("Failed to get option '" + name + "': Option argument is empty");
        }
        return v;
    }

    /** The raw value, empty allowed (VSH_OFLAG_EMPTY_OK options). */
    public String raw(String name) {
        return values.get(name);
    }

    public List<String> argv() {
        return argv;
    }

    /**
     * The virStrToLong_* family parse with strtol: C blanks before the number are skipped, anything after it
     * (trailing blanks included) makes the value malformed. Java's parsers take one leading sign themselves.
     */
    private static String leadingBlanksOff(String v) {
        int i = 0;
        while (i < v.length() && " \t\n\u000b\f\r".indexOf(v.charAt(i)) >= 0) {
            i++;
        }
        return v.substring(i);
    }

    /** vshCommandOptInt: absent gives {@code dflt}. */
    public int intOpt(String name, int dflt) {
        String v = values.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(leadingBlanksOff(v));
        } catch (NumberFormatException e) {
            throw new OptionException("Numeric value '" + v + "' for <" + name + "> option is malformed or out of range");
        }
    }

    /** vshCommandOptLongLong: absent gives {@code dflt}. */
    public long longOpt(String name, long dflt) {
        return number(name, dflt, Long::parseLong);
    }

    private long number(String name, long dflt, java.util.function.ToLongFunction<String> parse) {
        String v = values.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            return parse.applyAsLong(leadingBlanksOff(v));
        } catch (NumberFormatException e) {
            throw new OptionException("Numeric value '" + v + "' for <" + name + "> option is malformed or out of range");
        }
    }

    /** vshCommandOptUInt (negative and malformed are errors). */
    public int uintOpt(String name, int dflt) {
        int r = intOpt(name, dflt);
        if (r < 0) {
            throw new OptionException("Numeric value '" + values.get(name) + "' for <" + name
                    + "> option is malformed or out of range");
        }
        return r;
    }

    /** vshCommandOptULongLong: an unsigned 64-bit value (virStrToLong_ullp: no sign but '+'); absent gives {@code dflt}. */
    public long ullongOpt(String name, long dflt) {
        String v = values.get(name);
        if (v == null) {
            return dflt;
        }
        String s = leadingBlanksOff(v);
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        try {
            if (s.isEmpty() || !Character.isDigit(s.charAt(0))) {
                throw new NumberFormatException(v);
            }
            return Long.parseUnsignedLong(s);
        } catch (NumberFormatException e) {
            throw new OptionException("Numeric value '" + v + "' for <" + name + "> option is malformed or out of range");
        }
    }

    /**
     * vshCommandOptScaledInt: a number with an optional unit suffix, in units of {@code scale} bytes; the result
     * is in bytes. Both numbers are unsigned (C's unsigned long long). Parsing is virStrToLong_ullp (leading
     * blanks and '+', no '-'), scaling is virScaleInteger, whose own libvirt error ("unknown suffix",
     * "value too large") virsh reports after its message.
     */
    public long scaled(String name, long scale, long max) {
        String v = values.get(name);
        String bad = "Scaled numeric value '" + v + "' for <" + name + "> option is malformed or out of range";
        return ScaledInt.parse(v, scale, max, bad);
    }
}
