package org.jvirt.conf.rng;

import java.util.List;

/**
 * A RELAX NG pattern as Java data: {@link RngLoader} reads our .rng files into these types, {@link RngWalk} judges
 * documents against them with libxml2's messages.
 */
public sealed interface RngPattern {

    /** {@code <element name=...>}: no namespace; attributes and child content together in {@code content}. */
    record Element(String name, RngPattern content) implements RngPattern {
    }

    /** {@code <attribute name=...>} whose value must match {@code value} (text, value, data or a choice of them). */
    record Attribute(String name, RngPattern value) implements RngPattern {
    }

    record Interleave(List<RngPattern> parts) implements RngPattern {
    }

    record Group(List<RngPattern> parts) implements RngPattern {
    }

    record Choice(List<RngPattern> options) implements RngPattern {
    }

    record Optional(RngPattern inner) implements RngPattern {
    }

    record OneOrMore(RngPattern inner) implements RngPattern {
    }

    /** Kept apart from optional(oneOrMore): libxml2 reports on the two differently. */
    record ZeroOrMore(RngPattern inner) implements RngPattern {
    }

    record NotAllowed() implements RngPattern {
    }

    /** {@code <ref name=...>} into a loaded grammar (resolved when matched: grammars are cyclic). */
    record Ref(String name, RngGrammar grammar) implements RngPattern {
        public RngPattern target() {
            return grammar.define(name);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ref r && r.name.equals(name) && r.grammar == grammar;
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    /** An element named by a namespace or a name class (the loader's form of any element not plainly named). */
    record AnyElement(NameClass names, RngPattern content) implements RngPattern {
    }

    /** An attribute named by a namespace or a name class. */
    record AnyAttribute(NameClass names, RngPattern value) implements RngPattern {
    }

    /** {@code <text/>}: any text, comments and processing instructions. */
    record Text() implements RngPattern {
    }

    record Empty() implements RngPattern {
    }

    /** {@code <value>} of the XML Schema library's default type token: equal after whitespace collapsing. */
    record Value(String token) implements RngPattern {
    }

    /** {@code <data type=...>} with its optional pattern facet. */
    record Data(RngDatatype type) implements RngPattern {
    }
}
