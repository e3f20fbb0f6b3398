package org.jvirt.daemon.conf;

import java.nio.file.Path;
import java.util.Optional;

/**
 * jvirtd's settings: the libvirtd.conf keys jvirtd honours, with libvirtd 9.0's defaults
 * (remote_daemon_config.c daemonConfigNew), except that auth defaults to "none" on the unix sockets since
 * jvirtd has no polkit (the rw socket then defaults to mode 0700, as libvirtd's does without polkit).
 * Paths are already resolved against {@link HostPaths}; TLS files stay null when not configured (see
 * {@link #tlsFiles()}).
 */
public record DaemonConfig(
        Path unixSockDir,
        int unixSockRoPerms,
        int unixSockRwPerms,
        String unixSockGroup,
        AuthType authUnixRo,
        AuthType authUnixRw,
        boolean listenTcp,
        boolean listenTls,
        int tcpPort,
        int tlsPort,
        String listenAddr,
        AuthType authTcp,
        AuthType authTls,
        Path keyFile,
        Path certFile,
        Path caFile,
        boolean tlsNoVerifyCertificate,
        int maxClients,
        int maxWorkers,
        int maxClientRequests,
        int maxQueuedClients,
        int keepaliveInterval,
        int keepaliveCount,
        boolean privileged,
        HostPaths host) {

    public static final String RW_SOCKET = "libvirt-sock";
    public static final String RO_SOCKET = "libvirt-sock-ro";

    /** libvirtd's defaults for this host. */
    public static DaemonConfig defaults(HostPaths host) {
        return new DaemonConfig(host.defaultSocketDir(), 0777, 0700, null, AuthType.NONE, AuthType.NONE,
                false, true, 16509, 16514, null, AuthType.SASL, AuthType.NONE, null, null, null, false,
                5000, 20, 5, 1000, 5, 5, host.privileged(), host);
    }

    /** The defaults overridden by the keys of {@code file}; unknown keys are ignored, as libvirtd does. */
    public static DaemonConfig load(ConfFile file, HostPaths host) throws ConfigException {
        DaemonConfig d = defaults(host);
        String name = file.fileName();
        return new DaemonConfig(
                file.string("unix_sock_dir").map(Path::of).orElse(d.unixSockDir),
                mode(file.string("unix_sock_ro_perms"), d.unixSockRoPerms),
                mode(file.string("unix_sock_rw_perms"), d.unixSockRwPerms),
                file.string("unix_sock_group").orElse(null),
                auth(file, name, "auth_unix_ro", d.authUnixRo),
                auth(file, name, "auth_unix_rw", d.authUnixRw),
                file.bool("listen_tcp").orElse(d.listenTcp),
                file.bool("listen_tls").orElse(d.listenTls),
                port(file.string("tcp_port"), d.tcpPort),
                port(file.string("tls_port"), d.tlsPort),
                file.string("listen_addr").orElse(null),
                auth(file, name, "auth_tcp", d.authTcp),
                auth(file, name, "auth_tls", d.authTls),
                file.string("key_file").map(Path::of).orElse(null),
                file.string("cert_file").map(Path::of).orElse(null),
                file.string("ca_file").map(Path::of).orElse(null),
                file.bool("tls_no_verify_certificate").orElse(d.tlsNoVerifyCertificate),
                positive(file, "max_clients", d.maxClients, false),
                positive(file, "max_workers", d.maxWorkers, true),
                positive(file, "max_client_requests", d.maxClientRequests, false),
                positive(file, "max_queued_clients", d.maxQueuedClients, false),
                file.integer("keepalive_interval").orElse(d.keepaliveInterval),
                (int) Math.min(Integer.MAX_VALUE, file.uint("keepalive_count").orElse((long) d.keepaliveCount)),
                host.privileged(), host);
    }

    public static DaemonConfig load(Path file, HostPaths host) throws ConfigException {
        return load(ConfFile.read(file), host);
    }

    private static AuthType auth(ConfFile file, String name, String key, AuthType dflt) throws ConfigException {
        Optional<String> s = file.string(key);
        if (s.isEmpty()) {
            return dflt;
        }
        AuthType t = AuthType.of(s.get());
        if (t == null) {
            throw new ConfigException("unsupported configuration: " + name + ": " + key + ": unsupported auth " + s.get());
        }
        return t;
    }

    /** virStrToLong_i(perms, NULL, 8). */
    private static int mode(Optional<String> s, int dflt) throws ConfigException {
        if (s.isEmpty()) {
            return dflt;
        }
        try {
            int m = Integer.parseInt(s.get().strip(), 8);
            if (m < 0 || m > 07777) {
                throw new NumberFormatException();
            }
            return m;
        } catch (NumberFormatException e) {
            throw new ConfigException("Failed to parse mode '" + s.get() + "'");
        }
    }

    /** libvirt also resolves service names through /etc/services; jvirtd takes port numbers only. */
    private static int port(Optional<String> s, int dflt) throws ConfigException {
        if (s.isEmpty()) {
            return dflt;
        }
        try {
            int p = Integer.parseInt(s.get().strip());
            if (p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new ConfigException("Cannot resolve service '" + s.get() + "': jvirtd takes a port number");
        }
    }

    private static int positive(ConfFile file, String key, int dflt, boolean mustBePositive) throws ConfigException {
        Optional<Long> v = file.uint(key);
        if (v.isEmpty()) {
            return dflt;
        }
        if (mustBePositive && v.get() < 1) {
            throw new ConfigException("internal error: '" + key + "' must be greater than 0");
        }
        return (int) Math.min(Integer.MAX_VALUE, v.get());
    }

    /** The read-write socket: DIR/libvirt-sock. */
    public Path rwSocket() {
        return unixSockDir.resolve(RW_SOCKET);
    }

    /** The read-only socket DIR/libvirt-sock-ro; libvirtd only creates it when running as root. */
    public Optional<Path> roSocket() {
        return privileged ? Optional.of(unixSockDir.resolve(RO_SOCKET)) : Optional.empty();
    }

    /** The TLS files to use: all three configured, or none and libvirt's default paths. */
    public record TlsFiles(Path caFile, Path certFile, Path keyFile) {
    }

    /** libvirt's rule (daemonSetupNetworking): setting some of ca_file, cert_file, key_file needs all three. */
    public TlsFiles tlsFiles() throws ConfigException {
        if (caFile == null && certFile == null && keyFile == null) {
            return new TlsFiles(host.defaultCaFile(), host.defaultCertFile(), host.defaultKeyFile());
        }
        if (caFile == null) {
            throw new ConfigException("unsupported configuration: No CA certificate path set to match server key/cert");
        }
        if (certFile == null) {
            throw new ConfigException("unsupported configuration: No server certificate path set to match server key");
        }
        if (keyFile == null) {
            throw new ConfigException("unsupported configuration: No server key path set to match server cert");
        }
        return new TlsFiles(caFile, certFile, keyFile);
    }
}
