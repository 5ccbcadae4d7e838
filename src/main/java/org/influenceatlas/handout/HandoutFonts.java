package org.influenceatlas.handout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;

/**
 * The handout's fonts: DejaVu Sans (Bitstream Vera licence, see fonts/DejaVu-LICENSE.txt), shipped
 * with the application and embedded in each PDF as a subset of the characters used. PDF's standard
 * fonts would need nothing embedded, but they lack Cyrillic and the Azerbaijani schwa, which place
 * names and source titles here contain.
 */
record HandoutFonts(PDFont regular, PDFont bold) {

    static HandoutFonts embedIn(PDDocument document) throws IOException {
        return new HandoutFonts(load(document, "DejaVuSans.ttf"), load(document, "DejaVuSans-Bold.ttf"));
    }

    private static PDFont load(PDDocument document, String file) throws IOException {
        try (InputStream in = HandoutFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IOException("The application lacks its font /fonts/" + file);
            }
            return PDType0Font.load(document, in, true);
        }
    }
}
