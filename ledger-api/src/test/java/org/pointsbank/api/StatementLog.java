package org.pointsbank.api;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A JDBC driver in front of PostgreSQL's that notes, while a test records, every statement the service's pool
 * sends and every commit and rollback, with the thread that sent it. {@link IntegrationTest} points the pool at it
 * ({@value #PREFIX} before the URL); outside a recording it only passes calls through.
 */
public final class StatementLog implements Driver {

    public static final String PREFIX = "jdbc:statement-log:";

    private static final Set<String> EXECUTES =
            Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch");
    private static final ConcurrentLinkedQueue<Entry> ENTRIES = new ConcurrentLinkedQueue<>();
    private static volatile boolean recording;

    static {
        try {
            java.sql.DriverManager.registerDriver(new StatementLog());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Driver postgres = new org.postgresql.Driver();

    /**
     * One round trip's statement (or {@code COMMIT}/{@code ROLLBACK}), the thread that sent it and where it comes from:
     * the innermost method of the service's or of Axon's code that sent it ({@code Class.method}).
     */
    public record Entry(String thread, String source, String sql) {

        @Override
        public String toString() {
            return source.substring(source.lastIndexOf('.', source.lastIndexOf('.') - 1) + 1) + ": " + sql;
        }
    }

    /** The URL that sends the pool's connections through this log. */
    public static String wrap(String jdbcUrl) {
        return jdbcUrl.startsWith(PREFIX) ? jdbcUrl : PREFIX + jdbcUrl.substring("jdbc:".length());
    }

    /** Runs {@code action} and answers it with what every thread sent to the database meanwhile. */
    public static synchronized <T> Recorded<T> record(Supplier<T> action) {
        ENTRIES.clear();
        recording = true;
        try {
            T result = action.get();
            return new Recorded<>(result, List.copyOf(ENTRIES));
        } finally {
            recording = false;
            ENTRIES.clear();
        }
    }

    /** What an action answered and the statements sent while it ran. */
    public record Recorded<T>(T result, List<Entry> entries) {

        /** The statements sent by request threads (the servlet container's), in order. */
        public List<Entry> ofRequests() {
            return entries.stream()
                    .filter(e -> e.thread().startsWith("http-nio-"))
                    .toList();
        }
    }

    private static void note(String sql) {
        if (recording) {
            ENTRIES.add(new Entry(
                    Thread.currentThread().getName(), source(), sql.strip().replaceAll("\\s+", " ")));
        }
    }

    private static String source() {
        return StackWalker.getInstance()
                .walk(frames -> frames.filter(f -> !f.getClassName().startsWith(StatementLog.class.getName()))
                        .filter(f -> f.getClassName().startsWith("org.pointsbank.")
                                || f.getClassName().startsWith("org.axonframework."))
                        .filter(f -> !f.getClassName().startsWith("org.axonframework.common."))
                        .findFirst()
                        .map(f -> f.getClassName() + "." + withoutLambda(f.getMethodName()))
                        .orElse("?"));
    }

    /** {@code lambda$appendEvents$13} is {@code appendEvents}. */
    private static String withoutLambda(String method) {
        return method.startsWith("lambda$") ? method.split("\\$")[1] : method;
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Connection real = postgres.connect("jdbc:" + url.substring(PREFIX.length()), info);
        return real == null
                ? null
                : proxy(Connection.class, real, (method, args) -> connectionCall(real, method, args));
    }

    private static Object connectionCall(Connection real, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "commit" -> note("COMMIT");
            case "rollback" -> note("ROLLBACK");
            default -> {}
        }
        Object result = invoke(real, method, args);
        if (result instanceof CallableStatement call) {
            return statement(CallableStatement.class, call, (String) args[0]);
        }
        if (result instanceof PreparedStatement prepared) {
            return statement(PreparedStatement.class, prepared, (String) args[0]);
        }
        if (result instanceof Statement plain) {
            return statement(Statement.class, plain, null);
        }
        return result;
    }

    private static <S extends Statement> S statement(Class<S> type, S real, String preparedSql) {
        return proxy(type, real, (method, args) -> {
            if (EXECUTES.contains(method.getName())) {
                if (method.getName().equals("executeBatch")) {
                    note("BATCH " + (preparedSql == null ? "" : preparedSql));
                } else {
                    note(preparedSql != null ? preparedSql : (String) args[0]);
                }
            }
            return invoke(real, method, args);
        });
    }

    private interface Call {
        Object invoke(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T real, Call call) {
        InvocationHandler handler = (proxy, method, args) -> call.invoke(method, args);
        return type.cast(Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object real, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(real, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo("jdbc:" + url.substring(PREFIX.length()), info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger(StatementLog.class.getName());
    }
}
