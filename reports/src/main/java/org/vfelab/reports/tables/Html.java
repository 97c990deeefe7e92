package org.vfelab.reports.tables;

/** HTML escaping of text, for report pages built from run names and error messages a user does not control. */
public final class Html {

    private Html() {
    }

    /** {@code text} with {@code & < > " '} escaped, safe inside elements and quoted attributes. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
