package org.manhal.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Access codes: derived per reference, readable, kept only as a salted slow hash. */
class AccessCodesUnitTests {

    private final AccessCodes codes = new AccessCodes("test key of 32 bytes, not secret".getBytes(), 1000);

    @Test
    void theCodeOfAReferenceIsStableAndDiffersFromAnothers() {
        assertThat(codes.codeFor("WD-DA-2026-000001")).isEqualTo(codes.codeFor("WD-DA-2026-000001"))
                .isNotEqualTo(codes.codeFor("WD-DA-2026-000002")).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}");
    }

    @Test
    void aHashMatchesItsCodeOnlyAndIsSaltedEachTime() {
        String code = codes.codeFor("WD-DA-2026-000001");
        String hash = codes.hash(code);
        assertThat(hash).isNotEqualTo(codes.hash(code)).doesNotContain(code);
        assertThat(codes.matches(code, hash)).isTrue();
        assertThat(codes.matches(code.toLowerCase().replace("-", ""), hash)).isTrue();
        assertThat(codes.matches(codes.codeFor("WD-DA-2026-000002"), hash)).isFalse();
        assertThat(codes.matches(null, hash)).isFalse();
        assertThat(codes.matches(code, null)).isFalse();
    }
}
