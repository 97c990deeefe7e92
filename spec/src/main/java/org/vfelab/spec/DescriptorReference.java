package org.vfelab.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The descriptor reference (docs/descriptor.md) rendered from the schema itself: every key of
 * {@code defaults.yaml} with its default and the comment beside it, and every plugin's own settings with the
 * meaning its settings record gives, at the end of their section. Written from what the loader accepts, it cannot
 * drift from it; a test compares the committed page with this rendering.
 */
public final class DescriptorReference {

    /** {@code indent key: value  # comment}, the comment optional. */
    private static final Pattern KEY_LINE = Pattern.compile("^( *)([A-Za-z0-9_-]+):\\s*(.*?)\\s*(?:#\\s?(.*))?$");
    /** An indented comment line: it continues the previous key's comment (the file's header is not indented). */
    private static final Pattern CONTINUATION = Pattern.compile("^\\s+#\\s?(.*)$");
    private static final int INDENT = 2;

    private DescriptorReference() {
    }

    /** The reference page in Markdown, from the packaged {@code defaults.yaml} and the catalog's plugin settings. */
    public static String markdown(PluginCatalog catalog) {
        try (InputStream in = DescriptorReference.class.getResourceAsStream(DescriptorSchema.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DescriptorSchema.RESOURCE + " is missing from the class path");
            }
            return markdown(new String(in.readAllBytes(), StandardCharsets.UTF_8), catalog.settings());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DescriptorSchema.RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The reference page of the defaults text {@code yaml} and the plugins' settings. */
    static String markdown(String yaml, List<PluginSettings> plugins) {
        List<String[]> rows = new ArrayList<>();
        List<String> path = new ArrayList<>();
        for (String line : yaml.split("\n")) {
            Matcher continuation = CONTINUATION.matcher(line);
            if (continuation.matches() && !rows.isEmpty()) {
                String[] last = rows.get(rows.size() - 1);
                last[2] = (last[2] + " " + continuation.group(1).trim()).trim();
                continue;
            }
            Matcher key = KEY_LINE.matcher(line);
            if (line.startsWith("#") || !key.matches()) {
                continue;
            }
            int depth = key.group(1).length() / INDENT;
            while (path.size() > depth) {
                path.remove(path.size() - 1);
            }
            path.add(key.group(2));
            String value = key.group(3);
            String comment = key.group(4) == null ? "" : key.group(4).trim();
            rows.add(new String[] {String.join(".", path), value.isEmpty() ? "(section)" : value, comment});
        }
        for (PluginSettings plugin : plugins) {
            String section = plugin.section();
            String parent = plugin.kind().section();
            int end = 0;
            boolean present = false;
            for (int i = 0; i < rows.size(); i++) {
                present |= rows.get(i)[0].equals(section);
                if (rows.get(i)[0].equals(parent) || rows.get(i)[0].startsWith(parent + ".")) {
                    end = i + 1;
                }
            }
            if (!present) {
                rows.add(end++, new String[] {section, "(section)", parent + ".type " + plugin.plugin() + ": "
                        + plugin.meaning()});
            }
            for (PluginSettings.Key key : plugin.keys()) {
                rows.add(end++, new String[] {section + "." + key.name(), defaultText(key.defaultValue()),
                        plugin.plugin() + ": " + key.meaning()});
            }
        }
        StringBuilder md = new StringBuilder("# The experiment descriptor\n\n"
                + "Every key a descriptor may set, with its default and what it means. A descriptor is deep-merged "
                + "over these defaults; a key that is not listed is an error. Generated from `defaults.yaml` "
                + "(`spec/src/main/resources/org/vfelab/spec/`) and the settings records of the plugins, "
                + "whose keys end their section; `vfe inspect --reference` prints it.\n\n"
                + "| key | default | meaning |\n|---|---|---|\n");
        for (String[] row : rows) {
            md.append("| `").append(row[0]).append("` | ").append(row[1].equals("(section)") ? "(section)"
                    : "`" + row[1].replace("|", "\\|") + "`").append(" | ").append(row[2].replace("|", "\\|"))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String defaultText(Object value) {
        return value instanceof String text && text.isEmpty() ? "\"\"" : SpecValues.render(value);
    }
}
