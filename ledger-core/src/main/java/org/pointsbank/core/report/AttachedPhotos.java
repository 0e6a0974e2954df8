package org.pointsbank.core.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The photos ever attached to a report, in the order they came, each with whether its bytes were erased since. An
 * erased photo stays here: the count of photos a report may have is of those ever attached. Immutable.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
record AttachedPhotos(Map<String, Boolean> erasedById) {

    /** The most photos ever attached to one report. */
    static final int MAX = 3;

    static final AttachedPhotos NONE = new AttachedPhotos(Map.of());

    AttachedPhotos {
        erasedById = new LinkedHashMap<>(erasedById);
    }

    boolean has(String photoId) {
        return erasedById.containsKey(photoId);
    }

    boolean erased(String photoId) {
        return Boolean.TRUE.equals(erasedById.get(photoId));
    }

    boolean full() {
        return erasedById.size() >= MAX;
    }

    AttachedPhotos with(String photoId, boolean erased) {
        Map<String, Boolean> changed = new LinkedHashMap<>(erasedById);
        changed.put(photoId, erased);
        return new AttachedPhotos(changed);
    }
}
