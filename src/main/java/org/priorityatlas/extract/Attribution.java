package org.priorityatlas.extract;

/**
 * One sentence's statement that a region prioritises a sector.
 *
 * @param term  the words in the sentence that named the sector
 * @param via   how the region was found (see {@link org.priorityatlas.dataset.Support})
 * @param place the words that named the place, or the subject carried from an earlier sentence
 */
public record Attribution(int sentence, String region, String sector, String term, String via, String place,
                          boolean past) {
}
