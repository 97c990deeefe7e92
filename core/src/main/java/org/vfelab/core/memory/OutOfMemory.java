package org.vfelab.core.memory;

import java.util.Locale;

/**
 * Recognises an allocation failure, wherever it happened: the Java heap ({@link OutOfMemoryError}), JavaCPP's
 * native limit ({@code maxPhysicalBytes}, also an {@link OutOfMemoryError}), or ND4J and CUDA reporting a failed
 * allocation inside another exception. An out-of-memory trial is a point of the paper's memory figure, not a bug.
 */
public final class OutOfMemory {

    private static final String[] NATIVE_SIGNS = {
        "out of memory", "failed to allocate", "cudaerrormemoryallocation", "bad_alloc"};

    private OutOfMemory() {
    }

    /** Whether {@code failure}, or any of its causes, is an allocation failure. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            for (String sign : NATIVE_SIGNS) {
                if (message.contains(sign)) {
                    return true;
                }
            }
        }
        return false;
    }
}
