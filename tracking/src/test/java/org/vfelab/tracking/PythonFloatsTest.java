package org.vfelab.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonFloatsTest {
    /** Expected strings are CPython 3's {@code str(float)}. */
    @ParameterizedTest
    @CsvSource({
        "0.5, 0.5", "100.0, 100.0", "0.0, 0.0", "-0.0, -0.0", "1.0E-5, 1e-05", "1.0E-4, 0.0001",
        "-2.5E-7, -2.5e-07", "1.0E16, 1e+16", "1.5E16, 1.5e+16", "9.999999999999998E15, 9999999999999998.0",
        "123456789.123, 123456789.123", "0.30000000000000004, 0.30000000000000004", "1.0E100, 1e+100",
        "4.9E-324, 5e-324", "1.7976931348623157E308, 1.7976931348623157e+308", "NaN, nan", "Infinity, inf",
        "-Infinity, -inf"
    })
    void formatsLikePythonStr(double value, String python) {
        assertThat(PythonFloats.format(value)).isEqualTo(python);
        assertThat(Double.compare(PythonFloats.parse(python), value)).as("parse(%s)", python).isZero();
    }

    @Test
    void parsesWhatPythonFloatAccepts() {
        assertThat(PythonFloats.parse("NaN")).isNaN();
        assertThat(PythonFloats.parse("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(PythonFloats.parse("+inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(PythonFloats.parse("1E-05")).isEqualTo(1e-5);
        assertThat(PythonFloats.parse(" 3 ")).isEqualTo(3.0);
    }
}
