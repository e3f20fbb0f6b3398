package org.jvirt.virsh.host;

import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * maxvcpus [--type]: as virsh 9.0, the {@code <vcpu max>} of the domain capabilities first (the machine's real
 * limit), virConnectGetMaxVcpus only when the driver has no domain capabilities.
 */
public final class MaxvcpusCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String type = cmd.string("type");
        int n = -1;
        String caps = null;
        try {
            caps = sh.conn().getDomainCapabilities(null, null, null, type, 0);
        } catch (VirtException e) {
            // vshResetLibvirtError: fall back to the older call
        }
        if (caps != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<vcpu max='(\\d+)'").matcher(caps);
            if (!m.find()) {
                throw new org.jvirt.virsh.vsh.OptionException("failed to get maximum vcpu count");
            }
            n = Integer.parseInt(m.group(1));
        }
        if (n < 0) {
            n = sh.conn().getMaxVcpus(type);
        }
        sh.print(n + "\n");
        return true;
    }
}
