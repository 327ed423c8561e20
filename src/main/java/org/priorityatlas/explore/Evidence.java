package org.priorityatlas.explore;

import org.priorityatlas.dataset.DocumentInfo;
import org.priorityatlas.dataset.Sentence;
import org.priorityatlas.dataset.Support;

/** One supporting sentence of a claim, resolved to its sentence and document. */
public record Evidence(Sentence sentence, DocumentInfo document, Support support) {
    public boolean viaGrouping() {
        return support != null && Support.VIA_GROUPING.equals(support.via());
    }

    /** The sentence with its citation, as copied to the clipboard. */
    public String quotation() {
        return "\u201C" + sentence.text() + "\u201D \u2014 " + document.shortTitle() + " (" + document.citation() + ")";
    }
}
