package org.vfelab.tracking;

/**
 * The tags vfe writes on its MLflow runs, named once: the trainer writes them, the sweep runner resumes by them and
 * the reports group by them, so a renamed tag would rerun every finished trial. Their values are part of the stored
 * runs' format; never change one.
 */
public final class RunTags {

    /** The trial's key: a hash of its fully resolved descriptor. A sweep skips keys that already finished. */
    public static final String TRIAL_KEY = "vfe.trial_key";
    /** How the trial ended ({@link TrainingOutcome#tag()}), or {@link #RUNNING} while it runs. */
    public static final String OUTCOME = "vfe.outcome";
    /** The value of {@link #OUTCOME} while a trial runs. */
    public static final String RUNNING = "running";
    /** Why a trial ended in error, timeout, killed or skipped-parent. */
    public static final String ERROR = "vfe.error";
    /** The sweep a trial belongs to. */
    public static final String SWEEP = "vfe.sweep";
    /** The sweep file a sweep's parent run was started from. */
    public static final String SWEEP_FILE = "vfe.sweep_file";
    /** The arm label of a trial. */
    public static final String ARM = "vfe.arm";
    /** Where a trial ran: {@code cpu} or a GPU index. */
    public static final String DEVICE = "vfe.device";
    /** The Spark executor a trial's attempt ran on (sweeps with {@code --executor spark}; {@code driver} locally). */
    public static final String EXECUTOR = "vfe.executor";
    /** The host of the Spark executor a trial's attempt ran on. */
    public static final String HOST = "vfe.host";
    /** The attempt number of a trial's run after its first was lost with its Spark executor: 2, 3. */
    public static final String ATTEMPT = "vfe.attempt";
    /** The libnd4j binary a trial loaded. */
    public static final String BACKEND = "vfe.backend";
    /** {@link #ROLE_SWEEP} on a sweep's parent run, which is no trial; {@link #ROLE_TRIAL} on its trials. */
    public static final String ROLE = "vfe.role";
    /** The value of {@link #ROLE} on a sweep's parent run. */
    public static final String ROLE_SWEEP = "sweep";
    /** The value of {@link #ROLE} on a trial of a sweep. */
    public static final String ROLE_TRIAL = "trial";
    /** MLflow's own tag naming a child run's parent: each trial of a sweep is a child of the sweep's run. */
    public static final String PARENT_RUN = "mlflow.parentRunId";
    /** The runs a chained stage started from. */
    public static final String PARENTS = "vfe.parents";
    /** Where the run's resolved descriptor artifact is. */
    public static final String DESCRIPTOR = "vfe.descriptor";
    /**
     * On a trial's run copied from a finished run of the same trial key in another sweep of the store, instead of
     * training again: that run, as {@code <sweep>/<run id>}; its metric curves stay there.
     */
    public static final String REUSED_FROM = "vfe.reused_from";
    /** The token a run was created with, so a retried create finds the run it already made. */
    public static final String CREATE_TOKEN = "vfe.create_token";

    private RunTags() {
    }
}
