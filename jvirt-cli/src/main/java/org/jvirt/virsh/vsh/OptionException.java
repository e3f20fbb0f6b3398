package org.jvirt.virsh.vsh;

import org.jvirt.error.VirtException;

/**
 * An option value vsh refuses at run time ("Numeric value 'x' for <count> option is malformed..."), with the
 * libvirt error that the refusal left behind, if any (virsh reports it after its own message).
 */
public final class OptionException extends RuntimeException {

    private final transient VirtException libvirtError;

    public OptionException(String message) {
        this(message, null);
    }

    public OptionException(String message, VirtException libvirtError) {
        super(message, null, false, false);
        this.libvirtError = libvirtError;
    }

    /** The libvirt error to report after the message, or null. */
    public VirtException libvirtError() {
        return libvirtError;
    }
}
