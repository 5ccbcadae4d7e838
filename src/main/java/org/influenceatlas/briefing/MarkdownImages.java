package org.influenceatlas.briefing;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a slide's Markdown images may come from: the app itself (a relative address) or an
 * https address. Any other address would make every presenter's browser fetch it (a tracking
 * pixel, a request into the local network); the CSP blocks most of them as well.
 */
public final class MarkdownImages {

    private static final Parser PARSER = Parser.builder().build();
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private MarkdownImages() {
    }

    public static boolean allowed(String destination) {
        String d = destination == null ? "" : destination.strip();
        if (d.startsWith("//") || d.startsWith("\\\\") || d.startsWith("/\\") || d.startsWith("\\/")) {
            return false;
        }
        if (!SCHEME.matcher(d).find()) {
            return true;
        }
        return d.toLowerCase(Locale.ROOT).startsWith("https://");
    }

    /** The image addresses of the Markdown that are not allowed. */
    public static List<String> refused(String markdown) {
        List<String> refused = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (!allowed(image.getDestination())) {
                    refused.add(image.getDestination());
                }
                visitChildren(image);
            }
        });
        return refused;
    }

    /** Replaces every image whose address is not allowed with its alt text, in place. */
    public static Node strip(Node document) {
        List<Image> drop = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (!allowed(image.getDestination())) {
                    drop.add(image);
                }
                visitChildren(image);
            }
        });
        for (Image image : drop) {
            StringBuilder alt = new StringBuilder();
            image.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    alt.append(text.getLiteral());
                }
            });
            image.insertBefore(new Text(alt.toString()));
            image.unlink();
        }
        return document;
    }
}
