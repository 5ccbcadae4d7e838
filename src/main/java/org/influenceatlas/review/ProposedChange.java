package org.influenceatlas.review;

import org.influenceatlas.base.FieldDiff;
import org.influenceatlas.base.Revision;

import java.util.List;

/**
 * One fact change of a proposal, as stored: the fact as its author loaded it ({@code base}, null
 * for a creation or restoration) and as proposed ({@code after}, null for a retirement), as domain
 * records and as the JSON they are kept in.
 */
public record ProposedChange(int position, String type, String id, Revision.Action action, Object base, Object after,
                             String baseJson, String afterJson) {

    /** What the change does, field by field. */
    public List<FieldDiff.Difference> differences() {
        return FactJson.diff(FactJson.parse(baseJson), FactJson.parse(afterJson));
    }
}
