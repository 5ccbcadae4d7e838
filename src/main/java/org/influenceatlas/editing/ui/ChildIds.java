package org.influenceatlas.editing.ui;

import java.util.Collection;

/** Ids for new parts of a fact (a status change, a segment), in the dataset's form: the fact's id, a letter, a number. */
final class ChildIds {

    private ChildIds() {
    }

    /** {@code RUS-ARM-03-H3}: the next number after every id of that form already used. */
    static String next(String parent, String letter, Collection<String> used) {
        String prefix = parent + "-" + letter;
        int n = 1;
        for (String id : used) {
            if (id != null && id.startsWith(prefix) && id.substring(prefix.length()).matches("[0-9]{1,6}")) {
                n = Math.max(n, Integer.parseInt(id.substring(prefix.length())) + 1);
            }
        }
        while (used.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }
}
