package org.jvirt.driver.remote;

import java.util.Locale;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.rpc.remote.AuthListRet;
import org.jvirt.rpc.remote.ConnectProcedures;
import org.jvirt.rpc.xdr.XdrVoid;

/**
 * remoteAuthenticate: ask the daemon which auth types it accepts (AUTH_LIST) and use the first, or the one
 * named by {@code auth=}. Only "none" needs nothing more; SASL and polkit are not implemented here, so they
 * fail with libvirt's own report for a type the client cannot do.
 */
final class RemoteAuth {

    static final int NONE = 0;
    static final int SASL = 1;
    static final int POLKIT = 2;

    private RemoteAuth() {
    }

    static void authenticate(RemoteClient client, String authType) {
        AuthListRet list;
        try {
            list = client.call(ConnectProcedures.AUTH_LIST, new XdrVoid());
        } catch (VirtException e) {
            if (e.code() == ErrorCode.NO_SUPPORT) {
                return; // a daemon older than the auth protocol
            }
            throw e;
        }
        int[] types = list.types();
        if (types.length == 0) {
            return;
        }
        int type = NONE;
        if (authType != null) {
            String t = authType.toLowerCase(Locale.ROOT);
            int want;
            if (t.equals("sasl") || t.startsWith("sasl.")) {
                want = SASL;
            } else if (t.equals("polkit")) {
                want = POLKIT;
            } else {
                throw VirtException.of(ErrorCode.AUTH_FAILED, ErrorDomain.REMOTE,
                        "unknown authentication type %s", authType);
            }
            for (int offered : types) {
                if (offered == want) {
                    type = want;
                }
            }
            if (type == NONE) {
                throw VirtException.of(ErrorCode.AUTH_FAILED, ErrorDomain.REMOTE,
                        "requested authentication type %s rejected", authType);
            }
        } else {
            type = types[0];
        }
        if (type != NONE) {
            throw VirtException.of(ErrorCode.AUTH_FAILED, ErrorDomain.REMOTE,
                    "unsupported authentication type %d", type);
        }
    }
}
