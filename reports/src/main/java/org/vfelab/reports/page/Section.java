package org.vfelab.reports.page;

/** One section of the report, in both of its forms, so Markdown and HTML always say the same thing. */
record Section(String title, String markdown, String html) {
}
