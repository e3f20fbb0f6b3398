package org.jvirt.virsh.host;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** domxml-to-native FORMAT [XML] [--domain D]: a domain's XML (from a file or a domain) in a native format. */
public final class DomxmlToNativeCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "domain", "xml");
        String format = cmd.string("format");
        String xml;
        if (cmd.has("domain")) {
            Domain dom = sh.domain(cmd);
            if (dom == null) {
                return false;
            }
            xml = dom.getXMLDesc(0);
        } else if (cmd.has("xml")) {
            xml = XmlFiles.read(cmd.string("xml"));
        } else {
            sh.error("need either domain or domain XML");
            return false;
        }
        sh.print(sh.conn().domainXMLToNative(format, xml, 0));
        return true;
    }
}
