package org.vfelab.reports.figures;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a figure twice: a PNG for the report and quick looks, and an SVG (JFreeSVG) that stays sharp in a paper and
 * keeps its text searchable. Both are drawn from the same chart at the same size, so they show the same figure.
 */
public final class FigureFiles {

    /** The default width in pixels: readable on a page at the theme's font sizes. */
    public static final int WIDTH = 1000;
    /** The default height in pixels. */
    public static final int HEIGHT = 650;

    /** The two files written for one figure. */
    public record Written(Path png, Path svg) {
    }

    static {
        // JFreeChart draws rotated text (every vertical axis label) as a TextLayout by default, a workaround for a
        // JDK 1.4 bug (jfree/jcommon#7); in an SVG that turns the label into glyph outlines nobody can search or edit.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private FigureFiles() {
    }

    /** Writes {@code baseName.png} and {@code baseName.svg} under {@code dir} at {@value #WIDTH} x {@value #HEIGHT}. */
    public static Written write(JFreeChart chart, Path dir, String baseName) {
        return write(chart, dir, baseName, WIDTH, HEIGHT);
    }

    /** Writes {@code baseName.png} and {@code baseName.svg} under {@code dir} (created if missing) at that size. */
    public static Written write(JFreeChart chart, Path dir, String baseName, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a figure needs a positive size, got " + width + " x " + height);
        }
        Written written = new Written(dir.resolve(baseName + ".png"), dir.resolve(baseName + ".svg"));
        try {
            Files.createDirectories(dir);
            ImageIO.write(png(chart, width, height), "png", written.png().toFile());
            SVGGraphics2D svg = new SVGGraphics2D(width, height);
            chart.draw(svg, new Rectangle(width, height));
            Files.writeString(written.svg(), svg.getSVGDocument(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write figure " + baseName + " under " + dir + ": "
                    + e.getMessage(), e);
        }
        return written;
    }

    private static BufferedImage png(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(Color.WHITE);
            g.fillRect(0, 0, width, height);
            chart.draw(g, new Rectangle(width, height));
        } finally {
            g.dispose();
        }
        return image;
    }
}
