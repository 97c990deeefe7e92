/**
 * Caption indexes: which videos a dataset has, their captions and splits, read strictly from CSV or MSR-VTT-style
 * JSON so that a bad row is an error with its file and line rather than a silently smaller dataset.
 */
package org.vfelab.video.index;
