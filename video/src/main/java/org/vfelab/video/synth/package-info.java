/**
 * Real video files with known content, written with JavaCV's FFmpeg recorder: for the decoder's tests and for
 * {@code vfe make-videos}, which makes a folder to try {@code video-files} on without any data of one's own.
 */
package org.vfelab.video.synth;
