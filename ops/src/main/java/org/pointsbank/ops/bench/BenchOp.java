package org.pointsbank.ops.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The operations {@code bench run --op} measures. */
public enum BenchOp {
    CREDIT("credit"),
    READ("read"),
    BASELINE_CREDIT("baseline-credit"),
    BASELINE_C_CREDIT("baseline-c-credit"),
    BASELINE_READ("baseline-read"),
    JDBC_CREDIT("jdbc-credit"),
    JDBC_READ("jdbc-read");

    private final String label;

    BenchOp(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Needs the user and password: the ledger's own endpoints, and baseline (c) behind the same security. */
    public boolean authenticated() {
        return this == CREDIT || this == READ || this == BASELINE_C_CREDIT;
    }

    public boolean jdbc() {
        return this == JDBC_CREDIT || this == JDBC_READ;
    }

    @Override
    public String toString() {
        return label;
    }

    public static BenchOp of(String label) {
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(op -> op.label.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + label + "' is not an operation (one of "
                        + Arrays.stream(values()).map(BenchOp::label).collect(Collectors.joining(", ")) + ")"));
    }

    /** For picocli: {@code --op baseline-credit}. */
    public static final class Converter implements ITypeConverter<BenchOp> {

        @Override
        public BenchOp convert(String value) {
            try {
                return of(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
