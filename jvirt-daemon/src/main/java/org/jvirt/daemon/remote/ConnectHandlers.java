package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.ConnectProcedures.*;

import org.jvirt.rpc.remote.AuthListRet;
import org.jvirt.rpc.remote.ConnectGetCapabilitiesRet;
import org.jvirt.rpc.remote.ConnectGetHostnameRet;
import org.jvirt.rpc.remote.ConnectGetLibVersionRet;
import org.jvirt.rpc.remote.ConnectGetMaxVcpusRet;
import org.jvirt.rpc.remote.ConnectGetSysinfoRet;
import org.jvirt.rpc.remote.ConnectGetTypeRet;
import org.jvirt.rpc.remote.ConnectGetUriRet;
import org.jvirt.rpc.remote.ConnectGetVersionRet;
import org.jvirt.rpc.remote.ConnectIsSecureRet;
import org.jvirt.rpc.remote.ConnectSupportsFeatureRet;
import org.jvirt.rpc.xdr.XdrVoid;

/** The connection procedures: open/close, identity, auth and feature negotiation. */
final class ConnectHandlers {

    /** remote_auth_type REMOTE_AUTH_NONE: the only scheme jvirtd serves. */
    static final int AUTH_NONE = 0;

    private ConnectHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(CONNECT_OPEN, (c, a) -> {
            c.open(a.name(), a.flags());
            return XdrVoid.VOID;
        });
        t.on(CONNECT_CLOSE, (c, a) -> {
            c.closeAfterReply();
            return XdrVoid.VOID;
        });
        t.on(AUTH_LIST, (c, a) -> new AuthListRet(new int[] {AUTH_NONE}));
        t.on(CONNECT_SUPPORTS_FEATURE, (c, a) -> new ConnectSupportsFeatureRet(Features.answer(c, a.feature())));
        t.on(CONNECT_GET_TYPE, (c, a) -> new ConnectGetTypeRet(c.conn().getType()));
        t.on(CONNECT_GET_VERSION, (c, a) -> new ConnectGetVersionRet(c.conn().getVersion()));
        t.on(CONNECT_GET_LIB_VERSION, (c, a) -> new ConnectGetLibVersionRet(c.conn().getLibVersion()));
        t.on(CONNECT_GET_HOSTNAME, (c, a) -> new ConnectGetHostnameRet(c.conn().getHostname()));
        t.on(CONNECT_GET_URI, (c, a) -> new ConnectGetUriRet(c.conn().getURI()));
        t.on(CONNECT_GET_SYSINFO, (c, a) -> new ConnectGetSysinfoRet(c.conn().getSysinfo(a.flags())));
        t.on(CONNECT_GET_MAX_VCPUS, (c, a) -> new ConnectGetMaxVcpusRet(c.conn().getMaxVcpus(a.type())));
        t.on(CONNECT_GET_CAPABILITIES, (c, a) -> new ConnectGetCapabilitiesRet(c.conn().getCapabilities()));
        t.on(CONNECT_IS_SECURE, (c, a) -> new ConnectIsSecureRet(Wire.bool(c.conn().isSecure())));
        t.on(CONNECT_GET_DOMAIN_CAPABILITIES, (c, a) -> new org.jvirt.rpc.remote.ConnectGetDomainCapabilitiesRet(
                c.conn().getDomainCapabilities(a.emulatorbin(), a.arch(), a.machine(), a.virttype(), a.flags())));
        // the test and QEMU drivers have no close callbacks of their own: libvirt's daemon then succeeds
        t.on(CONNECT_REGISTER_CLOSE_CALLBACK, (c, a) -> {
            c.conn();
            return XdrVoid.VOID;
        });
        t.on(CONNECT_UNREGISTER_CLOSE_CALLBACK, (c, a) -> {
            c.conn();
            return XdrVoid.VOID;
        });
    }
}
