package org.manhal.rules;

import java.util.Objects;

/**
 * Identifies the feature a {@link Finding} is about, serialised as {@code "feature"}.
 *
 * @param id the feature's id in its table (well, protected feature or zone)
 * @param kind what the feature is
 * @param name its name, English or transliterated, or {@code null} if it has none
 * @param nameAr its Arabic name, or {@code null} if unknown
 * @param sample whether the feature is sample data (synthetic or invented: the demo wells and
 *        protection layers), never a basis for a real decision; a verdict with a finding on one
 *        says so ({@link Verdict#basedOnSample()})
 */
public record FeatureRef(String id, FeatureKind kind, String name, String nameAr, boolean sample) {

    public FeatureRef {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("feature id must not be blank");
        }
        Objects.requireNonNull(kind, "kind");
    }

    /** A real (not sample) feature. */
    public FeatureRef(String id, FeatureKind kind, String name, String nameAr) {
        this(id, kind, name, nameAr, false);
    }

    /** The name for English text: the name, else the kind and id. */
    public String displayNameEn() {
        return name != null ? name : kind.labelEn() + " " + id;
    }

    /** The name for Arabic text: the Arabic name, else the name, else the kind and id. */
    public String displayNameAr() {
        if (nameAr != null) {
            return nameAr;
        }
        return name != null ? name : kind.labelAr() + " " + id;
    }
}
