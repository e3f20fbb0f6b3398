package org.jvirt.driver.remote;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jvirt.error.VirtError;
import org.jvirt.error.VirtException;

/**
 * Steps run twice, once as python3-libvirt expressions and once as Java lambdas over jvirt's API, each printing
 * one line per step: its value in one shared text form, or its error's full record. Equal lines mean equal
 * results and equal errors.
 *
 * @param <C> what the Java lambdas work on
 */
final class OracleSteps<C> {

    @FunctionalInterface
    interface JavaStep<C> {
        Object run(C ctx) throws Exception;
    }

    private record Step<C>(String name, String python, JavaStep<C> java) {
    }

    /** Python helpers: the shared text form (fmt) and the step runner (run). */
    static final String PY_PRELUDE = """
            import libvirt, sys
            libvirt.registerErrorHandler(lambda c, e: None, None)
            def fmt(v):
                if isinstance(v, bool): return 'true' if v else 'false'
                if v is None: return 'null'
                if isinstance(v, dict): return '{' + ', '.join('%s=%s' % (k, fmt(v[k])) for k in sorted(v)) + '}'
                if isinstance(v, (list, tuple)): return '[' + ', '.join(fmt(x) for x in v) + ']'
                return str(v)
            def esc(s): return s.replace('\\\\', '\\\\\\\\').replace('\\n', '\\\\n')
            def run(name, f):
                try:
                    print(name + '\\tok\\t' + esc(fmt(f())))
                except libvirt.libvirtError as e:
                    print(name + '\\terr\\t' + esc(fmt([e.get_error_code(), e.get_error_domain(), e.get_error_level(),
                        e.get_error_message(), e.get_str1(), e.get_str2(), e.get_str3(), e.get_int1(), e.get_int2()])))
                sys.stdout.flush()
            """;

    private final List<Step<C>> steps = new ArrayList<>();

    OracleSteps<C> step(String name, String python, JavaStep<C> java) {
        steps.add(new Step<>(name, python, java));
        return this;
    }

    /** The python program: prelude, the caller's setup lines, one run() per step. */
    String python(String setup) {
        StringBuilder b = new StringBuilder(PY_PRELUDE).append(setup).append('\n');
        for (Step<C> s : steps) {
            b.append("run(").append(pyString(s.name)).append(", lambda: ").append(s.python).append(")\n");
        }
        return b.toString();
    }

    List<String> java(C ctx) {
        List<String> out = new ArrayList<>();
        for (Step<C> s : steps) {
            String line;
            try {
                line = s.name + "\tok\t" + esc(fmt(s.java.run(ctx)));
            } catch (VirtException e) {
                VirtError r = e.error();
                line = s.name + "\terr\t" + esc(fmt(List.of(r.code().value(), r.domain().value(), r.level().value(),
                        nul(r.message()), nul(r.str1()), nul(r.str2()), nul(r.str3()), r.int1(), r.int2())));
            } catch (Exception e) {
                line = s.name + "\tjava-exception\t" + e;
            }
            out.add(line);
        }
        return out;
    }

    private static Object nul(String s) {
        return s == null ? NULL : s;
    }

    private static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    static String fmt(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> sorted = new TreeMap<>();
            m.forEach((k, x) -> sorted.put(String.valueOf(k), x));
            List<String> parts = new ArrayList<>();
            sorted.forEach((k, x) -> parts.add(k + "=" + fmt(x)));
            return "{" + String.join(", ", parts) + "}";
        }
        if (v instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            for (Object x : c) {
                parts.add(fmt(x));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        if (v.getClass().isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) {
                items.add(Array.get(v, i));
            }
            return fmt(items);
        }
        return v.toString();
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n");
    }

    static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }

    /** python's 1/0 for libvirt's int-valued booleans. */
    static int i(boolean b) {
        return b ? 1 : 0;
    }
}
