package org.jvirt.virsh;

import java.io.FilterInputStream;
import java.io.InputStream;

/**
 * Input that stands for a terminal when jvirsh runs in-process ({@link Main#run}): virsh's console needs a
 * controlling TTY and refuses any other stdin, so a caller that scripts a console session (a test) says so by
 * wrapping its stream in this.
 */
public final class TerminalInput extends FilterInputStream {

    public TerminalInput(InputStream in) {
        super(in);
    }
}
