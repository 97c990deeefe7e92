package org.vfelab.spec;

import static org.vfelab.spec.Check.present;
import static org.vfelab.spec.Check.require;

/**
 * One fully resolved, validated experiment: everything a trial needs, nothing read from anywhere else.
 * Obtained from {@link ExperimentLoader}; the checks here are the ones that span several sections.
 *
 * @param name       MLflow experiment name
 * @param seed       root of every random stream of the trial
 * @param data       the clips and captions
 * @param model      the dual encoder's shape and plugins
 * @param sampling   how video tokens are chosen during training
 * @param loss       the contrastive objective
 * @param training   the optimiser schedule
 * @param evaluation when and how retrieval is scored
 * @param tracking   where runs are logged
 * @param task       what the trial trains (the contrastive dual encoder unless it says otherwise)
 */
public record ExperimentSpec(String name, long seed, DataSpec data, ModelSpec model, SamplingSpec sampling,
        LossSpec loss, TrainingSpec training, EvaluationSpec evaluation, TrackingSpec tracking, TaskSpec task) {

    /** Validates each section's presence and the constraints between sections. */
    public ExperimentSpec {
        Check.notBlank("name", name);
        present("data", data);
        present("model", model);
        present("sampling", sampling);
        present("loss", loss);
        present("training", training);
        present("evaluation", evaluation);
        present("tracking", tracking);
        present("task", task);
        Tubelet t = model.tubelet();
        require(data.frames() % t.frames() == 0, "data.frames",
                "must be a multiple of the model.tubelet frames (" + t.frames() + "), got " + data.frames());
        require(data.size() % t.height() == 0 && data.size() % t.width() == 0, "data.size",
                "must be a multiple of the model.tubelet height and width (" + t.height() + ", " + t.width()
                        + "), got " + data.size());
        int largestK = evaluation.recallAt().get(evaluation.recallAt().size() - 1);
        require(largestK <= data.evalClips(), "evaluation.recall_at",
                "must stay <= data.eval_clips (" + data.evalClips() + "), got " + largestK);
    }
}
