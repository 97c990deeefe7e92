/**
 * The {@code video-files} dataset: the user's own videos and captions, registered by {@link
 * org.vfelab.video.VideoModule}. A caption index ({@link org.vfelab.video.index}) lists the videos; each is
 * decoded once by FFmpeg ({@link org.vfelab.video.decode}) into a clip kept in an on-disk cache shared by every
 * trial ({@link org.vfelab.video.cache}); a word tokenizer learned from the training captions
 * ({@link org.vfelab.video.text}) turns captions into token ids. A video that cannot be decoded is skipped and
 * counted ({@code skipped_videos}); a bad index row fails the load with its file and line.
 */
package org.vfelab.video;
