package org.jvirt.daemon.remote;

import org.jvirt.rpc.remote.DomainEventProcedures;
import org.jvirt.rpc.remote.ConnectProcedures;

/**
 * CONNECT_SUPPORTS_FEATURE as libvirtd 9.0 answers it (virDrvFeature numbers): keepalive is accepted before the
 * connection is open and starts the pings; the RPC-level features are the daemon's; the rest are what every
 * driver reports since libvirt 8 (typed string parameters, the fixed virNetworkUpdate order) and no
 * migration. Checked against a real libvirtd: 8, 9, 10, 14, 15, 16 answer 1, everything else 0.
 */
final class Features {

    static final int FD_PASSING = 8;
    static final int TYPED_PARAM_STRING = 9;
    static final int PROGRAM_KEEPALIVE = 10;
    static final int REMOTE_EVENT_CALLBACK = 14;
    static final int REMOTE_CLOSE_CALLBACK = 15;
    static final int NETWORK_UPDATE_HAS_CORRECT_ORDER = 16;

    private Features() {
    }

    static int answer(RemoteClient c, int feature) {
        if (feature == PROGRAM_KEEPALIVE) {
            c.link().startKeepAlive();
            return 1;
        }
        c.conn();
        return switch (feature) {
            case FD_PASSING, TYPED_PARAM_STRING, NETWORK_UPDATE_HAS_CORRECT_ORDER -> 1;
            // only claimed when the procedures behind them are served, so a client never relies on a missing one
            case REMOTE_EVENT_CALLBACK -> Wire.bool(c.serves(DomainEventProcedures.CONNECT_DOMAIN_EVENT_CALLBACK_REGISTER_ANY));
            case REMOTE_CLOSE_CALLBACK -> Wire.bool(c.serves(ConnectProcedures.CONNECT_REGISTER_CLOSE_CALLBACK));
            default -> 0;
        };
    }
}
