package org.vfelab.reports.page;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens the HTML report in headless Chromium (Debian's {@code chromium}, which {@code .ci/run} installs) and takes
 * a screenshot: the page must render with its embedded figures. Skips, saying why, where no Chromium is installed.
 */
@Tag("integration")
class ChromiumScreenshotTest {


    private static final int WIDTH = 1200;
    private static final int HEIGHT = 2400;

    @TempDir
    Path dir;

    @Test
    void theReportRendersInAHeadlessBrowser() throws Exception {
        Optional<Path> chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome").map(Path::of).filter(Files::isExecutable).findFirst();
        Assumptions.assumeTrue(chromium.isPresent(), "no Chromium installed (.ci/run installs Debian's chromium "
                + "when it runs as root); the screenshot check is skipped");
        ReportFiles files = new ReportWriter("fig2", "a test store").write(ReportWriterTest.results(), dir);
        Path screenshot = dir.resolve("screenshot.png");

        Process browser = new ProcessBuilder(List.of(chromium.get().toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--hide-scrollbars", "--window-size=" + WIDTH + "," + HEIGHT,
                "--screenshot=" + screenshot, files.html().toUri().toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertThat(browser.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();

        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        assertThat(colouredPixels(image)).as("pixels that are neither white nor grey: the coloured figure lines")
                .isGreaterThan(1000);
    }

    private static long colouredPixels(BufferedImage image) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                count += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60 ? 1 : 0;
            }
        }
        return count;
    }
}
