package org.jvirt.virsh.vsh;

/** An option value vsh refuses at run time ("Numeric value 'x' for <count> option is malformed..."). */
public final class OptionException extends RuntimeException {

    public OptionException(String message) {
        super(message, null, false, false);
    }
}
