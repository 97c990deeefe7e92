package org.vfelab.video;

import org.vfelab.spec.CaptionFamily;
import org.vfelab.core.data.ClipShape;
import org.vfelab.core.data.DataFileException;
import org.vfelab.core.data.EvalSet;
import org.vfelab.core.data.VideoTextBatch;
import org.vfelab.core.data.VideoTextDataset;
import org.vfelab.core.data.Vocabulary;
import org.vfelab.core.random.RandomSubsets;
import org.vfelab.core.random.SeedStreams;
import org.vfelab.video.ClipLoader.CachedClip;
import org.vfelab.video.ClipLoader.Loaded;
import org.vfelab.video.ClipLoader.SkippedVideo;
import org.vfelab.video.cache.ClipCache;
import org.vfelab.video.text.WordTokenizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The {@code video-files} dataset: the user's own videos and captions (see {@link VideoFilesSource} for how the
 * descriptor's {@code data.video} section is read). Clips live in the {@link ClipCache} and are read from it per
 * batch, so a dataset of any size costs little memory.
 *
 * <p>Training: a batch is {@code B} distinct train videos (every video once per round when {@code B} exceeds
 * them), each with one of its captions, all drawn from (seed, step). Evaluation: every eval video once with its
 * first caption, so retrieval has one relevant clip per caption (up to identical captions) and no time-reversed
 * twins ({@code reversalOf} is -1 throughout). The captions are one family: {@code appearance} unless the
 * descriptor says they are {@code temporal}.
 */
public final class VideoFilesDataset implements VideoTextDataset {
    /** The descriptor name of this dataset ({@code data.type}). */
    public static final String TYPE = "video-files";
    /** The artifact holding the tokenizer's vocabulary. */
    public static final String VOCABULARY_ARTIFACT = "vocabulary.txt";
    /** The artifact listing skipped videos and why, present when any was skipped. */
    public static final String SKIPPED_ARTIFACT = "skipped_videos.txt";

    private final long seed;
    private final ClipShape shape;
    private final CaptionFamily family;
    private final int maxTokens;
    private final ClipCache cache;
    private final List<CachedClip> train;
    private final List<CachedClip> eval;
    private final List<SkippedVideo> skipped;
    private final Map<String, Double> metrics;
    private final WordTokenizer tokenizer;

    VideoFilesDataset(long seed, ClipShape shape, CaptionFamily family, int maxTokens, ClipCache cache,
                      Loaded train, Loaded eval, int vocabSize, double loadSeconds) {
        this.seed = seed;
        this.shape = shape;
        this.family = family;
        this.maxTokens = maxTokens;
        this.cache = cache;
        this.train = train.clips();
        this.eval = eval.clips();
        this.skipped = concat(train.skipped(), eval.skipped());
        this.tokenizer = WordTokenizer.fit(this.train.stream().flatMap(c -> c.video().captions().stream()).toList(),
                vocabSize);
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("skipped_videos", (double) skipped.size());
        m.put("decoded_videos", (double) (train.decoded() + eval.decoded()));
        m.put("cached_videos", (double) (this.train.size() + this.eval.size() - train.decoded() - eval.decoded()));
        m.put("train_videos", (double) this.train.size());
        m.put("eval_videos", (double) this.eval.size());
        m.put("data_load_seconds", loadSeconds);
        this.metrics = Collections.unmodifiableMap(m);
    }

    @Override
    public ClipShape clipShape() {
        return shape;
    }

    @Override
    public Vocabulary vocabulary() {
        return tokenizer.vocabulary();
    }

    @Override
    public VideoTextBatch trainBatch(int batchSize, long step) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        SplittableRandom rng = SeedStreams.stream(seed, "batch", step);
        ExampleArrays arrays = new ExampleArrays(batchSize, shape, maxTokens);
        for (int pick : picks(rng, batchSize)) {
            CachedClip clip = train.get(pick);
            List<String> captions = clip.video().captions();
            add(arrays, clip, captions.get(rng.nextInt(captions.size())));
        }
        return new VideoTextBatch(arrays.videos(), arrays.tokens(), arrays.tokenMask(), arrays.captions());
    }

    @Override
    public EvalSet evalSet(CaptionFamily requested) {
        if (requested != family) {
            throw new IllegalArgumentException("data.caption_families: the captions of video-files are one family, "
                    + family.key() + "; there is no " + requested.key() + " eval set");
        }
        ExampleArrays arrays = new ExampleArrays(eval.size(), shape, maxTokens);
        eval.forEach(clip -> add(arrays, clip, clip.video().captions().get(0)));
        int[] noTwins = new int[eval.size()];
        Arrays.fill(noTwins, -1);
        return new EvalSet(family, arrays.videos(), arrays.tokens(), arrays.tokenMask(), arrays.captions(), noTwins);
    }

    /**
     * {@code skipped_videos}, {@code decoded_videos} (decoded by this load), {@code cached_videos} (read from the
     * cache), {@code train_videos}, {@code eval_videos} and {@code data_load_seconds}.
     */
    @Override
    public Map<String, Double> metrics() {
        return metrics;
    }

    /** {@value #VOCABULARY_ARTIFACT}, and {@value #SKIPPED_ARTIFACT} when a video was skipped. */
    @Override
    public Map<String, byte[]> artifacts() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(VOCABULARY_ARTIFACT, tokenizer.vocabularyFile().getBytes(StandardCharsets.UTF_8));
        if (!skipped.isEmpty()) {
            StringBuilder text = new StringBuilder();
            skipped.forEach(s -> text.append(s.file()).append('\t').append(s.reason()).append('\n'));
            files.put(SKIPPED_ARTIFACT, text.toString().getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private void add(ExampleArrays arrays, CachedClip clip, String caption) {
        byte[] bytes;
        try {
            bytes = cache.read(clip.key()).orElseThrow(() -> new DataFileException(cache.file(clip.key()),
                    "the decoded clip of " + clip.video().video() + " vanished from the cache during the trial"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + cache.file(clip.key()) + ": " + e, e);
        }
        arrays.add(bytes, tokenizer.text(caption, maxTokens), tokenizer.encode(caption, maxTokens));
    }

    /** {@code k} train videos, distinct while there are enough; more than there are takes each once per round. */
    private int[] picks(SplittableRandom rng, int k) {
        int n = train.size();
        int[] out = new int[k];
        for (int from = 0; from < k; from += n) {
            int[] round = RandomSubsets.choose(rng, n, Math.min(n, k - from));
            System.arraycopy(round, 0, out, from, round.length);
        }
        return out;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
