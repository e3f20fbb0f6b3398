package org.jvirt.conf.domain;

/**
 * A character device: serial, parallel, console or channel.
 *
 * @param kind which element it is written as
 * @param type source type: "pty", "file", "dev", "pipe", "tcp", "udp", "unix", "null", "vc", "stdio", ...
 * @param path source path (file/dev/pipe/unix; for pty the tty, a runtime value)
 * @param host tcp/udp host
 * @param service tcp/udp service (port)
 * @param mode tcp/unix "bind"/"connect"
 * @param protocol tcp protocol type ("raw", "telnet", ...)
 * @param targetType the {@code <target type=>} (console: "serial", "virtio", "xen"...; channel: "virtio", "guestfwd")
 * @param targetPort port number, or -1
 * @param targetName channel target name (for a guestfwd channel: the target address; its port is targetPort)
 */
public record ChrDef(Kind kind, String type, String path, String host, String service, String mode,
        String protocol, String targetType, int targetPort, String targetName, String targetModel,
        DeviceAddress address, String alias) implements DeviceDef {

    /** Without an alias (a device as written by a user or built by a driver before aliases are assigned). */
    public ChrDef(Kind kind, String type, String path, String host, String service, String mode,
        String protocol, String targetType, int targetPort, String targetName, String targetModel,
        DeviceAddress address) {
        this(kind, type, path, host, service, mode, protocol, targetType, targetPort, targetName, targetModel, address, null);
    }

    public enum Kind {
        SERIAL("serial"), PARALLEL("parallel"), CONSOLE("console"), CHANNEL("channel");

        private final String xml;

        Kind(String xml) {
            this.xml = xml;
        }

        public String xml() {
            return xml;
        }
    }

    @Override
    public String elementName() {
        return kind.xml();
    }

    public ChrDef withPath(String p) {
        return new ChrDef(kind, type, p, host, service, mode, protocol, targetType, targetPort, targetName,
                targetModel, address, alias);
    }

    public ChrDef withTarget(String tType, int tPort) {
        return new ChrDef(kind, type, path, host, service, mode, protocol, tType, tPort, targetName, targetModel,
                address, alias);
    }

    @Override
    public ChrDef withAlias(String a) {
        return new ChrDef(kind, type, path, host, service, mode, protocol, targetType, targetPort, targetName, targetModel, address, a);
    }
}
