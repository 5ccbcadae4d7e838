package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.base.Vocabulary;

import java.util.Arrays;
import java.util.List;

/**
 * How the forms show and read the domain's simple values, so that every form writes a date, a
 * list of names or a list of country codes the same way. A blank optional field reads as absent
 * (null), as the importer reads an empty cell.
 */
final class Fields {

    /** Longer free text is refused at the field rather than stored: every value is bounded. */
    static final int MAX_TEXT = 4000;
    static final int MAX_LINE = 400;
    static final String DATE_HELP = "YYYY, YYYY-MM or YYYY-MM-DD: only as precise as the source";

    private Fields() {
    }

    static TextField line(String label) {
        TextField field = new TextField(label);
        field.setMaxLength(MAX_LINE);
        field.setWidthFull();
        return field;
    }

    static TextArea area(String label) {
        TextArea area = new TextArea(label);
        area.setMaxLength(MAX_TEXT);
        area.setWidthFull();
        return area;
    }

    static TextField date(String label) {
        TextField field = new TextField(label);
        field.setHelperText(DATE_HELP);
        field.setMaxLength(10);
        return field;
    }

    static <E extends Enum<E>> Select<E> choice(String label, Class<E> type) {
        Select<E> select = new Select<>();
        select.setLabel(label);
        select.setItems(type.getEnumConstants());
        select.setItemLabelGenerator(v -> v == null ? "" : Vocabulary.code(v));
        return select;
    }

    static String text(TextField field) {
        return blankToNull(field.getValue());
    }

    static String text(TextArea field) {
        return blankToNull(field.getValue());
    }

    static String show(String value) {
        return value == null ? "" : value;
    }

    /** A required partial date: the domain's parser says what is wrong with it. */
    static PartialDate requiredDate(TextField field) {
        return PartialDate.parse(field.getValue().trim());
    }

    static PartialDate optionalDate(TextField field) {
        String text = field.getValue().trim();
        return text.isEmpty() ? null : PartialDate.parse(text);
    }

    static String show(PartialDate date) {
        return date == null ? "" : date.toString();
    }

    /** One name a line: names may hold commas, never a line break. */
    static List<String> lines(TextArea area) {
        return area.getValue().lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static String showLines(List<String> values) {
        return String.join("\n", values);
    }

    /** Country codes in order, separated by commas or spaces ("CHN, KAZ, AZE"). */
    static List<CountryCode> codes(TextField field) {
        return Arrays.stream(field.getValue().split("[,;|\\s]+")).filter(s -> !s.isEmpty())
                .map(s -> CountryCode.of(s.toUpperCase(java.util.Locale.ROOT))).toList();
    }

    static String showCodes(List<CountryCode> codes) {
        return String.join(", ", codes.stream().map(CountryCode::value).toList());
    }

    static CountryCode code(TextField field) {
        return CountryCode.of(field.getValue().trim().toUpperCase(java.util.Locale.ROOT));
    }

    static <E extends Enum<E>> E required(Select<E> select, String what) {
        if (select.getValue() == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return select.getValue();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
