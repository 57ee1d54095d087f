package dev.streamstarter.model.code;

/** Markdown renderings of user text. */
public final class MarkdownText {

    private MarkdownText() {}

    /** An inline code span that shows the text verbatim, whatever backticks it holds. */
    public static String code(String text) {
        String fence = "`";
        while (text.contains(fence)) {
            fence += "`";
        }
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }

    /**
     * A code span in a table cell: GitHub ends a cell at every '|', even inside a code span,
     * unless it is escaped (and then shows it without the backslash).
     */
    public static String cell(String text) {
        return code(text).replace("|", "\\|");
    }
}
