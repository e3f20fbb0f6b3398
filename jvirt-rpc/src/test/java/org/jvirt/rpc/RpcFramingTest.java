package org.jvirt.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.util.HexFormat;
import org.jvirt.rpc.remote.ConnectOpenArgs;
import org.jvirt.rpc.remote.ConnectProcedures;
import org.junit.jupiter.api.Test;

class RpcFramingTest {

    @Test
    void writesLibvirtsPacketLayout() throws Exception {
        RpcMessage m = RpcMessage.of(RpcHeader.call(RpcPrograms.REMOTE, 1, ConnectProcedures.CONNECT_OPEN.number(), 7),
                ConnectOpenArgs.class, new ConnectOpenArgs("test:///default", 0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RpcFraming.write(out, m);
        String hex = HexFormat.of().formatHex(out.toByteArray());
        // length 56 = 4 + 24 header + 4 (pointer) + 4 + 16 ("test:///default" padded) + 4 flags
        assertThat(hex).startsWith("00000038" + "20008086" + "00000001" + "00000001" + "00000000" + "00000007" + "00000000"
                + "00000001" + "0000000f");
        RpcMessage back = RpcFraming.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.header()).isEqualTo(m.header());
        assertThat(back.body(ConnectOpenArgs.class).name()).isEqualTo("test:///default");
    }

    @Test
    void endsCleanlyOnlyBetweenPackets() throws Exception {
        assertThat(RpcFraming.read(new ByteArrayInputStream(new byte[0]))).isNull();
        assertThatThrownBy(() -> RpcFraming.read(new ByteArrayInputStream(new byte[] {0, 0})))
                .isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> RpcFraming.read(new ByteArrayInputStream(HexFormat.of().parseHex("0000002000000000"))))
                .isInstanceOf(EOFException.class);
    }

    @Test
    void refusesLengthsOutsideLibvirtsBounds() {
        assertThatThrownBy(() -> RpcFraming.read(new ByteArrayInputStream(HexFormat.of().parseHex("00000010"))))
                .isInstanceOf(RpcProtocolException.class).hasMessageContaining("too small");
        assertThatThrownBy(() -> RpcFraming.read(new ByteArrayInputStream(HexFormat.of().parseHex("ffffffff"))))
                .isInstanceOf(RpcProtocolException.class).hasMessageContaining("too large");
    }
}
