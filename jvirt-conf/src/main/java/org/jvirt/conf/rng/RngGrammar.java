package org.jvirt.conf.rng;

import java.util.HashMap;
import java.util.Map;

/**
 * One {@code <grammar>} of a loaded schema: its start pattern and its named definitions. An identity object, so
 * that the cyclic pattern graph (a {@link RngPattern.Ref} names its grammar) never gets compared or hashed deeply.
 */
public final class RngGrammar {

    private final Map<String, RngPattern> defines = new HashMap<>();
    private RngPattern start;

    RngGrammar() {
    }

    public RngPattern start() {
        return start;
    }

    void start(RngPattern p) {
        start = p;
    }

    /** The definition a ref names; the loader has checked that every ref resolves. */
    public RngPattern define(String name) {
        return defines.get(name);
    }

    Map<String, RngPattern> defines() {
        return defines;
    }

    @Override
    public String toString() {
        return "grammar" + defines.keySet();
    }
}
