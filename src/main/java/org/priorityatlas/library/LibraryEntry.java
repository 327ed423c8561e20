package org.priorityatlas.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.priorityatlas.extract.SourceDocument;

import java.util.Objects;

/**
 * One user document in {@code library.json}.
 *
 * @param sha256 of the body (see {@link DocumentCopy#bodySha256}), which decides duplicates
 * @param added  when it was added, ISO-8601 UTC: the only field that differs between two libraries built
 *               from the same documents
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "file", "sha256", "title", "outlet", "date", "period", "url", "added"})
public record LibraryEntry(String id, String file, String sha256, String title, String outlet, String date,
                           String period, String url, String added) {
    public LibraryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
    }

    static LibraryEntry of(SourceDocument stored, String added) {
        return new LibraryEntry(stored.id(), stored.file(), DocumentCopy.bodySha256(stored.body()), stored.title(),
                stored.outlet(), stored.date(), stored.period(), stored.url(), added);
    }
}
