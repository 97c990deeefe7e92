package org.vfelab.experiments.bench;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Which ND4J native binary this process runs on, for tags and benchmark records: the backend plus JavaCPP's
 * platform and extension (e.g. {@code CpuBackend linux-x86_64-onednn}), because the same model's step time
 * differs by 20 % between the generic and the oneDNN build.
 */
public final class Nd4jBinary {

    private static final String PLATFORM = "org.bytedeco.javacpp.platform";
    private static final String EXTENSION = "org.bytedeco.javacpp.platform.extension";

    private Nd4jBinary() {
    }

    /** The backend's class name, then the platform with its extension. */
    public static String describe() {
        String platform = System.getProperty(PLATFORM, org.bytedeco.javacpp.Loader.getPlatform());
        return Nd4j.getBackend().getClass().getSimpleName() + " " + platform + System.getProperty(EXTENSION, "");
    }
}
