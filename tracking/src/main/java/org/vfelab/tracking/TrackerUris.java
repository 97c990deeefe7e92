package org.vfelab.tracking;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses tracking URIs the way MLflow tells a server URI from a local path, with errors that quote the URI. */
final class TrackerUris {
    /** RFC 3986 scheme; one letter is a Windows drive, not a scheme, so at least two. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):");

    private TrackerUris() {
    }

    /** The lower-case scheme of {@code uri}, or "" for a plain path. */
    static String scheme(String uri) {
        Matcher matcher = SCHEME.matcher(uri);
        return matcher.find() ? matcher.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** A server URI with a host, without a trailing slash (the Java client appends {@code /api/...}). */
    static URI serverUri(String uri) {
        URI parsed = parse(uri);
        if (parsed.getHost() == null) {
            throw new TrackingException("tracking server URI '" + uri + "' has no host; expected e.g. "
                    + "'http://localhost:5000'");
        }
        String text = parsed.toString();
        return text.endsWith("/") ? parse(text.substring(0, text.length() - 1)) : parsed;
    }

    /** The local directory of a {@code file:} URI. */
    static Path filePath(String uri) {
        try {
            return Path.of(parse(uri));
        } catch (IllegalArgumentException e) {
            throw new TrackingException("'" + uri + "' is not a local file URI such as 'file:///abs/mlruns' ("
                    + e.getMessage() + ")", e);
        }
    }

    private static URI parse(String uri) {
        try {
            return new URI(uri);
        } catch (URISyntaxException e) {
            throw new TrackingException("malformed tracking URI '" + uri + "': " + e.getMessage(), e);
        }
    }
}
