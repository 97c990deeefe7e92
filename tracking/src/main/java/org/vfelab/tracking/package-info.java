/**
 * Where every training trial's params, metrics, tags and artifacts go: MLflow, either a local directory in
 * exactly MLflow's FileStore layout (so {@code mlflow ui} and our reports read it with no server running) or a
 * real tracking server over its REST API. Callers see only {@link org.vfelab.tracking.Tracker} and
 * {@link org.vfelab.tracking.TrackedRun}; {@link org.vfelab.tracking.LocalStoreReader} reads a local
 * store back for sweeps (skip finished trials) and reports, and both stores find runs by tag and reopen them so a
 * sweep can resume. A run on a server journals everything locally first ({@link org.vfelab.tracking.RunJournal}
 * files, delivered in the background with retries), so a server that goes away costs no training and loses
 * nothing; {@link org.vfelab.tracking.JournalSync} completes journals a process could not deliver.
 */
package org.vfelab.tracking;
