package org.priorityatlas.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The readable text of an HTML page, one paragraph per block element, and its metadata as header
 * defaults. Parses a string only: nothing is ever fetched.
 */
record HtmlText(String body, Map<String, String> metadata) {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "tr", "section", "article", "blockquote", "figcaption", "figure", "header", "footer", "pre", "table",
            "ul", "ol", "main", "aside", "nav", "dd", "dt");

    static HtmlText extract(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, iframe, svg").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new Collector(out), doc.body());
        String body = out.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
        return new HtmlText(body, metadata(doc));
    }

    private static Map<String, String> metadata(Document doc) {
        Map<String, String> meta = new LinkedHashMap<>();
        String title = firstNonBlank(attr(doc, "meta[property=og:title]"), doc.title());
        putIfPresent(meta, "title", title);
        putIfPresent(meta, "outlet", attr(doc, "meta[property=og:site_name]"));
        String published = attr(doc, "meta[property=article:published_time]");
        if (published != null && published.matches("\\d{4}(-\\d{2}){0,2}.*")) {
            putIfPresent(meta, "date", published.replaceFirst("^(\\d{4}(?:-\\d{2}){0,2}).*", "$1"));
        }
        putIfPresent(meta, "description", attr(doc, "meta[name=description]"));
        return meta;
    }

    private static String attr(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr("content");
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static void putIfPresent(Map<String, String> meta, String key, String value) {
        if (value != null && !value.isBlank()) {
            meta.put(key, value.strip());
        }
    }

    /** Appends text with paragraph breaks around block elements and a line break for {@code <br>}. */
    private record Collector(StringBuilder out) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                out.append(t.text());
            } else if (node instanceof Element e && e.normalName().equals("br")) {
                out.append('\n');
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                out.append("\n\n");
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                out.append("\n\n");
            }
        }
    }
}
