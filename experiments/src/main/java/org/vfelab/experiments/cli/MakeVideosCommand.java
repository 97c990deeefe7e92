package org.vfelab.experiments.cli;

import org.vfelab.video.synth.VideoFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code vfe make-videos}: a folder of generated mp4 videos and their caption index, to try video-files on. */
@Command(name = "make-videos", mixinStandardHelpOptions = true,
        description = {"Write a folder of small generated mp4 videos (a coloured square or circle crossing a black "
                + "frame: 'a red square moves right') and DIR/captions.csv listing them with their captions and "
                + "splits, ready for data.type video-files.",
                "Example: vfe make-videos videos --count 64 && vfe run experiments/video-files-example.yaml"})
final class MakeVideosCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to write (created if needed).")
    private Path dir;

    @Option(names = "--count", paramLabel = "N", defaultValue = "64", description = "Videos to write (default: 64).")
    private int count;

    @Option(names = "--val", paramLabel = "N", defaultValue = "16",
            description = "How many of them form the val split (default: 16); the rest are train.")
    private int val;

    @Option(names = "--corrupt", paramLabel = "N", defaultValue = "0",
            description = "Also write N files of random bytes named .mp4, listed as train videos, to see bad videos "
                    + "skipped and counted (metric skipped_videos). Default: 0.")
    private int corrupt;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "7", description = "Random seed (default: 7).")
    private long seed;

    @Spec
    private CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        Path index;
        try {
            index = VideoFolder.write(dir, count, val, corrupt, seed);
        } catch (IllegalArgumentException e) {
            err.println("vfe make-videos: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("vfe make-videos: cannot write " + dir + ": " + e);
            return ExitCodes.BAD_INPUT;
        }
        out.printf("vfe: wrote %d videos (%d train, %d val)%s and the caption index %s%n", count, count - val, val,
                corrupt > 0 ? " plus " + corrupt + " broken file(s)" : "", index);
        out.printf("vfe: train on them with: vfe run experiments/video-files-example.yaml --set data.video.index=%s%n",
                index);
        return ExitCodes.OK;
    }
}
