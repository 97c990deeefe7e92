package org.vfelab.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetaYamlTest {
    @Test
    void sortsKeysAndRendersScalarsLikePyYamlSafeDump() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("tags", List.of());
        data.put("status", 3);
        data.put("end_time", null);
        data.put("experiment_id", "0");
        data.put("artifact_uri", "file:///tmp/mlruns/0/abc/artifacts");
        data.put("source_name", "");
        assertThat(MetaYaml.render(data)).isEqualTo("""
                artifact_uri: file:///tmp/mlruns/0/abc/artifacts
                end_time: null
                experiment_id: '0'
                source_name: ''
                status: 3
                tags: []
                """);
    }

    /** Expected outputs are what {@code yaml.dump({"k": value}, Dumper=CSafeDumper)} writes (PyYAML 6.0.3). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "vfe-smoke|vfe-smoke", "my experiment|my experiment", "412345678901234567|'412345678901234567'",
        "1.5|'1.5'", "yes|'yes'", "Off|'Off'", "null|'null'", "~|'~'", "2024-06-01|'2024-06-01'",
        "a: b|'a: b'", "ends:|'ends:'", "#tag|'#tag'", "x #y|'x #y'", "- item|'- item'", "it's|it's",
        "'quoted'|'''quoted'''", "1e3|1e3", ".inf|'.inf'", "0x1F|'0x1F'", "trial-01|trial-01", "---|'---'",
        "...x|'...x'", "Ünïcödé|Ünïcödé", "file:///tmp/x y/mlruns/0|file:///tmp/x y/mlruns/0"
    })
    void quotesStringsOnlyWhereYamlWouldReadThemAsSomethingElse(String value, String rendered) {
        assertThat(MetaYaml.render(Map.of("k", value))).isEqualTo("k: " + rendered + "\n");
    }

    @Test
    void unprintableCharactersAreEscapedInDoubleQuotesAsLibyamlDoes() {
        assertThat(MetaYaml.render(Map.of("k", "tab\there \"q\" \uD83D\uDE00")))
                .isEqualTo("k: \"tab\\there \\\"q\\\" \\U0001F600\"\n");
        // PyYAML folds a newline into a multi-line single-quoted scalar instead; both read back the same.
        assertThat(MetaYaml.render(Map.of("k", "two\nlines"))).isEqualTo("k: \"two\\nlines\"\n");
    }
}
