package org.jvirt.conf.rng;

import java.util.List;

/**
 * The names an {@code <element>} or {@code <attribute>} of a loaded grammar accepts. A namespace of "" is no
 * namespace.
 */
public sealed interface NameClass {

    boolean matches(String ns, String local);

    /** {@code <name>}, or the {@code name=} attribute. */
    record Name(String ns, String local) implements NameClass {
        @Override
        public boolean matches(String n, String l) {
            return local.equals(l) && ns.equals(n);
        }
    }

    /** {@code <anyName>} with an optional {@code <except>}. */
    record AnyName(NameClass except) implements NameClass {
        @Override
        public boolean matches(String n, String l) {
            return except == null || !except.matches(n, l);
        }
    }

    /** {@code <nsName>} with an optional {@code <except>}. */
    record NsName(String ns, NameClass except) implements NameClass {
        @Override
        public boolean matches(String n, String l) {
            return ns.equals(n) && (except == null || !except.matches(n, l));
        }
    }

    /** {@code <choice>} of name classes. */
    record Choice(List<NameClass> options) implements NameClass {
        @Override
        public boolean matches(String n, String l) {
            return options.stream().anyMatch(o -> o.matches(n, l));
        }
    }
}
