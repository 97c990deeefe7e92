/**
 * From a video file to a clip: which frames are taken ({@link org.vfelab.video.decode.FrameSchedule}), how a frame
 * is scaled and cropped ({@link org.vfelab.video.decode.CropGeometry}), and the FFmpeg decoding itself through
 * JavaCV ({@link org.vfelab.video.decode.VideoDecoder}).
 */
package org.vfelab.video.decode;
