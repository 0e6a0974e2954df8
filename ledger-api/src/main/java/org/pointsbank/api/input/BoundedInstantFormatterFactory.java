package org.pointsbank.api.input;

import java.time.Instant;
import java.util.Set;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;

/**
 * {@code @DateTimeFormat Instant} parameters parsed as Spring does, then held to {@link LedgerTimeRange}: registered
 * after Spring's own factory, it takes precedence for instants and leaves every other type to it.
 */
public class BoundedInstantFormatterFactory implements AnnotationFormatterFactory<DateTimeFormat> {

    private final Jsr310DateTimeFormatAnnotationFormatterFactory spring =
            new Jsr310DateTimeFormatAnnotationFormatterFactory();

    @Override
    public Set<Class<?>> getFieldTypes() {
        return Set.of(Instant.class);
    }

    @Override
    public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
        return spring.getPrinter(annotation, fieldType);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
        Parser<Instant> parser = (Parser<Instant>) spring.getParser(annotation, fieldType);
        return (text, locale) -> LedgerTimeRange.checked(parser.parse(text, locale));
    }
}
