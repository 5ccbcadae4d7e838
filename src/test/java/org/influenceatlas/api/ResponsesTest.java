package org.influenceatlas.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ResponsesTest {

    @ParameterizedTest(name = "Accept-Encoding: {0} -> gzip {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "gzip, deflate, br, zstd | true",
            "GZIP;q=0.5              | true",
            "br                      | false",
            "gzip;q=0                | false",
            "gzip; q=0.0, br         | false",
            "x-gzip                  | false",
            "null                    | false",
    })
    void gzip_is_sent_only_to_a_client_that_accepts_it(String acceptEncoding, boolean gzip) {
        assertThat(Responses.acceptsGzip(acceptEncoding)).isEqualTo(gzip);
    }
}
