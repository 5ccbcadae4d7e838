package org.influenceatlas.base;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * What authors must be told about the dataset being served: set when a bundled dataset failed
 * its checks on start and the previous one is kept (atlas.data.on-invalid=keep-serving). Held
 * here, in the shared kernel, so the views can show it without depending on the importer.
 */
@Component
public class DatasetNotice {

    public record Notice(String message, List<String> problems) {
        public Notice {
            problems = List.copyOf(problems);
        }
    }

    private volatile Notice notice;

    public void set(String message, List<String> problems) {
        notice = new Notice(message, problems);
    }

    public void clear() {
        notice = null;
    }

    public Optional<Notice> current() {
        return Optional.ofNullable(notice);
    }
}
