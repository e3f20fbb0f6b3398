package org.jvirt.virsh.vsh;

/**
 * One option of a command, as vsh's vshCmdOptDef: its type, whether it is required and whether bare
 * words may fill it (positional; vsh's "opts_need_arg" set).
 */
public record OptDef(String name, Type type, boolean required, boolean positional) {

    public enum Type { BOOL, INT, STRING, DATA, ARGV }

    /** What "expected syntax: --x <...>" names. */
    String syntaxWord() {
        return type == Type.INT ? "number" : "string";
    }
}
