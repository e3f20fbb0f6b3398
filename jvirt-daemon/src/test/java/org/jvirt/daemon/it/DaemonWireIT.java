package org.jvirt.daemon.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jvirt.daemon.RawClient;
import org.jvirt.daemon.TestDaemon;
import org.jvirt.rpc.RpcHeader;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcPrograms;
import org.jvirt.rpc.remote.ConnectOpenArgs;
import org.jvirt.rpc.remote.ConnectSupportsFeatureArgs;
import org.jvirt.rpc.remote.DomainLookupByNameArgs;
import org.jvirt.rpc.remote.DomainSuspendArgs;
import org.jvirt.rpc.remote.NonnullDomain;
import org.jvirt.rpc.remote.RemoteError;
import org.jvirt.rpc.remote.RemoteProcedure;
import org.jvirt.rpc.remote.DomainProcedures;
import org.jvirt.rpc.remote.ConnectProcedures;
import org.jvirt.rpc.xdr.XdrCodecs;
import org.jvirt.rpc.xdr.XdrVoid;
import org.junit.jupiter.api.Test;

/**
 * The same packets, byte for byte, to libvirtd and to jvirtd: the answers must be the same bytes (headers,
 * results, full error records with str1..3 and int1..2), including for the daemon's own errors.
 */
class DaemonWireIT {

    private static final Duration T = Duration.ofSeconds(10);

    private static <A> RpcMessage call(RemoteProcedure<A, ?> p, A args, int serial) {
        return RpcMessage.of(RpcHeader.call(RpcPrograms.REMOTE, 1, p.number(), serial), p.args(), args);
    }

    /** The conversation: every packet sent, in order, each expecting one reply with its serial. */
    private static List<RpcMessage> script() {
        List<RpcMessage> s = new ArrayList<>();
        int n = 1;
        s.add(call(ConnectProcedures.CONNECT_SUPPORTS_FEATURE, new ConnectSupportsFeatureArgs(9), n++));
        s.add(call(ConnectProcedures.CONNECT_GET_TYPE, XdrVoid.VOID, n++));
        s.add(call(ConnectProcedures.AUTH_LIST, XdrVoid.VOID, n++));
        s.add(new RpcMessage(RpcHeader.call(RpcPrograms.REMOTE, 1, 9999, n++), new byte[0]));
        s.add(new RpcMessage(RpcHeader.call(RpcPrograms.REMOTE, 2, 3, n++), new byte[0]));
        s.add(new RpcMessage(RpcHeader.call(0x1234, 1, 3, n++), new byte[0]));
        s.add(new RpcMessage(new RpcHeader(RpcPrograms.REMOTE, 1, 3, 0, n++, 1), new byte[0]));
        s.add(new RpcMessage(RpcHeader.call(RpcPrograms.REMOTE, 1, 1, n++), new byte[] {0, 0}));
        s.add(call(ConnectProcedures.CONNECT_OPEN, new ConnectOpenArgs("test:///default", 0), n++));
        for (int f = 0; f < 18; f++) {
            if (f != 10) {
                s.add(call(ConnectProcedures.CONNECT_SUPPORTS_FEATURE, new ConnectSupportsFeatureArgs(f), n++));
            }
        }
        s.add(call(ConnectProcedures.CONNECT_GET_TYPE, XdrVoid.VOID, n++));
        s.add(call(DomainProcedures.DOMAIN_LOOKUP_BY_NAME, new DomainLookupByNameArgs("test"), n++));
        s.add(call(DomainProcedures.DOMAIN_LOOKUP_BY_NAME, new DomainLookupByNameArgs("nope"), n++));
        s.add(call(DomainProcedures.DOMAIN_SUSPEND, new DomainSuspendArgs(new NonnullDomain("nope", new byte[16], -1)), n++));
        s.add(call(ConnectProcedures.CONNECT_OPEN, new ConnectOpenArgs("test:///default", 0), n++));
        return s;
    }

    private static List<String> converse(Path socket) throws Exception {
        List<String> out = new ArrayList<>();
        try (RawClient c = RawClient.connect(socket)) {
            for (RpcMessage m : script()) {
                c.send(m);
                RpcMessage r = c.awaitSerial(m.header().serial(), T);
                String body = r.header().status() == 1
                        ? XdrCodecs.decode(RemoteError.class, r.payload()).toString()
                        : HexFormat.of().formatHex(r.payload());
                out.add(r.header() + " " + body + " " + HexFormat.of().formatHex(r.payload()));
            }
        }
        return out;
    }

    @Test
    void sameBytesBack() throws Exception {
        Path libvirtd = Libvirtd.socket();
        try (TestDaemon jvirtd = TestDaemon.start(Files.createTempDirectory("jvirtd-wire"), "")) {
            List<String> got = converse(jvirtd.rwSocket());
            List<String> want = converse(libvirtd);
            assertThat(got).containsExactlyElementsOf(want);
        }
    }
}
