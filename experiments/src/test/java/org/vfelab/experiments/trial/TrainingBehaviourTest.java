package org.vfelab.experiments.trial;

import com.google.inject.Guice;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vfelab.core.eval.FamilyScores;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.core.train.StepReport;
import org.vfelab.core.train.Trainer;
import org.vfelab.core.train.TrainingListener;
import org.vfelab.tracking.TrainingOutcome;
import org.vfelab.core.train.TrainingResult;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The assembled trial (Guice wiring + plugins + trainer) on tiny clips: learning, determinism, memory. */
@Tag("integration")
class TrainingBehaviourTest {

    private static final List<String> TINY = List.of("data.frames=4", "data.size=16", "data.train_clips=64",
            "data.eval_clips=16", "model.tubelet=[2, 4, 4]", "training.batch_size=8", "training.warmup_steps=2",
            "training.lr=1e-3", "evaluation.recall_at=[1, 5]", "evaluation.frame_shuffle_check=false");

    @Test
    void theLossFallsAndTheSameSeedGivesTheSameRun() {
        Recorder first = new Recorder();
        TrainingResult result = trainer("training.steps=30").run(first);
        Recorder second = new Recorder();
        trainer("training.steps=30").run(second);

        assertThat(result.outcome()).isEqualTo(TrainingOutcome.FINISHED);
        assertThat(mean(first.losses.subList(25, 30))).isLessThan(mean(first.losses.subList(0, 5)) - 0.3);
        assertThat(second.losses).isEqualTo(first.losses);
        assertThat(result.finalScores()).extracting(FamilyScores::prefix).containsExactly("appearance", "temporal");
    }

    @Test
    void maskingTokensLowersTheCountedPeakTensorMemory() {
        TrainingResult full = trainer("training.steps=3", "sampling.mask_ratio=0.0").run(new Recorder());
        TrainingResult masked = trainer("training.steps=3", "sampling.mask_ratio=0.75").run(new Recorder());

        assertThat(full.tokensPerClip()).isEqualTo(32);
        assertThat(masked.tokensPerClip()).isEqualTo(8);
        assertThat(masked.peakTensorBytes()).isLessThan(full.peakTensorBytes());
        assertThat(masked.trainableParameters()).isEqualTo(full.trainableParameters());
    }

    @Test
    void theCountedMemoryDoesNotGrowFromStepToStep() {
        Recorder recorder = new Recorder();
        trainer("training.steps=8").run(recorder);
        assertThat(recorder.bytes.subList(1, 8)).containsOnly(recorder.bytes.get(1));
    }

    private static Trainer trainer(String... overrides) {
        List<String> all = new ArrayList<>(TINY);
        all.addAll(List.of(overrides));
        ExperimentSpec spec = Composition.current().load(java.nio.file.Path.of("smoke.yaml"), all, null);
        return Composition.current().trial(spec).getInstance(Trainer.class);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static final class Recorder implements TrainingListener {
        final List<Double> losses = new ArrayList<>();
        final List<Long> bytes = new ArrayList<>();

        @Override
        public void onStep(StepReport report) {
            losses.add(report.loss());
            bytes.add(report.liveTensorBytes());
        }

        @Override
        public void onEvaluation(int step, List<FamilyScores> scores) {
        }
    }
}
