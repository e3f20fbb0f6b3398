package org.jvirt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {

    @Test
    void acceptsWhatVirUUIDParseAccepts() {
        UUID u = UUID.fromString("6695eb01-f6a4-8304-79aa-97f2502e193f");
        assertThat(Uuids.tryParse("6695eb01-f6a4-8304-79aa-97f2502e193f")).isEqualTo(u);
        assertThat(Uuids.tryParse("6695eb01f6a4830479aa97f2502e193f")).isEqualTo(u);
        assertThat(Uuids.tryParse("  6695EB01-F6A4-8304-79AA-97F2502E193F ")).isEqualTo(u);
    }

    @Test
    void refusesEverythingElse() {
        assertThat(Uuids.tryParse("6695eb01-f6a4-8304-79aa-97f2502e193")).isNull();
        assertThat(Uuids.tryParse("6695eb01-f6a4-8304-79aa-97f2502e193f0")).isNull();
        assertThat(Uuids.tryParse("zz95eb01-f6a4-8304-79aa-97f2502e193f")).isNull();
        assertThat(Uuids.tryParse(null)).isNull();
        // a separator may sit between bytes only, and only blanks may follow the last byte
        assertThat(Uuids.tryParse("6-695eb01f6a4830479aa97f2502e193f")).isNull();
        assertThat(Uuids.tryParse("6695eb01-f6a4-8304-79aa-97f2502e193f-")).isNull();
    }

    @Test
    void separatorsMayRepeatAndLead() {
        assertThat(Uuids.tryParse("--6695eb01 f6a4--8304 79aa 97f2502e193f\n"))
                .isEqualTo(UUID.fromString("6695eb01-f6a4-8304-79aa-97f2502e193f"));
    }
}
