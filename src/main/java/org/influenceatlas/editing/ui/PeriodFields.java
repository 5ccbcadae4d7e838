package org.influenceatlas.editing.ui;

import com.vaadin.flow.component.textfield.TextField;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.base.Period;

/** A period's start and optional end, each a partial date; an end before the start is refused at the end. */
final class PeriodFields {

    final TextField from;
    final TextField to;

    PeriodFields(String fromLabel, String toLabel) {
        from = Fields.date(fromLabel);
        to = Fields.date(toLabel);
        to.setHelperText(Fields.DATE_HELP + "; empty while it lasts");
    }

    PeriodFields() {
        this("From", "To");
    }

    void load(Period period) {
        from.setValue(Fields.show(period.from()));
        to.setValue(Fields.show(period.to()));
    }

    /** Registers {@code prefix+from} and {@code prefix+to}; null when either is refused. */
    Period read(FormReader r, String prefix) {
        PartialDate start = r.value(prefix + "from", from, () -> Fields.requiredDate(from));
        PartialDate end = r.value(prefix + "to", to, () -> Fields.optionalDate(to));
        if (start == null || (end == null && !to.getValue().isBlank())) {
            return null;
        }
        return r.value(prefix + "to", to, () -> new Period(start, end));
    }
}
