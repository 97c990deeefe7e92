package org.vfelab.tracking;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Uploads artifacts through the tracking server's artifact proxy ({@code mlflow server --serve-artifacts}, the
 * default since MLflow 2.0), because the Java client's {@code logArtifact} shells out to a Python MLflow. The
 * URL is built as MLflow's {@code MlflowArtifactsRepository.resolve_uri} builds it
 * ({@code mlflow/store/artifact/mlflow_artifacts_repo.py}): a run artifact URI
 * {@code mlflow-artifacts:/1/<run>/artifacts} becomes
 * {@code <tracking uri>/api/2.0/mlflow-artifacts/artifacts/1/<run>/artifacts}, and the file is
 * {@code PUT} below it, as {@code HttpArtifactRepository.log_artifact} does and the server's
 * {@code _upload_artifact} handler expects, and read back with a {@code GET} of the same URL, as
 * {@code HttpArtifactRepository._download_file} does.
 */
final class ArtifactProxy {
    static final String API_PATH = "/api/2.0/mlflow-artifacts/artifacts";
    /** Upload time allowed on top of the request timeout, per mebibyte, so a large checkpoint is not cut off. */
    private static final double SECONDS_PER_MEBIBYTE = 1.0;
    private static final int HTTP_NOT_FOUND = 404;

    private final MlflowHttp rest;
    private final String artifactRoot;

    /** A proxy for the run whose artifact URI is {@code artifactUri}, on the tracking server of {@code rest}. */
    ArtifactProxy(MlflowHttp rest, String artifactUri) {
        this.rest = rest;
        this.artifactRoot = resolve(rest.server(), artifactUri);
    }

    /** PUTs the file {@code content} to the artifact path {@code relativePath} of the run. */
    void put(String relativePath, Path content) {
        URI target = url(relativePath);
        String action = "upload artifact '" + relativePath + "'";
        try {
            long bytes = Files.size(content);
            Duration timeout = rest.requestTimeout().plusMillis(Math.round(bytes / 1048576.0
                    * SECONDS_PER_MEBIBYTE * 1000));
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(timeout)
                    .header("Content-Type", "application/octet-stream")
                    .PUT(HttpRequest.BodyPublishers.ofFile(content));
            HttpResponse<String> response = rest.exchange(request, HttpResponse.BodyHandlers.ofString(),
                    "PUT " + target.getRawPath(), action);
            if (response.statusCode() / 100 != 2) {
                throw RestFailures.rejected(rest.server(), action, "PUT " + target.getRawPath(),
                        response.statusCode(), response.body());
            }
        } catch (IOException e) {
            throw new TrackingException("cannot read " + content + " to " + action + ": " + e, e);
        }
    }

    /**
     * GETs the artifact {@code relativePath} of the run into {@code target}, through a temporary sibling so that a
     * download that breaks off never leaves a partial file under the target's name.
     *
     * @return false when the server has no such artifact (404); {@code target} is then left as it was
     */
    boolean get(String relativePath, Path target) {
        URI source = url(relativePath);
        String action = "download artifact '" + relativePath + "'";
        Path temp = null;
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".download-", ".part");
            HttpRequest.Builder request = HttpRequest.newBuilder(source).timeout(rest.requestTimeout()).GET();
            HttpResponse<Path> response = rest.exchange(request, HttpResponse.BodyHandlers.ofFile(temp),
                    "GET " + source.getRawPath(), action);
            if (response.statusCode() == HTTP_NOT_FOUND) {
                return false;
            }
            if (response.statusCode() / 100 != 2) {
                throw RestFailures.rejected(rest.server(), action, "GET " + source.getRawPath(),
                        response.statusCode(), Files.readString(temp));
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            throw new TrackingException("cannot write " + target + " to " + action + ": " + e, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private URI url(String relativePath) {
        return URI.create(artifactRoot + "/" + encode(EntityKeys.checkArtifactPath(relativePath)));
    }

    private static void deleteQuietly(Path temp) {
        try {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException ignored) {
            // A stray .part file in the cache folder is harmless and never read.
        }
    }

    /** The HTTP URL of the run's artifact root, without a trailing slash. */
    static String resolve(URI server, String artifactUri) {
        URI uri = URI.create(artifactUri);
        String scheme = String.valueOf(uri.getScheme());
        if (scheme.equals("http") || scheme.equals("https")) {
            return strip(artifactUri);
        }
        if (!scheme.equals("mlflow-artifacts")) {
            throw new TrackingException("MLflow tracking server at " + server + " gave run artifact URI '"
                    + artifactUri + "', which it does not proxy; start it with --serve-artifacts (the default) "
                    + "so artifacts can be uploaded over HTTP");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String base = uri.getHost() == null ? server.toString()
                : server.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        String relative = path.replaceFirst("^/+", "");
        return strip(base + API_PATH + (relative.isEmpty() ? "" : "/" + relative));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String encode(String path) {
        StringBuilder encoded = new StringBuilder();
        for (String segment : path.split("/")) {
            encoded.append(encoded.length() == 0 ? "" : "/")
                    .append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return encoded.toString();
    }
}
