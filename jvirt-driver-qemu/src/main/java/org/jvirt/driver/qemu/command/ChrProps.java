package org.jvirt.driver.qemu.command;

import java.util.List;
import org.jvirt.conf.domain.ChrDef;

/** A serial port: its host-side -chardev (key=value syntax, paths comma-escaped) and its isa-serial -device. */
final class ChrProps {

    private ChrProps() {
    }

    static List<String> serial(ChrDef chr, int n) {
        String alias = chr.alias() != null ? chr.alias() : "serial" + n;
        String id = "char" + alias;
        var device = QemuOptions.props().put("driver", "isa-serial").put("chardev", id).put("id", alias).put("index", n);
        return List.of("-chardev", chardev(chr, id), "-device", QemuOptions.json(device));
    }

    /** The -chardev value for {@code chr} with the given id (qemuBuildChrChardevStr). */
    static String chardev(ChrDef chr, String id) {
        return switch (chr.type()) {
            case "pty" -> "pty,id=" + id;
            case "null" -> "null,id=" + id;
            case "file" -> "file,id=" + id + ",path=" + QemuOptions.escapeComma(chr.path());
            case "unix" -> "socket,id=" + id + ",path=" + QemuOptions.escapeComma(chr.path())
                    + ("bind".equals(chr.mode()) ? ",server=on,wait=off" : "");
            case "tcp" -> "socket,id=" + id + ",host=" + chr.host() + ",port=" + chr.service()
                    + ("telnet".equals(chr.protocol()) ? ",telnet=on" : "")
                    + ("bind".equals(chr.mode()) ? ",server=on,wait=off" : "");
            default -> throw QemuOptions.unsupported("character device type '%s' is not supported", chr.type());
        };
    }
}
