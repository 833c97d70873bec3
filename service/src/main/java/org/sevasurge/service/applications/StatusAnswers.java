package org.sevasurge.service.applications;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.sevasurge.service.http.Json;

/**
 * The status answer's JSON, remembered per application with the version of the row it was written from, and
 * served again only while the row still has that version. Each read asks the database for the row's version
 * (one primary-key lookup of two short columns) instead of the whole view (the row, its documents aggregated as
 * JSON, the certificate joined) and writes no JSON: in a results-day run the view's query was the database's
 * costliest statement and writing the JSON a third of the status handler's CPU. Because the version comes from
 * the row on every read, an answer is never older than the row, whichever instance or process changed it.
 * Bounded by the bytes it holds; thread-safe.
 */
public final class StatusAnswers {

    /** About 20,000 answers of four documents: a results day's recent applications, a small share of the heap. */
    private static final long MAX_BYTES = 16L * 1024 * 1024;

    private final ApplicationRepository repository;
    private final Cache<String, Answer> answers;

    /**
     * One application's status answer.
     *
     * @param version  the row version it was written from
     * @param district the application's district, for an officer's access check
     * @param json     the answer, UTF-8 JSON
     */
    public record Answer(String version, String district, byte[] json) {}

    public StatusAnswers(ApplicationRepository repository) {
        this.repository = repository;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(MAX_BYTES)
                .weigher((String number, Answer answer) -> answer.json().length + number.length())
                .build();
    }

    /** The answer for {@code applicationNo} as its row is now, or empty if there is no such application. */
    public Optional<Answer> read(Connection c, String applicationNo) throws SQLException {
        Optional<ApplicationRepository.RowVersion> row = repository.version(c, applicationNo);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Answer remembered = answers.getIfPresent(applicationNo);
        if (remembered != null && remembered.version().equals(row.get().version())) {
            return Optional.of(remembered);
        }
        // Changed since, or not remembered: the whole view, with the version it was read at (maybe newer still).
        Optional<ApplicationRepository.Versioned> fresh = repository.findVersioned(c, applicationNo);
        if (fresh.isEmpty()) {
            return Optional.empty();
        }
        ApplicationView view = fresh.get().view();
        Answer answer = new Answer(fresh.get().version(), view.summary().district(), Json.bytes(view));
        answers.put(applicationNo, answer);
        return Optional.of(answer);
    }
}
