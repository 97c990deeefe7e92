package org.vfelab.tracking;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Metric values as MLflow's FileStore writes and reads them: Python's {@code str(float)} on the way out
 * ({@code "nan"}, {@code "inf"}, {@code "1e-05"}, {@code "100.0"}) and Python's {@code float()} on the way in. Our
 * metric files are then byte-for-byte what MLflow would have written, and files MLflow wrote read back here.
 */
final class PythonFloats {
    /** Python's repr switches to exponent notation below 1e-4 and from 1e16 on. */
    private static final int MIN_FIXED_EXPONENT = -4;
    private static final int MAX_FIXED_EXPONENT = 15;
    /** Seventeen significant digits always identify a double. */
    private static final int MAX_DIGITS = 17;

    private PythonFloats() {
    }

    /** Python's {@code str(value)}: the shortest digits that read back to the same double. */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        boolean negative = Double.doubleToRawLongBits(value) < 0;
        String sign = negative ? "-" : "";
        if (Double.isInfinite(value)) {
            return sign + "inf";
        }
        BigDecimal decimal = shortest(Math.abs(value));
        String digits = decimal.unscaledValue().toString();
        int exponent = digits.length() - decimal.scale() - 1;
        if (exponent < MIN_FIXED_EXPONENT || exponent > MAX_FIXED_EXPONENT) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + String.format(Locale.ROOT, "e%s%02d", exponent < 0 ? "-" : "+",
                    Math.abs(exponent));
        }
        if (exponent < 0) {
            return sign + "0." + "0".repeat(-exponent - 1) + digits;
        }
        String padded = digits.length() > exponent + 1 ? digits : digits + "0".repeat(exponent + 1 - digits.length());
        String fraction = padded.substring(exponent + 1);
        return sign + padded.substring(0, exponent + 1) + "." + (fraction.isEmpty() ? "0" : fraction);
    }

    /**
     * The fewest significant digits that read back as {@code value}, rounded from its exact binary value as
     * Python's repr does (Java 17's {@code Double.toString} sometimes keeps a digit more, e.g. 4.9E-324).
     */
    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits < MAX_DIGITS; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                return candidate.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(MAX_DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** Python's {@code float(text)}: also {@code nan}, {@code inf}, {@code -inf}, {@code infinity} in any case. */
    static double parse(String text) {
        String trimmed = text.trim();
        String unsigned = trimmed.startsWith("-") || trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
        double sign = trimmed.startsWith("-") ? -1.0 : 1.0;
        switch (unsigned.toLowerCase(Locale.ROOT)) {
            case "nan":
                return Double.NaN;
            case "inf":
            case "infinity":
                return sign * Double.POSITIVE_INFINITY;
            default:
                return Double.parseDouble(trimmed);
        }
    }
}
