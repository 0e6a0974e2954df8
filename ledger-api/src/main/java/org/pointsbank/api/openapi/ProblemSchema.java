package org.pointsbank.api.openapi;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;

/** The schema of every refusal: an RFC 9457 problem document with the service's stable {@code code}. */
final class ProblemSchema {

    static final String NAME = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String MEDIA_TYPE = "application/problem+json";

    private ProblemSchema() {}

    static Schema<?> ref() {
        return new Schema<>().$ref("#/components/schemas/" + NAME);
    }

    static Schema<?> problem() {
        Schema<?> schema = new ObjectSchema()
                .description("An RFC 9457 problem document. Clients act on `code`, which is stable; `title` and"
                        + " `detail` are for people.")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .description("urn:pointsbank:problem: and the code in lower case with hyphens")
                                .example("urn:pointsbank:problem:card-not-found"))
                .addProperty(
                        "title",
                        new StringSchema().description("the code in words").example("Card not found"))
                .addProperty(
                        "status",
                        new IntegerSchema()
                                .format("int32")
                                .description("the HTTP status")
                                .example(404))
                .addProperty(
                        "detail",
                        new StringSchema()
                                .description("what went wrong, for people")
                                .example("no card 5c1f7e2a-0b7d-4d5e-9a51-2b1f0c6e8d40"))
                .addProperty(
                        "instance",
                        new StringSchema()
                                .format("uri-reference")
                                .description("the path of the refused request")
                                .example("/api/v1/cards/5c1f7e2a-0b7d-4d5e-9a51-2b1f0c6e8d40"))
                .addProperty(
                        "code",
                        new StringSchema()
                                .pattern("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")
                                .description("the stable, upper-snake reason; each operation lists those it can answer")
                                .example("CARD_NOT_FOUND"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                                .description("the fields at fault, where the refusal is about fields"))
                .addProperty(
                        "outcome",
                        new StringSchema()
                                ._enum(List.of("NOT_RECORDED", "UNKNOWN"))
                                .description("with 503 UNAVAILABLE: whether the request may have taken effect"));
        schema.setRequired(List.of("type", "title", "status", "detail", "code"));
        return schema;
    }

    static Schema<?> fieldError() {
        Schema<?> schema = new ObjectSchema()
                .description("A field at fault: a body field by its JSON path, or a parameter or header by its name.")
                .addProperty("field", new StringSchema().example("minutes"))
                .addProperty("message", new StringSchema().example("minutes must be between 1 and 720"));
        schema.setRequired(List.of("field", "message"));
        return schema;
    }
}
