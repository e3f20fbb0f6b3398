package org.jvirt.rpc.xdr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class XdrCodecsTest {

    record Inner(String name, @XdrFixed(4) byte[] tag) {
    }

    record Outer(int i, long h, boolean b, double d, @XdrOptional String maybe, @XdrMax(3) List<Inner> items,
                 @XdrMax(2) int[] ints, @XdrOptional Inner opt) {
    }

    @XdrUnion
    sealed interface Value permits IntValue, StringValue, NoValue {
    }

    @XdrCase(1)
    record IntValue(int i) implements Value {
    }

    @XdrCase(7)
    record StringValue(String s) implements Value {
    }

    @XdrCase(9)
    record NoValue() implements Value {
    }

    record Holder(List<Value> values) {
    }

    @Test
    void encodesRfc4506Layouts() {
        byte[] bytes = XdrCodecs.encode(Inner.class, new Inner("abcde", new byte[] {1, 2, 3, 4}));
        // length 5, "abcde" padded to 8, then the fixed 4 bytes with no length word
        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo("00000005" + "6162636465000000" + "01020304");
    }

    @Test
    void roundTripsEveryMapping() {
        Outer o = new Outer(-7, 1L << 40, true, 2.5, null, List.of(new Inner("x", new byte[4])), new int[] {1, 2},
                new Inner("y", new byte[] {9, 9, 9, 9}));
        Outer back = XdrCodecs.decode(Outer.class, XdrCodecs.encode(Outer.class, o));
        assertThat(back.i()).isEqualTo(-7);
        assertThat(back.h()).isEqualTo(1L << 40);
        assertThat(back.b()).isTrue();
        assertThat(back.d()).isEqualTo(2.5);
        assertThat(back.maybe()).isNull();
        assertThat(back.items()).hasSize(1);
        assertThat(back.items().get(0).name()).isEqualTo("x");
        assertThat(back.ints()).containsExactly(1, 2);
        assertThat(back.opt().tag()).containsExactly(9, 9, 9, 9);
    }

    @Test
    void unionsCarryTheirDiscriminant() {
        Holder h = new Holder(List.of(new IntValue(5), new StringValue("s"), new NoValue()));
        byte[] bytes = XdrCodecs.encode(Holder.class, h);
        assertThat(HexFormat.of().formatHex(bytes))
                .isEqualTo("00000003" + "00000001" + "00000005" + "00000007" + "00000001" + "73000000" + "00000009");
        assertThat(XdrCodecs.decode(Holder.class, bytes).values()).hasSize(3).element(2).isInstanceOf(NoValue.class);
    }

    @Test
    void refusesHostileLengthsBeforeAllocating() {
        // an array count of 2^31-1 with nothing behind it
        byte[] hostile = HexFormat.of().parseHex("7fffffff");
        assertThatThrownBy(() -> XdrCodecs.decode(Holder.class, hostile)).isInstanceOf(XdrException.class);
        // over the declared bound of 3 items
        byte[] tooMany = XdrCodecs.encode(Holder.class, new Holder(List.of()));
        tooMany[3] = 4;
        assertThatThrownBy(() -> XdrCodecs.decode(Holder.class, tooMany)).isInstanceOf(XdrException.class);
        assertThatThrownBy(() -> XdrCodecs.decode(Inner.class, HexFormat.of().parseHex("00000005616263")))
                .isInstanceOf(XdrException.class).hasMessageContaining("exceeds the remaining 3 bytes");
    }

    @Test
    void refusesToSendWhatThePeerWouldRefuse() {
        Outer o = new Outer(0, 0, false, 0, null, List.of(), new int[3], null);
        assertThatThrownBy(() -> XdrCodecs.encode(Outer.class, o)).isInstanceOf(XdrException.class)
                .hasMessageContaining("exceeds maximum 2");
    }

    @Test
    void refusesBadDiscriminantsAndBooleans() {
        assertThatThrownBy(() -> XdrCodecs.decode(Holder.class, HexFormat.of().parseHex("0000000100000002")))
                .isInstanceOf(XdrException.class).hasMessageContaining("discriminant 2");
        assertThatThrownBy(() -> XdrCodecs.decode(Outer.class, HexFormat.of().parseHex(
                "00000000" + "0000000000000000" + "00000002"))).isInstanceOf(XdrException.class);
    }
}
