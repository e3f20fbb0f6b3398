package org.jvirt.virsh.storage;

import org.jvirt.virsh.Opts;
import org.jvirt.virsh.vsh.Invocation;

/**
 * virshBuildPoolXML: the pool document pool-define-as and pool-create-as make of their options. Values go in
 * as typed, unescaped, as virsh pastes them; the driver's parser then judges the result.
 */
final class PoolXmlArgs {

    private PoolXmlArgs() {
    }

    static String build(Invocation cmd) {
        Opts.exclusive(cmd, "secret-usage", "secret-uuid");
        String name = cmd.string("name");
        String type = cmd.string("type");
        String srcHost = cmd.string("source-host");
        String srcPath = cmd.string("source-path");
        String srcDev = cmd.string("source-dev");
        String srcName = cmd.string("source-name");
        String srcFormat = cmd.string("source-format");
        String target = cmd.string("target");
        String authType = cmd.string("auth-type");
        String authUser = cmd.string("auth-username");
        String secretUsage = cmd.string("secret-usage");
        String secretUuid = cmd.string("secret-uuid");
        String adapterName = cmd.string("adapter-name");
        String wwnn = cmd.string("adapter-wwnn");
        String wwpn = cmd.string("adapter-wwpn");
        String parent = cmd.string("adapter-parent");
        String parentWwnn = cmd.string("adapter-parent-wwnn");
        String parentWwpn = cmd.string("adapter-parent-wwpn");
        String parentFabric = cmd.string("adapter-parent-fabric-wwn");
        String protoVer = cmd.string("source-protocol-ver");
        String initiator = cmd.string("source-initiator");

        StringBuilder b = new StringBuilder();
        b.append("<pool type='").append(type).append("'>\n");
        b.append("  <name>").append(name).append("</name>\n");
        boolean fc = wwnn != null && wwpn != null;
        if (srcHost != null || srcPath != null || srcDev != null || initiator != null || srcFormat != null
                || srcName != null || fc || adapterName != null) {
            b.append("  <source>\n");
            if (srcHost != null) {
                b.append("    <host name='").append(srcHost).append("'/>\n");
            }
            if (srcPath != null) {
                b.append("    <dir path='").append(srcPath).append("'/>\n");
            }
            if (srcDev != null) {
                b.append("    <device path='").append(srcDev).append("'/>\n");
            }
            if (initiator != null) {
                b.append("    <initiator>\n      <iqn name='").append(initiator).append("'/>\n    </initiator>\n");
            }
            if (fc) {
                b.append("    <adapter type='fc_host'");
                if (parent != null) {
                    b.append(" parent='").append(parent).append('\'');
                } else if (parentWwnn != null && parentWwpn != null) {
                    b.append(" parent_wwnn='").append(parentWwnn).append("' parent_wwpn='").append(parentWwpn)
                            .append('\'');
                } else if (parentFabric != null) {
                    b.append(" parent_fabric_wwn='").append(parentFabric).append('\'');
                }
                b.append(" wwnn='").append(wwnn).append("' wwpn='").append(wwpn).append("'/>\n");
            } else if (adapterName != null) {
                b.append("    <adapter type='scsi_host' name='").append(adapterName).append("'/>\n");
            }
            // an <auth> needs all three parts; a partial set is silently dropped, as virsh does
            if (authType != null && authUser != null && (secretUsage != null || secretUuid != null)) {
                b.append("    <auth type='").append(authType).append("' username='").append(authUser).append("'>\n");
                if (secretUsage != null) {
                    b.append("      <secret usage='").append(secretUsage).append("'/>\n");
                } else {
                    b.append("      <secret uuid='").append(secretUuid).append("'/>\n");
                }
                b.append("    </auth>\n");
            }
            if (srcFormat != null) {
                b.append("    <format type='").append(srcFormat).append("'/>\n");
            }
            if (srcName != null) {
                b.append("    <name>").append(srcName).append("</name>\n");
            }
            if (protoVer != null) {
                b.append("    <protocol ver='").append(protoVer).append("'/>\n");
            }
            b.append("  </source>\n");
        }
        if (target != null) {
            b.append("  <target>\n    <path>").append(target).append("</path>\n  </target>\n");
        }
        b.append("</pool>\n");
        return b.toString();
    }
}
