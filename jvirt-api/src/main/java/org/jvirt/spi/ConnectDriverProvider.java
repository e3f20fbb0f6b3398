package org.jvirt.spi;

import java.util.Optional;
import java.util.Set;

/**
 * A driver, found with {@link java.util.ServiceLoader} (META-INF/services/org.jvirt.spi.ConnectDriverProvider)
 * and chosen by URI scheme, the way java.nio.file picks a FileSystemProvider. A provider whose
 * {@link #uriSchemes()} is empty is a wildcard (the remote driver) and is tried after every other.
 */
public interface ConnectDriverProvider {

    /** The URI schemes (driver part before any '+') this provider serves; empty for the wildcard. */
    Set<String> uriSchemes();

    /**
     * Opens a connection, or declines with an empty result (libvirt's VIR_DRV_OPEN_DECLINED) so that
     * the next provider is tried. Throws VirtException when the URI is this provider's but cannot be opened.
     *
     * @param flags virConnectFlags (RO is already enforced by the public layer; drivers may ignore it)
     */
    Optional<ConnectDriver> connectOpen(ConnectUri uri, int flags);
}
