package org.jvirt.driver.remote;

import java.util.Optional;
import java.util.Set;
import org.jvirt.spi.ConnectDriver;
import org.jvirt.spi.ConnectDriverProvider;
import org.jvirt.spi.ConnectUri;

/**
 * The remote driver: the wildcard provider, tried after every in-process driver (DESIGN.md rule 2). It serves
 * every URI that reaches it, as libvirt's remote driver does outside a daemon: a transport or a host means a
 * daemon elsewhere, and a local URI nothing in this process took goes to the local daemon's socket
 * (/var/run/libvirt/libvirt-sock). Inside a daemon (system property {@value #INSIDE_DAEMON} = true) it only
 * takes URIs that name a server, so that a daemon never connects to itself.
 */
public final class RemoteDriverProvider implements ConnectDriverProvider {

    public static final String INSIDE_DAEMON = "jvirt.remote.insideDaemon";

    /** Nothing happens here: the provider is instantiated on every shell start-up. */
    public RemoteDriverProvider() {
    }

    @Override
    public Set<String> uriSchemes() {
        return Set.of();
    }

    @Override
    public Optional<ConnectDriver> connectOpen(ConnectUri uri, int flags) {
        boolean insideDaemon = Boolean.getBoolean(INSIDE_DAEMON);
        if (insideDaemon && (uri.host() == null || uri.host().isEmpty())) {
            return Optional.empty();
        }
        RemoteTarget target = RemoteTargets.resolve(uri.text(), flags, RemoteHost.SYSTEM, insideDaemon);
        return Optional.of(RemoteConnection.open(target));
    }
}
