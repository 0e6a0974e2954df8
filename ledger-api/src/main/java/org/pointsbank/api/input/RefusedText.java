package org.pointsbank.api.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON string the API does not accept; Jackson adds the path of the field holding it. */
public class RefusedText extends JsonMappingException {

    public RefusedText(JsonParser parser, String reason) {
        super(parser, reason);
    }

    /** The reason alone, without Jackson's location and path. */
    public String reason() {
        return getOriginalMessage();
    }
}
