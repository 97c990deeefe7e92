package org.vfelab.video.decode;

/**
 * How a frame becomes a {@code size x size} clip frame: scaled so that its short side is {@code size} (keeping the
 * aspect ratio), then the centre {@code size x size} square is cut out. The long side loses equal margins, the
 * extra pixel of an odd margin going to the right or bottom.
 *
 * @param scaledWidth  width after scaling
 * @param scaledHeight height after scaling
 * @param left         first column of the crop in the scaled frame
 * @param top          first row of the crop in the scaled frame
 * @param size         side of the crop
 */
public record CropGeometry(int scaledWidth, int scaledHeight, int left, int top, int size) {

    /** The geometry for a {@code width x height} source. */
    public static CropGeometry of(int width, int height, int size) {
        if (width < 1 || height < 1 || size < 1) {
            throw new IllegalArgumentException("need positive sizes, got " + width + "x" + height + " to " + size);
        }
        int scaledWidth = width <= height ? size : Math.max(size, (int) Math.round((double) width * size / height));
        int scaledHeight = height <= width ? size : Math.max(size, (int) Math.round((double) height * size / width));
        return new CropGeometry(scaledWidth, scaledHeight, (scaledWidth - size) / 2, (scaledHeight - size) / 2, size);
    }
}
