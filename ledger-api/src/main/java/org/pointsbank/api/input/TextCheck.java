package org.pointsbank.api.input;

import java.util.function.BooleanSupplier;

/**
 * Whether the character rule of {@link PrintableText} is applied (lengths always are): on, unless
 * {@code pointsbank.input.text-check-enabled=false}. Read for every value, so that the one test which plants a
 * poison event through the API (PoisonEventIT) can turn it off for a moment in the shared test context.
 */
public final class TextCheck implements BooleanSupplier {

    private volatile boolean characters;

    public TextCheck(boolean characters) {
        this.characters = characters;
    }

    @Override
    public boolean getAsBoolean() {
        return characters;
    }

    /** For tests that plant a poison event; the service never calls it. */
    public void checkCharacters(boolean on) {
        this.characters = on;
    }
}
