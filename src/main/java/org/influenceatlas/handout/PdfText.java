package org.influenceatlas.handout;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Text on a PDF page: wrapping to a width, and characters the font cannot encode (the handout's
 * DejaVu Sans covers Latin, Cyrillic and the Azerbaijani schwa, not, say, emoji) replaced rather
 * than failing the whole export.
 */
final class PdfText {

    private PdfText() {
    }

    static String encodable(PDFont font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append(cp == '\u2192' ? "->" : "?");
            }
        });
        return out.toString();
    }

    /** The text, shortened with an ellipsis where it would be wider than the space. */
    static String fit(PDFont font, float size, String text, float space) {
        if (width(font, size, text) <= space) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && width(font, size, cut + "…") > space) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            return text.length() * size * 0.5f;
        }
    }

    static List<String> wrap(PDFont font, float size, String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String paragraph = encodable(font, raw);
            StringBuilder line = new StringBuilder();
            for (String word : breakLongWords(font, size, paragraph.split(" "), maxWidth)) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, size, candidate) > maxWidth && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Words wider than a line (long URLs) cut into pieces that fit, so nothing runs off the page. */
    private static List<String> breakLongWords(PDFont font, float size, String[] words, float maxWidth) {
        List<String> out = new ArrayList<>();
        for (String word : words) {
            String rest = word;
            while (width(font, size, rest) > maxWidth && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > maxWidth) {
                    cut--;
                }
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            out.add(rest);
        }
        return out;
    }

    /** Writes the lines downwards from y; returns the y below the last line. */
    static float write(PDPageContentStream page, PDFont font, float size, float x, float y, List<String> lines,
                       float lowest) throws IOException {
        float leading = size * 1.35f;
        for (String line : lines) {
            if (y - leading < lowest) {
                break;
            }
            y -= leading;
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            page.showText(line);
            page.endText();
        }
        return y;
    }
}
