package org.jvirt.rpc.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import org.jvirt.rpc.RpcFraming;
import org.jvirt.rpc.RpcHeader;
import org.jvirt.rpc.RpcMessage;
import org.jvirt.rpc.RpcPrograms;
import org.jvirt.rpc.RpcStatus;
import org.jvirt.rpc.RpcType;
import org.jvirt.rpc.xdr.XdrVoid;
import org.junit.jupiter.api.Test;

/** The declared layouts against the real thing: a libvirtd 9.0 on a scratch socket (bin/lib/libvirtd-scratch.sh). */
class LibvirtdWireTest {

    private int serial;

    @Test
    void realLibvirtdUnderstandsOurPacketsAndWeUnderstandItsReplies() throws Exception {
        Path sock = ScratchLibvirtd.socket();
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(sock));
            InputStream in = Channels.newInputStream(ch);
            OutputStream out = Channels.newOutputStream(ch);
            assertThat(call(in, out, ConnectProcedures.AUTH_LIST, XdrVoid.VOID).types()).containsExactly(0);
            call(in, out, ConnectProcedures.CONNECT_OPEN, new ConnectOpenArgs("test:///default", 0));
            assertThat(call(in, out, ConnectProcedures.CONNECT_GET_TYPE, XdrVoid.VOID).type()).isEqualTo("TEST");
            NonnullDomain dom = call(in, out, DomainProcedures.DOMAIN_LOOKUP_BY_NAME, new DomainLookupByNameArgs("test")).dom();
            assertThat(dom.name()).isEqualTo("test");
            assertThat(RemoteTypes.uuid(dom.uuid()).toString()).isEqualTo("6695eb01-f6a4-8304-79aa-97f2502e193f");
            DomainGetInfoRet info = call(in, out, DomainProcedures.DOMAIN_GET_INFO, new DomainGetInfoArgs(dom));
            assertThat(info.maxMem()).isEqualTo(8388608);
            assertThat(info.nrVirtCpu()).isEqualTo(2);
            ConnectListAllDomainsRet all = call(in, out, DomainProcedures.CONNECT_LIST_ALL_DOMAINS, new ConnectListAllDomainsArgs(1, 0));
            assertThat(all.ret()).isEqualTo(1);
            assertThat(all.domains()).extracting(NonnullDomain::name).containsExactly("test");

            RemoteError err = callExpectingError(in, out, DomainProcedures.DOMAIN_LOOKUP_BY_NAME, new DomainLookupByNameArgs("nope"));
            assertThat(err.code()).isEqualTo(42);
            assertThat(err.domain()).isEqualTo(12);
            assertThat(err.message()).isEqualTo("Domain not found");
            call(in, out, ConnectProcedures.CONNECT_CLOSE, XdrVoid.VOID);
        }
    }

    private <A, R> R call(InputStream in, OutputStream out, RemoteProcedure<A, R> proc, A args) throws Exception {
        RpcMessage reply = send(in, out, proc, args);
        assertThat(reply.header().rpcStatus()).as("%s", proc).isEqualTo(RpcStatus.OK);
        return reply.body(proc.ret());
    }

    private <A> RemoteError callExpectingError(InputStream in, OutputStream out, RemoteProcedure<A, ?> proc, A args) throws Exception {
        RpcMessage reply = send(in, out, proc, args);
        assertThat(reply.header().rpcStatus()).isEqualTo(RpcStatus.ERROR);
        return reply.body(RemoteError.class);
    }

    private <A> RpcMessage send(InputStream in, OutputStream out, RemoteProcedure<A, ?> proc, A args) throws Exception {
        int s = ++serial;
        RpcFraming.write(out, RpcMessage.of(RpcHeader.call(RpcPrograms.REMOTE, RpcPrograms.REMOTE_VERSION, proc.number(), s),
                proc.args(), args));
        RpcMessage reply = RpcFraming.read(in);
        assertThat(reply.header().rpcType()).isEqualTo(RpcType.REPLY);
        assertThat(reply.header().serial()).isEqualTo(s);
        return reply;
    }
}
