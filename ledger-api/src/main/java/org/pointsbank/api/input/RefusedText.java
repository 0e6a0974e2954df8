package org.pointsbank.api.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.pointsbank.api.http.RefusedValue;

/** A JSON string the API does not accept; Jackson adds the path of the field holding it. */
public class RefusedText extends JsonMappingException implements RefusedValue {

    public RefusedText(JsonParser parser, String reason) {
        super(parser, reason);
    }

    /** The reason alone, without Jackson's location and path. */
    @Override
    public String reason() {
        return getOriginalMessage();
    }
}
