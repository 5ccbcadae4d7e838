package org.influenceatlas.api;

import org.influenceatlas.layer.GradeFilter;
import org.influenceatlas.source.Credibility;
import org.influenceatlas.source.Grade;
import org.influenceatlas.source.Reliability;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Admiralty scale the atlas grades with, for the legend and the map's grade filter: the
 * browser takes labels and order from here and keeps no copy of its own.
 */
@RestController
@RequestMapping("/api/v1")
class GradeController {

    @GetMapping("/grades")
    Map<String, Object> grades() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("reliability", Arrays.stream(Reliability.values())
                .map(r -> Map.of("code", r.code(), "label", r.label())).toList());
        answer.put("credibility", Arrays.stream(Credibility.values())
                .map(c -> Map.of("code", c.code(), "number", c.number(), "label", c.label())).toList());
        List<String> order = new ArrayList<>();
        for (Reliability r : Reliability.values()) {
            for (Credibility c : Credibility.values()) {
                order.add(new Grade(r, c).toString());
            }
        }
        answer.put("order", order);
        answer.put("explanation", "A grade such as B2 is the source's reliability (A-F) and the citation's credibility "
                + "(1-6). Grades order best first, by reliability and then credibility. A feature's confidence is the best "
                + "grade among its citations; a feature with no graded citation has none and ranks below every grade.");
        answer.put("filter", Map.of("parameter", GradeFilter.GRADE, "belowParameter", GradeFilter.BELOW,
                "below", Arrays.stream(GradeFilter.Below.values()).map(GradeFilter.Below::code).toList(),
                "defaultBelow", GradeFilter.Below.FAINT.code()));
        return answer;
    }
}
